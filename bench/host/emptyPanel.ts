// The yardstick of the form's first render: a webview panel with nothing in it, opened the way the
// form opens its own (same options, the same HTML and CSP from webviewHtml, a script from a file),
// timed from the panel's creation to the script's first painted frame, as the form is.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { webviewHtml } from '../../src/vscode/webviews/html';

const SCRIPT = `const vscode = acquireVsCodeApi();
requestAnimationFrame(() => vscode.postMessage({ type: 'painted' }));
`;

/** Opens empty panels, one per call; dispose() removes the script's folder. */
export class EmptyPanels {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-empty-panel-'));

  constructor() {
    fs.writeFileSync(path.join(this.dir, 'empty.js'), SCRIPT);
  }

  /** Milliseconds from creating the panel to its first painted frame; the panel is closed after. */
  async open(): Promise<number> {
    const root = vscode.Uri.file(this.dir);
    const t0 = performance.now();
    const panel = vscode.window.createWebviewPanel('mrs.bench.empty', 'Empty', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root],
    });
    const painted = new Promise<number>((resolve) => {
      panel.webview.onDidReceiveMessage(() => resolve(performance.now() - t0));
    });
    panel.webview.html = webviewHtml(panel.webview, {
      title: 'Empty',
      script: vscode.Uri.joinPath(root, 'empty.js'),
      styles: [],
      language: vscode.env.language,
    });
    const ms = await painted;
    panel.dispose();
    return ms;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
