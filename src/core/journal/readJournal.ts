// The journal's files turned into records and the files that cannot be read: a value that is not a
// whole record this version can read is listed with why and the cluster it names (which stays
// busy), never dropped. OperationHistory keeps both.
import type { JournalEntry, UnreadableReason } from './FileJournal';
import { parseOperationRecord } from './parseRecord';
import type { ResizeOperationRecord } from './record';

/** A journal file that is not a whole record this version can read. */
export interface UnreadableRecord {
  /** File name in the journal folder. */
  readonly file: string;
  readonly reason: UnreadableReason;
  readonly detail?: string;
  /** The cluster it names, if any can be seen: that cluster counts as busy until it is set aside. */
  readonly clusterId?: string;
  /** A newer version's record that says it has ended: it keeps its cluster busy no longer. */
  readonly finished?: true;
}

export function splitEntries(entries: readonly JournalEntry[]): {
  records: ResizeOperationRecord[];
  unreadable: UnreadableRecord[];
} {
  const records: ResizeOperationRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'unreadable') {
      const { file, reason, detail, clusterId } = entry;
      unreadable.push({ file, reason, ...(detail ? { detail } : {}), ...(clusterId ? { clusterId } : {}) });
      continue;
    }
    const parsed = parseOperationRecord(entry.value);
    if ('record' in parsed) {
      if (!seen.has(parsed.record.id)) {
        seen.add(parsed.record.id);
        records.push(parsed.record);
      }
      continue;
    }
    const value = entry.value as { clusterId?: unknown; endedAt?: unknown } | null;
    const clusterId = typeof value?.clusterId === 'string' && value.clusterId !== '' ? value.clusterId : undefined;
    // A newer version's record that says it has ended keeps no cluster busy.
    const ended = parsed.problem === 'newerVersion' && typeof value?.endedAt === 'string';
    unreadable.push({
      file: entry.file,
      reason: parsed.problem,
      detail: parsed.detail,
      ...(clusterId ? { clusterId } : {}),
      ...(ended ? { finished: true as const } : {}),
    });
  }
  return { records, unreadable: unreadable.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}
