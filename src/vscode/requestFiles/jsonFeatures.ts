// Request files have their own language, `mrs-resize` (package.json), so that MRS Explorer activates
// on them and not on every JSON file. VS Code's JSON language features serve that language too
// (`jsonLanguageParticipants`): schema completion, validation, hover, formatting. But they activate
// only on the JSON languages, so when a request file is the first file opened we activate them.
import * as vscode from 'vscode';

export const REQUEST_LANGUAGE = 'mrs-resize';
const JSON_FEATURES = 'vscode.json-language-features';

/** Activates VS Code's JSON features as soon as a request file is open (now or later), once. */
export function serveWithJsonFeatures(log: vscode.LogOutputChannel): vscode.Disposable {
  let asked = false;
  const ensure = (document: vscode.TextDocument): void => {
    if (asked || document.languageId !== REQUEST_LANGUAGE) {
      return;
    }
    asked = true;
    const json = vscode.extensions.getExtension(JSON_FEATURES);
    if (!json) {
      log.warn(`${JSON_FEATURES} is not installed or is disabled: request files get no schema completion`);
      return;
    }
    if (!json.isActive) {
      json.activate().then(undefined, (e: unknown) => log.warn(`${JSON_FEATURES} did not activate: ${String(e)}`));
    }
  };
  vscode.workspace.textDocuments.forEach(ensure);
  // A change of language (setTextDocumentLanguage) closes and opens the document again.
  return vscode.workspace.onDidOpenTextDocument(ensure);
}
