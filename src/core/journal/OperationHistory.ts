// The operations this machine knows, newest first, read from the shared journal and kept in memory
// for the views; and the files of the journal that cannot be read, which keep their cluster busy
// until they are set aside. Only ResizeLifecycle writes records (and the one-time import of 0.1's); the views and the status bar read
// and listen. Other processes' writes arrive through the journal's watch. A record whose write
// failed after its PUT had left is kept in memory (`keep`) so that nothing of what MRS was told is
// forgotten while this process lives.
import { errorForLog, errorMessage } from '../errors';
import { silentLogger, type Logger } from '../log';
import { FileJournal, type OperationJournal } from './FileJournal';
import { splitEntries, type UnreadableRecord } from './readJournal';

export type { UnreadableRecord } from './readJournal';
import { parseOperationRecords } from './parseRecord';
import { byNewest, isActive, overLimit, OPERATION_HISTORY_LIMIT, type ResizeOperationRecord } from './record';

interface Subscription {
  dispose(): void;
}

export class OperationHistory {
  private records = new Map<string, ResizeOperationRecord>();
  private unreadableFiles: UnreadableRecord[] = [];
  /** Ids whose latest version is only in memory (its write failed). */
  private readonly unsaved = new Set<string>();
  /** This process's writes per record, and the reloads begun and applied (see reload). */
  private readonly writeCount = new Map<string, number>();
  private reloads = 0;
  private appliedReload = 0;
  /** The last word of a closing process on a record (putSync): an async write that lands later is undone. */
  private readonly sealed = new Map<string, ResizeOperationRecord>();
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly journal: OperationJournal,
    private readonly logger: Logger = silentLogger,
    private readonly limit = OPERATION_HISTORY_LIMIT,
  ) {}

  get folder(): string {
    return this.journal.folder;
  }

  /** Reads the journal; with `watch`, reads it again whenever another process writes. */
  async load(options: { watch?: boolean } = {}): Promise<void> {
    await this.reload();
    if (options.watch && !this.stopWatching) {
      this.stopWatching = this.journal.watch(() => this.scheduleReload());
    }
  }

  /**
   * Reads the folder again. What this process wrote while the read was under way stays (the read
   * may predate it), and of two reloads the later one is the one kept.
   * @throws JournalReadError when the folder cannot be listed (the history is left as it was).
   */
  async reload(): Promise<void> {
    const seq = ++this.reloads;
    const writesBefore = new Map(this.writeCount);
    const { records, unreadable } = splitEntries(await this.journal.readAll());
    if (seq < this.appliedReload) {
      return; // a later reload finished first
    }
    this.appliedReload = seq;
    const next = new Map(records.map((r) => [r.id, r]));
    for (const [id, record] of this.records) {
      const writtenMeanwhile = (this.writeCount.get(id) ?? 0) !== (writesBefore.get(id) ?? 0);
      if (this.unsaved.has(id) || writtenMeanwhile) {
        next.set(id, record);
      }
    }
    this.records = next;
    this.unreadableFiles = unreadable;
    this.changed();
  }

  /** Counts this process's writes of a record, so that a reload begun before one cannot undo it. */
  private wrote(id: string): void {
    this.writeCount.set(id, (this.writeCount.get(id) ?? 0) + 1);
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

  /** Journal files that cannot be read, by file name. */
  unreadable(): readonly UnreadableRecord[] {
    return this.unreadableFiles;
  }

  /** What keeps a cluster busy in the journal: an active record of it, or a file naming it that cannot be read. */
  busyWith(clusterId: string): ResizeOperationRecord | UnreadableRecord | undefined {
    return (
      this.active().find((r) => r.clusterId === clusterId) ??
      this.unreadableFiles.find((u) => u.clusterId === clusterId && u.finished !== true)
    );
  }

  /** True when the record's latest version could not be written. */
  isUnsaved(id: string): boolean {
    return this.unsaved.has(id);
  }

  /** Durable when it resolves. @throws what the journal throws (nothing is kept then). */
  async put(record: ResizeOperationRecord): Promise<void> {
    await this.journal.write(record);
    const last = this.sealed.get(record.id);
    if (last) {
      // The process is closing and gave this record up meanwhile: its word stands.
      this.journal.writeSync(last);
      return;
    }
    this.records.set(record.id, record);
    this.wrote(record.id);
    this.unsaved.delete(record.id);
    await this.prune();
    this.changed();
  }

  /** Removes a record that was written although its send never began (see ResizeLifecycle.recordSending). */
  async discard(id: string): Promise<void> {
    await this.journal.remove(id);
    this.records.delete(id);
    this.unsaved.delete(id);
    this.changed();
  }

  /** The records whose latest version is only in memory. */
  unsavedRecords(): ResizeOperationRecord[] {
    return [...this.unsaved].flatMap((id) => this.records.get(id) ?? []);
  }

  /** Keeps a record in memory only, because writing it failed: the caller has told the user. */
  keep(record: ResizeOperationRecord): void {
    this.records.set(record.id, record);
    this.wrote(record.id);
    this.unsaved.add(record.id);
    this.changed();
  }

  /** The last write of a closing window: synchronous, so that it is done before the process ends. */
  putSync(record: ResizeOperationRecord): void {
    this.sealed.set(record.id, record);
    this.journal.writeSync(record);
    this.records.set(record.id, record);
    this.wrote(record.id);
    this.unsaved.delete(record.id);
  }

  /** Forgets finished operations; active ones stay. */
  async clearFinished(): Promise<void> {
    const finished = this.list().filter((r) => !isActive(r));
    await Promise.all(finished.map((r) => this.journal.remove(r.id)));
    for (const r of finished) {
      this.records.delete(r.id);
      this.unsaved.delete(r.id);
    }
    this.changed();
  }

  /** Moves an unreadable file out of the journal, so that its cluster is free again; returns where it went. */
  async setAside(file: string): Promise<string> {
    const to = await this.journal.setAside(file);
    this.unreadableFiles = this.unreadableFiles.filter((u) => u.file !== file);
    this.changed();
    return to;
  }

  /** Adds records from an older store (0.1's globalState) that the journal does not have yet. */
  async importRecords(values: unknown): Promise<number> {
    return this.importMissing(parseOperationRecords(values));
  }

  /**
   * Adds the records of another journal folder (the folders of 0.1) that this one does not have;
   * its unreadable files stay where they are.
   */
  async importFolder(folder: string): Promise<number> {
    const { records } = splitEntries(await new FileJournal(folder).readAll());
    return this.importMissing(records);
  }

  private async importMissing(records: readonly ResizeOperationRecord[]): Promise<number> {
    const missing = records.filter((r) => !this.records.has(r.id));
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
      this.unsaved.delete(id);
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
