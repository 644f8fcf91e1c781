// Helpers for tests in the extension host: the extension's test API, the local emulator, waiting.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { ResizeLifecycle } from '../../src/core/operations';
import type { TestApi } from '../../src/extension';
import type { ClusterTreeElement } from '../../src/vscode/tree/elements';
import type { PanelDeps } from '../../src/vscode/webviews/ResizePanel';
import { startEmulator, type Emulator } from '../../emulator';
import type { ToolCall } from '../support/agentInputs';

export const EXTENSION_ID = 'mrs-explorer.mrs-explorer';
/** VS Code's built-in JSON language features (the JSON language server's client). */
export const JSON_FEATURES_ID = 'vscode.json-language-features';

export async function extensionApi(): Promise<TestApi> {
  const ext = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID);
  if (!ext) {
    throw new Error(`${EXTENSION_ID} is not loaded`);
  }
  const api = await ext.activate();
  if (!api) {
    throw new Error('the test API is missing: run with MRS_INTEGRATION=1');
  }
  return api;
}

export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) {
      return v;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for: ${what}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What resize forms of a test's own use: the extension's services, with the test's lifecycle. */
export function formDepsOf(api: TestApi, lifecycle: ResizeLifecycle): PanelDeps {
  const { clients, log, ui, model, tree, context, history } = api;
  const treeChanged = tree.onDidChangeTreeData;
  return { clients, log, ui, model, treeChanged, extensionUri: context.extensionUri, lifecycle, history };
}

export function emulator(scaleSeconds = 2): Promise<Emulator> {
  return startEmulator({ port: 0, scaleSeconds, quiet: true });
}

export const config = () => vscode.workspace.getConfiguration('mrs');

/**
 * Replaces every connection with one AK/SK connection to the emulator (at `endpoint`, by default its
 * own URL; a recordingProxy's URL puts the proxy in between).
 */
export async function connectTo(api: TestApi, emu: Emulator, name = 'emu', endpoint = emu.url): Promise<void> {
  for (const c of api.store.list()) {
    await api.store.remove(c.name);
  }
  const { region, projectId, ak, sk } = emu.credentials;
  await api.store.save(
    {
      name,
      region,
      authMethod: 'aksk',
      projectId,
      mrsEndpoint: endpoint,
      iamEndpoint: endpoint,
      ecsEndpoint: endpoint,
      evsEndpoint: endpoint,
      vpcEndpoint: endpoint,
    },
    { kind: 'aksk', accessKey: ak, secretKey: sk },
  );
  await api.store.setActive(name);
}

interface Row {
  readonly element: ClusterTreeElement;
  readonly label: string;
  readonly description: string;
  readonly contextValue: string | undefined;
}

export async function rows(api: TestApi, parent?: ClusterTreeElement): Promise<Row[]> {
  const elements = await api.tree.getChildren(parent);
  return elements.map((element) => {
    const item = api.tree.getTreeItem(element);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return {
      element,
      label,
      description: typeof item.description === 'string' ? item.description : '',
      contextValue: item.contextValue,
    };
  });
}

interface EmulatorSuite {
  api: TestApi;
  emu: Emulator;
}

/**
 * Hooks for a suite against the emulator: before it, the extension's test API, an emulator, one
 * connection to it and the MRS view open; after it, no connection left and the emulator closed.
 */
export function useEmulatorConnection(scaleSeconds = 2): EmulatorSuite {
  const suite = {} as EmulatorSuite;
  before(async () => {
    suite.api = await extensionApi();
    suite.emu = await emulator(scaleSeconds);
    await connectTo(suite.api, suite.emu);
    await vscode.commands.executeCommand('workbench.view.extension.mrs');
  });
  after(async () => {
    for (const c of suite.api.store.list()) {
      await suite.api.store.remove(c.name);
    }
    await suite.emu.close();
  });
  return suite;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly path: string;
  /** Header names in lower case, as Node delivers them. */
  readonly headers: http.IncomingHttpHeaders;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:PORT`: use it as the connection's endpoints instead of the emulator's URL. */
  readonly url: string;
  /** Every request that went through, oldest first. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of the emulator that records each request's headers (the emulator's own
 * request log keeps method, path and status only). It forwards every header unchanged, Host
 * included, so AK/SK signatures still verify.
 */
export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const to = new URL(target);
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers } });
    const upstream = http.request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `MRS: New Resize Request File` for a seeded cluster of the emulator (connection `emu`): the editor of
 * the new untitled `*.mrs-resize.json`, once it names the cluster.
 */
export async function newRequestFile(emu: Emulator, cluster: string): Promise<vscode.TextEditor> {
  const clusterId = emu.clusterIdByName(cluster) ?? '';
  await vscode.commands.executeCommand('mrs.requestFile.new', {
    kind: 'cluster',
    id: `cluster:emu/${clusterId}`,
    connection: 'emu',
    clusterId,
  });
  return waitFor(() => {
    const e = vscode.window.activeTextEditor;
    return e?.document.uri.path.endsWith('.mrs-resize.json') && e.document.getText().includes(clusterId)
      ? e
      : undefined;
  }, 'the new request file');
}

/** A language model tool called as a chat calls it (no chat request: no invocation token); its answer's text. */
export async function invoke(call: ToolCall): Promise<string> {
  const result = await vscode.lm.invokeTool(call.tool, { input: call.input, toolInvocationToken: undefined });
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

/** The digest of a plan in mrs_planResize's answer. */
export function digestOf(answer: string): string {
  const m = /sha256:[0-9a-f]{64}/.exec(answer);
  if (!m) {
    throw new Error(`no digest in: ${answer}`);
  }
  return m[0];
}
