import * as vscode from 'vscode';

/** The "MRS" log channel. The core writes to it through the Logger interface; never pass secrets. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('MRS', { log: true });
}
