// Runs alone in a fresh extension host (npm test starts one for this file): a request file is the
// first and only file opened. It gets its own language (mrs-resize), which activates MRS Explorer;
// VS Code's JSON features serve it through jsonLanguageParticipants: the schema's completion and
// validation, with comments and trailing commas allowed, as when request files were jsonc.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, JSON_FEATURES_ID, waitFor } from '../support';

const TEXT = `{
  // a comment is allowed
  "target": { "cluster_id": "00000000-0000-0000-0000-000000000000" },
  "request": {
    "service_id": "",
    "plan_id": "",
    "parameters": {
      "order_id": "",
      "scale_type": "sideways",
      "node_id": "node_orderadd",
      "instances": "2",
      
    }
  }
}
`;

describe('a fresh host: a request file opened first', function () {
  this.timeout(60_000);

  it('activates MRS Explorer, and VS Code JSON features serve the file with the schema', async () => {
    const ours = vscode.extensions.getExtension(EXTENSION_ID);
    const json = vscode.extensions.getExtension(JSON_FEATURES_ID);
    assert.ok(ours && json, 'both extensions are installed');
    assert.equal(ours.isActive, false, 'MRS Explorer is not active before the file is opened');
    assert.equal(json.isActive, false, 'no JSON file was opened before');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-first-'));
    const file = path.join(dir, 'first.mrs-resize.json');
    fs.writeFileSync(file, TEXT);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'mrs-resize');
    await waitFor(() => ours.isActive, 'MRS Explorer activated by the request file');
    await waitFor(() => json.isActive, 'VS Code JSON features activated for the request file');

    // Validation by the JSON language server against the schema (ours are source MRS).
    const fromJson = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source !== 'MRS');
      return ds.some((d) => d.range.start.line === 8) ? ds : undefined;
    }, "the JSON language server's schema diagnostic on scale_type");
    // Neither the comment (line 1) nor the trailing comma (line 10) is a problem, as the product's
    // own parser reads them (the schema says allowComments and allowTrailingCommas).
    assert.deepEqual(
      fromJson.filter((d) => d.range.start.line === 1 || d.range.start.line === 10).map((d) => d.message),
      [],
    );

    // The schema's keys completed by the JSON language server, in the empty line of parameters.
    const labels = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(11, 6),
      );
      const names = l.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return names.some((n) => n.includes('skip_bootstrap_scripts')) ? names : undefined;
    }, "the schema's parameter keys in completion");
    assert.ok(
      labels.some((n) => n.includes('scale_without_start')),
      labels.join(', '),
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
