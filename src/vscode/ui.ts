// Messages and modal confirmations. Commands use this instead of vscode.window directly so that
// integration tests can read what a user would be shown and answer confirmations.
import * as vscode from 'vscode';

export interface UserInterface {
  error(message: string, ...actions: string[]): Thenable<string | undefined>;
  warning(message: string, ...actions: string[]): Thenable<string | undefined>;
  info(message: string, ...actions: string[]): Thenable<string | undefined>;
  /** A modal warning that stays until dismissed; the action chosen, if any. */
  alert(message: string, detail: string, ...actions: string[]): Thenable<string | undefined>;
  /** A modal question; true when the user chose `action`. */
  confirm(message: string, detail: string, action: string): Thenable<boolean>;
}

export interface UiSlot {
  current: UserInterface;
}

export const vscodeUi: UserInterface = {
  error: (m, ...a) => vscode.window.showErrorMessage(m, ...a),
  warning: (m, ...a) => vscode.window.showWarningMessage(m, ...a),
  info: (m, ...a) => vscode.window.showInformationMessage(m, ...a),
  alert: (message, detail, ...actions) =>
    vscode.window.showWarningMessage(message, { modal: true, detail }, ...actions),
  confirm: (message, detail, action) =>
    vscode.window.showWarningMessage(message, { modal: true, detail }, action).then((answer) => answer === action),
};
