// The Prompter on VS Code's QuickPick / InputBox: step counter, Back button, live validation;
// Escape (hide without an answer) throws CancelledError.
import * as vscode from 'vscode';
import { CancelledError } from '../../core/errors';
import {
  BACK,
  type Back,
  type InputOptions,
  type PickItem,
  type PickManyOptions,
  type PickOptions,
  type Prompter,
  type StepBase,
} from '../../core/prompts/Prompter';

type Item<T> = vscode.QuickPickItem & { readonly item: PickItem<T> };

function finish<T>(
  input: vscode.QuickInput,
  resolve: (v: T | Back) => void,
  reject: (e: Error) => void,
): {
  done: (v: T | Back) => void;
  disposables: vscode.Disposable[];
} {
  let settled = false;
  const disposables: vscode.Disposable[] = [];
  const done = (v: T | Back): void => {
    settled = true;
    resolve(v);
    input.hide();
  };
  disposables.push(
    input.onDidHide(() => {
      for (const d of disposables) {
        d.dispose();
      }
      input.dispose();
      if (!settled) {
        reject(new CancelledError());
      }
    }),
  );
  return { done, disposables };
}

type StepInput = vscode.QuickInput & { placeholder: string | undefined; buttons: readonly vscode.QuickInputButton[] };

/** What every step shows alike: title, "step of total", placeholder, Back after the first step; focus-out keeps it. */
function frameStep(input: StepInput, o: StepBase & { readonly placeholder?: string }): void {
  Object.assign(input, {
    title: o.title,
    step: o.step,
    totalSteps: o.totalSteps,
    placeholder: o.placeholder,
    ignoreFocusOut: true,
  });
  input.buttons = o.step > 1 ? [vscode.QuickInputButtons.Back] : [];
}

function isSelectable<T>(item: PickItem<T>): boolean {
  return !item.disabled && item.kind === undefined;
}

/** Disabled items carry a "not allowed" icon; notes are plain lines; separators are headings. */
function toQuickPickItem<T>(item: PickItem<T>): Item<T> {
  if (item.kind === 'separator') {
    return { label: item.label, kind: vscode.QuickPickItemKind.Separator, item };
  }
  return {
    label: item.disabled ? `$(circle-slash) ${item.label}` : item.label,
    description: item.description,
    detail: item.detail,
    item,
  };
}

export class QuickInputPrompter implements Prompter {
  pick<T>(o: PickOptions<T>): Promise<T | Back> {
    return new Promise((resolve, reject) => {
      const qp = vscode.window.createQuickPick<Item<T>>();
      frameStep(qp, o);
      qp.matchOnDescription = o.matchOnDescription ?? false;
      qp.items = o.items.map(toQuickPickItem);
      const selectable = qp.items.filter((i) => isSelectable(i.item));
      const active = selectable.find((i) => i.item.value === o.active) ?? selectable[0];
      if (active) {
        qp.activeItems = [active];
      }
      const { done, disposables } = finish<T>(qp, resolve, reject);
      disposables.push(
        qp.onDidTriggerButton(() => done(BACK)),
        qp.onDidAccept(() => {
          const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
          if (chosen && isSelectable(chosen.item)) {
            done(chosen.item.value);
          }
        }),
      );
      qp.show();
    });
  }

  pickMany<T>(o: PickManyOptions<T>): Promise<T[] | Back> {
    return new Promise((resolve, reject) => {
      const qp = vscode.window.createQuickPick<Item<T>>();
      frameStep(qp, o);
      qp.canSelectMany = true;
      qp.items = o.items.filter(isSelectable).map(toQuickPickItem);
      qp.selectedItems = qp.items.filter((i) => o.selected?.includes(i.item.value));
      const values = (): T[] => qp.selectedItems.map((i) => i.item.value);
      const { done, disposables } = finish<T[]>(qp, resolve, reject);
      disposables.push(
        qp.onDidTriggerButton(() => done(BACK)),
        // A QuickPick has no validation message: the placeholder carries it.
        qp.onDidChangeSelection(() => {
          qp.placeholder = o.validate?.(values()) ?? o.placeholder;
        }),
        qp.onDidAccept(() => {
          const message = o.validate?.(values());
          qp.placeholder = message ?? o.placeholder;
          if (message === undefined) {
            done(values());
          }
        }),
      );
      qp.show();
    });
  }

  input(o: InputOptions): Promise<string | Back> {
    return new Promise((resolve, reject) => {
      const box = vscode.window.createInputBox();
      frameStep(box, o);
      Object.assign(box, { prompt: o.prompt, value: o.value ?? '', password: o.password ?? false });
      const show = (v: string): boolean => {
        const r = o.validate?.(v);
        box.validationMessage =
          typeof r === 'object' ? { message: r.hint, severity: vscode.InputBoxValidationSeverity.Info } : r;
        return typeof r !== 'string';
      };
      if (o.value) {
        show(o.value);
      }
      const { done, disposables } = finish<string>(box, resolve, reject);
      disposables.push(
        box.onDidTriggerButton(() => done(BACK)),
        box.onDidChangeValue((v) => void show(v)),
        box.onDidAccept(() => {
          if (show(box.value)) {
            done(box.value);
          }
        }),
      );
      box.show();
    });
  }
}
