// The Prompter on VS Code's QuickPick / InputBox: step counter, Back button, live validation;
// Escape (hide without an answer) throws CancelledError.
import * as vscode from 'vscode';
import { CancelledError } from '../../core/errors';
import { BACK, type Back, type InputOptions, type PickItem, type PickOptions, type Prompter } from '../../core/prompts/Prompter';

type Item<T> = vscode.QuickPickItem & { readonly item: PickItem<T> };

function finish<T>(input: vscode.QuickInput, resolve: (v: T | Back) => void, reject: (e: Error) => void): {
  done: (v: T | Back) => void; disposables: vscode.Disposable[];
} {
  let settled = false;
  const disposables: vscode.Disposable[] = [];
  const done = (v: T | Back): void => {
    settled = true;
    resolve(v);
    input.hide();
  };
  disposables.push(input.onDidHide(() => {
    for (const d of disposables) d.dispose();
    input.dispose();
    if (!settled) reject(new CancelledError());
  }));
  return { done, disposables };
}

export class QuickInputPrompter implements Prompter {
  pick<T>(o: PickOptions<T>): Promise<T | Back> {
    return new Promise((resolve, reject) => {
      const qp = vscode.window.createQuickPick<Item<T>>();
      Object.assign(qp, { title: o.title, step: o.step, totalSteps: o.totalSteps, placeholder: o.placeholder, matchOnDescription: o.matchOnDescription ?? false, ignoreFocusOut: true });
      qp.buttons = o.step > 1 ? [vscode.QuickInputButtons.Back] : [];
      qp.items = o.items.map((item) => ({ label: item.disabled ? `$(circle-slash) ${item.label}` : item.label, description: item.description, detail: item.detail, item }));
      const active = qp.items.find((i) => i.item.value === o.active);
      if (active) qp.activeItems = [active];
      const { done, disposables } = finish<T>(qp, resolve, reject);
      disposables.push(
        qp.onDidTriggerButton(() => done(BACK)),
        qp.onDidAccept(() => {
          const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
          if (chosen && !chosen.item.disabled) done(chosen.item.value);
        }),
      );
      qp.show();
    });
  }

  input(o: InputOptions): Promise<string | Back> {
    return new Promise((resolve, reject) => {
      const box = vscode.window.createInputBox();
      Object.assign(box, { title: o.title, step: o.step, totalSteps: o.totalSteps, prompt: o.prompt, placeholder: o.placeholder, value: o.value ?? '', password: o.password ?? false, ignoreFocusOut: true });
      box.buttons = o.step > 1 ? [vscode.QuickInputButtons.Back] : [];
      const validate = (v: string): string | undefined => o.validate?.(v);
      box.validationMessage = o.value ? validate(o.value) : undefined;
      const { done, disposables } = finish<string>(box, resolve, reject);
      disposables.push(
        box.onDidTriggerButton(() => done(BACK)),
        box.onDidChangeValue((v) => { box.validationMessage = validate(v); }),
        box.onDidAccept(() => {
          const message = validate(box.value);
          box.validationMessage = message;
          if (message === undefined) done(box.value);
        }),
      );
      box.show();
    });
  }
}
