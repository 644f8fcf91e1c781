// The extension in a VS Code whose display language is Simplified Chinese. Runs when the host
// reports zh-cn (npm test's "integration (code-server, zh-cn)" run, or
// `MRS_LOCALE=zh-cn MRS_INTEGRATION_FILES=zhCn.test.ts npm run test:integration`); skipped, with the
// reason printed, in an English host. Expected strings are read from the extension's zh-cn files;
// each assertion also checks that the English text did not come through instead.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { lookupErrorCode } from '../../src/core/api/catalog';
import type { TestApi } from '../../src/extension';
import { startNotMrs } from '../support/notMrsServers';
import type { HostToForm } from '../../src/shared/resizeForm';
import {
  connectTo,
  emulator,
  EXTENSION_ID,
  extensionApi,
  recordingProxy,
  rows,
  waitFor,
  type RecordingProxy,
} from './support';

type Strings = Record<string, string>;

function readJson(...parts: string[]): Strings {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return JSON.parse(fs.readFileSync(path.join(ext.extensionPath, ...parts), 'utf8')) as Strings;
}

/** A localized command title, as VS Code's extension scanner gives it to the host. */
interface LocalizedString {
  value: string;
  original: string;
}

interface Contributed {
  contributes: {
    commands: { command: string; title: LocalizedString | string }[];
    views: Record<string, { id: string; name: string }[]>;
  };
}

describe('Chinese display language (zh-cn) in the real host', function () {
  this.timeout(60_000);
  let api: TestApi;
  let bundle: Strings;

  before(async function () {
    // MRS_LOCALE=zh-cn says the runner asked for zh-cn: then an English host is a failure, not a skip.
    if (vscode.env.language !== 'zh-cn' && process.env.MRS_LOCALE !== 'zh-cn') {
      console.log(
        '[mrs-test]',
        `  zh-cn suite skipped: VS Code's display language is '${vscode.env.language}', not zh-cn (npm test runs it in a zh-cn host; or MRS_LOCALE=zh-cn MRS_INTEGRATION_FILES=zhCn.test.ts npm run test:integration)`,
      );
      this.skip();
    }
    api = await extensionApi();
    bundle = readJson('l10n', 'bundle.l10n.zh-cn.json');
  });

  it('reports zh-cn as vscode.env.language', () => {
    assert.equal(vscode.env.language, 'zh-cn');
  });

  it('translates through vscode.l10n.t with the zh-cn bundle', () => {
    assert.notEqual(bundle['Show Log'], 'Show Log');
    assert.equal(vscode.l10n.t('Show Log'), bundle['Show Log']);
    assert.equal(
      vscode.l10n.t('{0} failed: {1}', 'A', 'B'),
      bundle['{0} failed: {1}'].replace('{0}', 'A').replace('{1}', 'B'),
    );
  });

  it("gives the extension its manifest with package.nls.zh-cn.json's titles", () => {
    // VS Code's extension scanner replaces the %key% placeholders of package.json in the display
    // language before the host sees the manifest; a command title becomes { value, original }
    // (the English one is what the command palette also matches). packageJSON is that manifest.
    const nls = readJson('package.nls.zh-cn.json');
    const english = readJson('package.nls.json');
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Contributed;
    const showLog = manifest.contributes.commands.find((c) => c.command === 'mrs.log.show');
    assert.deepEqual(showLog?.title, {
      value: nls['command.mrs.log.show.title'],
      original: english['command.mrs.log.show.title'],
    });
    assert.notEqual(nls['command.mrs.log.show.title'], english['command.mrs.log.show.title']);
    const clusters = manifest.contributes.views.mrs.find((v) => v.id === 'mrs.clusters');
    assert.equal(clusters?.name, nls['views.mrs.clusters.name']);
  });

  it('hovers the request-file schema in Chinese: jsonValidation points at the zh-cn schema', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { jsonValidation: { url: string }[] };
    };
    assert.equal(manifest.contributes.jsonValidation[0]?.url, './schemas/mrs-resize.schema.zh-cn.json');
    const uri = vscode.Uri.from({ scheme: 'untitled', path: 'zh-hover.mrs-resize.json' });
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text =
      '{\n  "target": { "cluster_id": "x" },\n  "request": { "parameters": { "scale_type": "scale_out" } }\n}\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), text));
    const hoverAt = (needle: string): Promise<string> => {
      const position = editor.document.positionAt(editor.document.getText().indexOf(needle) + 3);
      return waitFor(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          uri,
          position,
        );
        return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      }, `a hover on ${needle}`);
    };
    try {
      const key = await hoverAt('"scale_type"');
      assert.match(key, /扩容或缩容/);
      assert.doesNotMatch(key, /Scale out or scale in/);
      assert.match(await hoverAt('"scale_out"'), /扩容：增加节点。/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  describe('against the emulator', () => {
    let emu: Emulator;
    let proxy: RecordingProxy;

    before(async () => {
      emu = await emulator();
      proxy = await recordingProxy(emu.url);
      await connectTo(api, emu, 'emu', proxy.url);
      await vscode.commands.executeCommand('workbench.view.extension.mrs');
    });

    after(async () => {
      for (const c of api.store.list()) {
        await api.store.remove(c.name);
      }
      await proxy?.close();
      await emu?.close();
    });

    it('shows the status bar item in Chinese', () => {
      const expected = bundle['MRS: {0} · {1}'].replace('{0}', 'emu').replace('{1}', emu.credentials.region);
      assert.equal(api.statusBar.text, `$(cloud) ${expected}`);
    });

    it('sends X-Language: zh-cn on every MRS request', async () => {
      api.model.reset();
      const clusters = await rows(api);
      assert.ok(clusters.some((r) => r.label === 'analytics-prod'));
      const mrs = proxy.requests.filter((r) => r.path.startsWith('/v1.1/'));
      assert.ok(mrs.length > 0, `requests seen: ${proxy.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      for (const r of mrs) {
        assert.equal(r.headers['x-language'], 'zh-cn', `${r.method} ${r.path}`);
      }
    });

    it("explains an MRS error with the catalog's Chinese text", async () => {
      emu.addFault({ kind: 'status', route: 'listClusters', status: 400, errorCode: '12000017', errorMsg: 'test' });
      try {
        api.model.reset();
        const shown = await rows(api);
        assert.equal(shown.length, 1);
        assert.equal(shown[0].contextValue, 'message:error');
        const explanation = lookupErrorCode('12000017', 'zh-cn')?.explanation ?? '';
        const withCode = bundle['{0} ({1})'].replace('{0}', explanation).replace('{1}', '12000017');
        const said = bundle['MRS says: “{0}”'].replace('{0}', 'test');
        assert.equal(shown[0].label, `${withCode} ${said}`);
        const tooltip = api.tree.getTreeItem(shown[0].element).tooltip;
        const what = bundle['Could not list clusters: {0}'].replace('{0}', '');
        assert.ok((typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '')).startsWith(`**${what}`), what);
      } finally {
        emu.clearFaults();
      }
    });

    it('names a cluster state in a sentence as the console does (启动中), with Chinese punctuation', async () => {
      const id = emu.clusterIdByName('new-lakehouse') ?? '';
      const draft = { scaleType: 'scale_out' as const, group: '', instances: 1 };
      const confirm = () => Promise.resolve(true);
      const order = { connection: 'emu', clusterId: id, wayIn: 'palette', ask: { draft } } as const;
      const refused = await api.lifecycle.start(order, confirm).then(
        () => assert.fail('a starting cluster cannot be resized'),
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      assert.ok(refused.includes(bundle['starting']), refused);
      assert.doesNotMatch(refused, /starting|[\u4e00-\u9fff][:(]/);
    });

    it('gives the resize form Chinese labels, title and rule messages (the webview follows the display language)', async () => {
      const clusterId = emu.clusterIdByName('analytics-prod') ?? '';
      const panel = await api.resizePanels.open('emu', clusterId);
      try {
        const init = await waitFor(
          () => panel.posted.find((m): m is Extract<HostToForm, { type: 'init' }> => m.type === 'init'),
          'the form’s init',
        );
        assert.equal(panel.title, bundle['Resize {0}'].replace('{0}', 'analytics-prod'));
        for (const [key, label] of Object.entries(init.labels)) {
          assert.match(label, /[\u4e00-\u9fff]|^(IP|Master|Core|Task)$/, `${key}: ${label}`);
        }
        assert.equal(init.bundle?.['{0} → {1} core nodes'], bundle['{0} → {1} core nodes'], 'the rules’ messages too');
      } finally {
        panel.dispose();
      }
    });
  });

  it('says in Chinese that an endpoint answered with a web page, and to check the endpoint setting', async () => {
    const server = await startNotMrs('html404');
    try {
      const endpoint = server.url;
      await api.store.save(
        {
          name: 'wrong',
          region: 'cn-north-4',
          authMethod: 'aksk',
          projectId: '0123456789abcdef0123456789abcdef',
          mrsEndpoint: endpoint,
          iamEndpoint: endpoint,
        },
        { kind: 'aksk', accessKey: 'HARDENINGAK000000000', secretKey: 'HARDENINGSK0000000000000000000000000000000' },
      );
      await api.store.setActive('wrong');
      api.model.reset();
      const shown = await rows(api);
      const explanation = (lookupErrorCode('CLIENT.HTML_PAGE', 'zh-cn')?.explanation ?? '')
        .replace('{host}', server.host)
        .replace('{status}', '404');
      assert.equal(shown.length, 1);
      assert.equal(shown[0].label, bundle['{0} ({1})'].replace('{0}', explanation).replace('{1}', 'CLIENT.HTML_PAGE'));
      assert.match(shown[0].label, /网页（HTML）.*请检查连接的终端节点设置。/);
    } finally {
      await api.store.remove('wrong');
      await server.close();
    }
  });
});
