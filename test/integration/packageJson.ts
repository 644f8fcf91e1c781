// Opens a package.json in the host and waits until VS Code's JSON features serve it: by then every
// extension that listens to onLanguage:json has been activated (the fresh-host test and the
// activation bench ask whether ours was among them).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { JSON_FEATURES_ID, waitFor } from './support';

/** Opens a package.json until the JSON language server completes in it; then closes it again. */
export async function openServedPackageJson(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-pkg-'));
  try {
    const file = path.join(dir, 'package.json');
    fs.writeFileSync(file, '{\n  "name": "app",\n  "version": "1.0.0",\n  \n}\n');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    if (document.languageId !== 'json') {
      throw new Error(`package.json opened as ${document.languageId}`);
    }
    await waitFor(() => vscode.extensions.getExtension(JSON_FEATURES_ID)?.isActive, 'VS Code JSON features active');
    await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(3, 2),
      );
      return list.items.length > 0;
    }, 'package.json completion from the JSON language server');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
