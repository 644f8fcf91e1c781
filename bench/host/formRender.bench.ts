// Runs inside the extension host (npm run bench starts it through scripts/integration.mjs): opens the
// resize form of an emulator cluster again and again, from the command to the webview's first
// painted frame, and writes every run's marks to $MRS_BENCH_OUT. Between two forms it opens an empty
// webview panel the same way (emptyPanel.ts), the yardstick of VS Code's own set-up. A benchmark, so
// it asserts nothing about time; it fails only when the form or the empty panel does not render.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { FirstRender } from '../../src/vscode/webviews/firstRender';
import { useEmulatorConnection, waitFor } from '../../test/integration/support';
import { EmptyPanels } from './emptyPanel';

const RUNS = 20;

describe('bench: open command → first complete render of the resize form', function () {
  this.timeout(10 * 60_000);
  const suite = useEmulatorConnection();

  it(`opens the form ${RUNS} times`, async () => {
    const { api, emu } = suite;
    const clusterId = emu.clusterIdByName('analytics-prod') ?? '';
    const element = { kind: 'cluster', id: `cluster:emu/${clusterId}`, connection: 'emu', clusterId };
    const runs: FirstRender[] = [];
    const empty: number[] = [];
    const emptyPanels = new EmptyPanels();
    for (let i = 0; i <= RUNS; i++) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(() => !api.resizePanels.get(clusterId), 'the form closed');
      await vscode.commands.executeCommand('mrs.resizeForm.open', element);
      const panel = await waitFor(() => api.resizePanels.get(clusterId), 'the form');
      const run = await panel.firstRender;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const emptyMs = await emptyPanels.open();
      if (i > 0) {
        runs.push(run); // the first open warms up the host's code paths
        empty.push(emptyMs);
      }
    }
    emptyPanels.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const out = process.env.MRS_BENCH_OUT;
    if (out) {
      fs.writeFileSync(out, JSON.stringify({ runs, empty }));
    }
  });
});
