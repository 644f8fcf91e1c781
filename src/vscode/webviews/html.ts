// The one place a webview's HTML and CSP are written: `default-src 'none'`, the bundle's script
// with a fresh nonce, styles and fonts only from the extension (webview.cspSource), no inline code.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export interface WebviewPage {
  readonly title: string;
  /** dist/webview/<panel>.js */
  readonly script: vscode.Uri;
  /** media/*.css */
  readonly styles: readonly vscode.Uri[];
  /** `<html lang>`: VS Code's display language. */
  readonly language: string;
}

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function webviewHtml(webview: vscode.Webview, page: WebviewPage): string {
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
  ].join('; ');
  const links = page.styles.map((u) => `<link rel="stylesheet" href="${webview.asWebviewUri(u).toString()}">`);
  return `<!DOCTYPE html>
<html lang="${escape(page.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${links.join('\n')}
<title>${escape(page.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${n}" src="${webview.asWebviewUri(page.script).toString()}"></script>
</body>
</html>`;
}

/** Where a panel may load from: the webview bundles and media, nothing else. */
export function localRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}
