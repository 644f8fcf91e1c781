import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/vscode/commands/ids';
import { extensionApi } from './support';

const EXTENSION_ID = 'mrs-explorer.mrs-explorer';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    viewsContainers: { activitybar: { id: string }[] };
    views: Record<string, { id: string }[]>;
  };
}

describe('activation', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is loaded`);
    extension = found;
    // Opening the view is what a user does first; it must activate the extension.
    await vscode.commands.executeCommand('workbench.view.extension.mrs');
    await waitFor(() => extension.isActive, 'extension activated by opening the MRS view');
  });

  it('contributes the MRS container with the Clusters and Operations views', () => {
    const manifest = extension.packageJSON as Manifest;
    assert.ok(manifest.contributes.viewsContainers.activitybar.some((c) => c.id === 'mrs'));
    assert.deepEqual(
      manifest.contributes.views.mrs?.map((v) => v.id),
      ['mrs.clusters', 'mrs.operations'],
    );
  });

  it('registers every contributed command, and contributes every registered one', async () => {
    const registered = new Set((await vscode.commands.getCommands(true)).filter((c) => c.startsWith('mrs.')));
    const contributed = (extension.packageJSON as Manifest).contributes.commands.map((c) => c.command);
    // VS Code adds <view id>.focus, .resetViewLocation… for every view; those are not ours.
    const viewCommand = /^mrs\.(clusters|operations)\.(focus|resetViewLocation|toggleVisibility|removeView|open)$/;
    assert.deepEqual([...registered].filter((c) => !viewCommand.test(c)).sort(), [...contributed].sort());
    assert.deepEqual([...COMMAND_IDS].sort(), [...contributed].sort());
  });

  it('focuses the Clusters view', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor(() => !api.explorer.view.visible, 'the Clusters view is hidden');
    await vscode.commands.executeCommand('mrs.clusters.focus');
    await waitFor(() => api.explorer.view.visible, 'the Clusters view is visible again');
  });

  it('runs "MRS: Show Log": the MRS channel is shown', async () => {
    const api = await extensionApi();
    const show = api.log.show.bind(api.log);
    let shown = 0;
    api.log.show = () => {
      shown += 1;
      show(true);
    };
    try {
      await vscode.commands.executeCommand('mrs.log.show');
    } finally {
      api.log.show = show;
    }
    assert.equal(shown, 1);
  });
});

async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for: ${what}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
