// Helpers for tests in the extension host: the extension's test API, the local emulator, waiting.
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension';
import type { ClusterTreeElement } from '../../src/vscode/tree/elements';
import { startEmulator, type Emulator } from '../../emulator';

const EXTENSION_ID = 'mrs-explorer.mrs-explorer';

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

export function emulator(scaleSeconds = 2): Promise<Emulator> {
  return startEmulator({ port: 0, scaleSeconds, quiet: true });
}

export const config = () => vscode.workspace.getConfiguration('mrs');

/** Replaces every connection with one AK/SK connection to the emulator. */
export async function connectTo(api: TestApi, emu: Emulator, name = 'emu'): Promise<void> {
  for (const c of api.store.list()) {
    await api.store.remove(c.name);
  }
  const { region, projectId, ak, sk } = emu.credentials;
  await api.store.save(
    { name, region, authMethod: 'aksk', projectId, mrsEndpoint: emu.url, iamEndpoint: emu.url },
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
