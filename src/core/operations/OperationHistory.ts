// The operations this machine knows, newest first, read from the journal and kept in memory for
// the views. Only ResizeLifecycle writes records; the views and the status bar read and listen.
// Other windows' writes arrive through the journal's watch.
import { errorForLog, errorMessage } from '../errors';
import { silentLogger, type Logger } from '../log';
import type { OperationJournal } from './FileJournal';
import { parseOperationRecords } from './parseRecord';
import { byNewest, isActive, overLimit, OPERATION_HISTORY_LIMIT, type ResizeOperationRecord } from './record';

interface Subscription {
  dispose(): void;
}

export class OperationHistory {
  private records = new Map<string, ResizeOperationRecord>();
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly journal: OperationJournal,
    private readonly logger: Logger = silentLogger,
    private readonly limit = OPERATION_HISTORY_LIMIT,
  ) {}

  /** Reads the journal; with `watch`, reads it again whenever another window writes. */
  async load(options: { watch?: boolean } = {}): Promise<void> {
    await this.reload();
    if (options.watch && !this.stopWatching) {
      this.stopWatching = this.journal.watch(() => this.scheduleReload());
    }
  }

  async reload(): Promise<void> {
    const records = parseOperationRecords(await this.journal.readAll());
    this.records = new Map(records.map((r) => [r.id, r]));
    this.changed();
  }

  private scheduleReload(): void {
    if (this.reloadTimer) {
      return;
    }
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      this.reload().catch((e: unknown) =>
        this.logger.warn(`Reading the operations journal failed: ${errorMessage(e)}`),
      );
    }, 100);
  }

  list(): ResizeOperationRecord[] {
    return [...this.records.values()].sort(byNewest);
  }

  get(id: string): ResizeOperationRecord | undefined {
    return this.records.get(id);
  }

  /** Operations that may still change their cluster (sending, running, unknown). */
  active(): ResizeOperationRecord[] {
    return this.list().filter(isActive);
  }

  /** Durable when it resolves. @throws what the journal throws (nothing is kept then). */
  async put(record: ResizeOperationRecord): Promise<void> {
    await this.journal.write(record);
    this.records.set(record.id, record);
    await this.prune();
    this.changed();
  }

  /** The last write of a closing window: synchronous, so that it is done before the process ends. */
  putSync(record: ResizeOperationRecord): void {
    this.journal.writeSync(record);
    this.records.set(record.id, record);
  }

  /** Forgets finished operations; active ones stay. */
  async clearFinished(): Promise<void> {
    const finished = this.list().filter((r) => !isActive(r));
    await Promise.all(finished.map((r) => this.journal.remove(r.id)));
    for (const r of finished) {
      this.records.delete(r.id);
    }
    this.changed();
  }

  /** Adds records from an older store that the journal does not have yet. */
  async importRecords(values: unknown): Promise<number> {
    const missing = parseOperationRecords(values).filter((r) => !this.records.has(r.id));
    for (const record of missing) {
      await this.journal.write(record);
      this.records.set(record.id, record);
    }
    await this.prune();
    this.changed();
    return missing.length;
  }

  private async prune(): Promise<void> {
    for (const id of overLimit(this.list(), this.limit)) {
      await this.journal.remove(id);
      this.records.delete(id);
    }
  }

  onDidChange(listener: () => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (e) {
        this.logger.error(errorForLog(e));
      }
    }
  }

  dispose(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    if (this.reloadTimer) {
      clearTimeout(this.reloadTimer);
    }
    this.listeners.clear();
  }
}
