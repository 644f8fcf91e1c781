// The history of resize operations (last 50) in globalState: survives window reloads, holds no
// secret. Writes are queued so that concurrent updates never lose one another.
import * as vscode from 'vscode';
import {
  addToHistory,
  parseOperationHistory,
  updateRecord,
  type RecordUpdate,
  type ResizeOperationRecord,
} from '../../core/operations';

const KEY = 'mrs.operations';

export class OperationsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly state: vscode.Memento) {}

  list(): ResizeOperationRecord[] {
    return parseOperationHistory(this.state.get<unknown>(KEY, []));
  }

  get(id: string): ResizeOperationRecord | undefined {
    return this.list().find((r) => r.id === id);
  }

  running(): ResizeOperationRecord[] {
    return this.list().filter((r) => r.state === 'running');
  }

  private write(change: (list: ResizeOperationRecord[]) => ResizeOperationRecord[]): Promise<void> {
    const next = this.queue.then(async () => {
      await this.state.update(KEY, change(this.list()));
      this.changed.fire();
    });
    // One failed write must not block every later one.
    this.queue = next.catch(() => undefined);
    return next;
  }

  add(record: ResizeOperationRecord): Promise<void> {
    return this.write((list) => addToHistory(list, record));
  }

  update(id: string, update: RecordUpdate): Promise<void> {
    return this.write((list) => list.map((r) => (r.id === id ? updateRecord(r, update) : r)));
  }

  /** Forgets finished operations; running ones stay (they are still followed). */
  clear(): Promise<void> {
    return this.write((list) => list.filter((r) => r.state === 'running'));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
