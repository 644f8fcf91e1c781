// Secrets after a full journey in the real host: an AK/SK connection (list, expand, hosts, the form,
// one resize sent and followed to the end), an IAM user connection and a pasted-token connection,
// all through a recording proxy. Then every place the extension writes to is searched for every
// secret used: AK, SK, password, token, and the Authorization / X-Auth-Token values and signatures
// the proxy saw. The places: the log (every line written to the channel, at every level, and the
// log files of this window on disk), the user's and the workspace's settings.json, globalState and
// workspaceState, the extension's global storage, the shared operations journal (records and cluster
// locks), and what the form's panel posted (the webview keeps only its draft, built from those messages).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { isActive } from '../../src/core/journal';
import type { TestApi } from '../../src/extension';
import type { FormDraft, HostToForm } from '../../src/shared/resizeForm';
import { buildLifecycle } from '../../src/vscode/operations/createOperations';
import type { ResizePanel } from '../../src/vscode/webviews/ResizePanel';
import { ResizePanels } from '../../src/vscode/webviews/ResizePanels';
import { RecordingUi } from '../support/RecordingUi';
import {
  config,
  emulator,
  extensionApi,
  formDepsOf,
  recordingProxy,
  rows,
  waitFor,
  type RecordingProxy,
} from './support';
import { issueToken } from '../contract/support';

type Init = Extract<HostToForm, { type: 'init' }>;
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine', 'replace'] as const;

/** Every file under `dir` (missing folder: none). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('secrets: none in the log, settings, state, journal or the form after a full journey', function () {
  this.timeout(120_000);
  let api: TestApi;
  let emu: Emulator;
  let proxy: RecordingProxy;
  let savedUi: TestApi['ui']['current'];
  let sending: ResizePanels;
  let lifecycle: ReturnType<typeof buildLifecycle>;
  let panel: ResizePanel | undefined;
  const logged: string[] = [];
  const restoreLog: (() => void)[] = [];

  /** Records every line written to the channel, whatever the log level shown. */
  function captureLog(log: vscode.LogOutputChannel): void {
    const target = log as unknown as Record<string, (...args: unknown[]) => void>;
    for (const level of LEVELS) {
      const original = target[level];
      target[level] = function (this: unknown, ...args: unknown[]) {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : String(a))).join(' '));
        return original.apply(log, args);
      };
      restoreLog.push(() => (target[level] = original));
    }
  }

  async function save(name: string, settings: object, credential: object): Promise<void> {
    const { region } = emu.credentials;
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
    await api.store.save(
      {
        name,
        region,
        mrsEndpoint: proxy.url,
        iamEndpoint: proxy.url,
        ecsEndpoint: proxy.url,
        evsEndpoint: proxy.url,
        vpcEndpoint: proxy.url,
        ...settings,
      } as Parameters<TestApi['store']['save']>[0],
      credential as Parameters<TestApi['store']['save']>[1],
    );
    await api.store.setActive(name);
    api.model.reset();
  }

  before(async () => {
    api = await extensionApi();
    emu = await emulator(2);
    proxy = await recordingProxy(emu.url);
    savedUi = api.ui.current;
    api.ui.current = new RecordingUi([true, true]);
    captureLog(api.log);
    lifecycle = buildLifecycle(api, api.history);
    sending = new ResizePanels(formDepsOf(api, lifecycle));
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.view.extension.mrs');
  });

  after(async () => {
    restoreLog.forEach((restore) => restore());
    if (api) {
      api.ui.current = savedUi;
      for (const c of api.store.list()) {
        await api.store.remove(c.name);
      }
    }
    sending?.dispose();
    lifecycle?.dispose();
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await proxy?.close();
    await emu?.close();
  });

  it('AK/SK: lists, expands to hosts, opens the form and sends one resize followed to the end', async () => {
    const { projectId, ak, sk } = emu.credentials;
    await save('sec-aksk', { authMethod: 'aksk', projectId }, { kind: 'aksk', accessKey: ak, secretKey: sk });
    const clusters = await rows(api);
    const cluster = clusters.find((r) => r.label === 'etl-nightly');
    assert.ok(cluster, clusters.map((r) => r.label).join());
    const core = (await rows(api, cluster.element)).find((g) => g.label === 'Core');
    assert.ok(core);
    assert.equal((await rows(api, core.element)).length, 3, 'the core hosts');

    const clusterId = emu.clusterIdByName('etl-nightly') ?? '';
    panel = await sending.open('sec-aksk', clusterId);
    const opened = panel;
    const init = await waitFor(() => opened.posted.find((m): m is Init => m.type === 'init'), 'init');
    const draft: FormDraft = { ...init.draft, instances: '1' };
    await opened.receive({ type: 'send', draft });
    const last = () => [...opened.posted].reverse().find((m) => m.type === 'sendState');
    await waitFor(
      () => last()?.type === 'sendState' && (last() as { state: { kind: string } }).state.kind === 'succeeded',
      'the resize followed to success',
      40_000,
    );
    assert.equal(emu.requests().routes.resize.count, 1, 'one PUT');
    assert.ok(!isActive(api.history.list()[0]));
  });

  it('IAM user: lists and opens cluster details with a token from IAM', async () => {
    const { user, domain, password } = emu.credentials;
    await save(
      'sec-iam',
      { authMethod: 'password', userName: user, domainName: domain },
      { kind: 'password', userName: user, domainName: domain, password },
    );
    const listed = await rows(api);
    assert.ok(listed.some((r) => r.label === 'etl-nightly'));
    const el = listed.find((r) => r.label === 'etl-nightly')?.element;
    await vscode.commands.executeCommand('mrs.cluster.openDetails', el);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'mrs-cluster', 'the details document');
    assert.ok(
      proxy.requests.some((r) => r.path.startsWith('/v3/auth/tokens')),
      'a token was asked of IAM',
    );
  });

  it('pasted token: lists', async () => {
    const { projectId } = emu.credentials;
    await save('sec-token', { authMethod: 'token', projectId }, await issueToken(emu));
    assert.ok((await rows(api)).some((r) => r.label === 'etl-nightly'));
  });

  it('finds no secret anywhere it writes', async () => {
    const { ak, sk, password } = emu.credentials;
    const headerValues = proxy.requests.flatMap((r) =>
      [r.headers.authorization, r.headers['x-auth-token']].filter((v): v is string => typeof v === 'string'),
    );
    const signatures = headerValues.flatMap((v) => [...v.matchAll(/Signature=([0-9a-f]+)/g)].map((m) => m[1]));
    const tokens = proxy.requests.flatMap((r) =>
      r.headers['x-auth-token'] ? [String(r.headers['x-auth-token'])] : [],
    );
    assert.ok(signatures.length > 0, 'AK/SK requests were signed');
    assert.ok(new Set(tokens).size >= 2, 'both the IAM token and the pasted token were used');
    const secrets = new Map<string, string>([
      ['AK', ak],
      ['SK', sk],
      ['password', password],
      ...tokens.map((t, i): [string, string] => [`token ${i}`, t]),
      ...headerValues.map((v, i): [string, string] => [`auth header ${i}`, v]),
      ...signatures.map((s, i): [string, string] => [`signature ${i}`, s]),
    ]);

    // Where it writes, with a proof for each that it is the right place and not empty.
    const ctx = api.context;
    const userDir = path.dirname(path.dirname(ctx.globalStorageUri.fsPath));
    const userSettings = path.join(userDir, 'settings.json');
    const workspaceSettings = (vscode.workspace.workspaceFolders ?? []).map((f) =>
      path.join(f.uri.fsPath, '.vscode', 'settings.json'),
    );
    const globalStorage = filesUnder(ctx.globalStorageUri.fsPath);
    const journal = filesUnder(api.history.folder);
    // The window's log folder: the channel's file is under exthost/<extension id>/ (or beside it).
    const windowLogs = path.dirname(path.dirname(ctx.logUri.fsPath));
    await new Promise((r) => setTimeout(r, 1500)); // the log service writes in batches
    const logFiles = filesUnder(windowLogs).filter((f) => f.endsWith('.log'));
    const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
    const ourLog = logFiles.filter((f) => /\/cluster_infos → 200/.test(read(f)));
    assert.ok(ourLog.length > 0, `the MRS log file is among ${logFiles.join(', ')}`);
    assert.ok(journal.length > 0, 'the journal holds the operation');
    assert.match(read(userSettings), /sec-token/, 'the connections are in the user settings');
    assert.ok(logged.length > 0 && logged.some((l) => l.includes('PUT /v1.1/')), 'the PUT was logged');

    const state = (m: vscode.Memento) => JSON.stringify(m.keys().map((k) => [k, m.get(k)]));
    const places: [string, string][] = [
      ['log lines (all levels)', logged.join('\n')],
      ...logFiles.map((f): [string, string] => [f, read(f)]),
      [userSettings, read(userSettings)],
      ...workspaceSettings.map((f): [string, string] => [f, read(f)]),
      ['globalState', state(ctx.globalState)],
      ['workspaceState', state(ctx.workspaceState)],
      ...globalStorage.map((f): [string, string] => [f, read(f)]),
      ...journal.map((f): [string, string] => [f, read(f)]),
      ['the form panel’s messages', JSON.stringify(panel?.posted ?? [])],
      ['the operations history', JSON.stringify(api.history.list())],
    ];
    const found = places.flatMap(([where, text]) =>
      [...secrets].filter(([, secret]) => text.includes(secret)).map(([what]) => `${what} in ${where}`),
    );
    assert.deepEqual(found, []);
    console.log(
      '[mrs-test]',
      `    searched ${places.length} places (${logFiles.length} log files, ${globalStorage.length} storage files) for ${secrets.size} secrets`,
    );
  });
});
