// What the shared journal and the cluster lock add to every send (ResizeLifecycle.send): taking and
// freeing the lock file, reading the journal again (50 records, its limit), and writing a record
// durably (temp file, fsync, rename, fsync of the folder). Local disk of this machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClusterLocks, FileJournal, newOperationRecord, OperationHistory } from '../src/core/journal';

/** A journal folder with `count` finished records, as a busy machine has. */
export async function journalWith(count: number): Promise<{ folder: string; history: OperationHistory }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-bench-journal-'));
  const journal = new FileJournal(folder);
  for (let i = 0; i < count; i++) {
    await journal.write({ ...recordOf(`op-${i}`), state: 'succeeded', endedAt: new Date().toISOString() });
  }
  return { folder, history: new OperationHistory(journal) };
}

export function recordOf(id: string) {
  return newOperationRecord({
    id,
    wayIn: 'cli',
    connection: 'bench',
    target: {
      clusterId: 'c0ffee00-1111-2222-3333-444455556666',
      clusterName: 'bench',
      groupName: 'core_node_analysis_group',
      role: 'core',
      scaleType: 'scale_out',
      from: 3,
      to: 5,
    },
    startedAtMs: Date.now(),
    follower: { window: 'bench', pid: process.pid, at: new Date().toISOString() },
    message: 'Sending',
  });
}

/** Take the lock, read the 50 records again, write the 'sending' record, free the lock. */
export function lockAndJournalWork(folder: string, history: OperationHistory): () => Promise<void> {
  const locks = new ClusterLocks(folder, { kind: 'cli' });
  let n = 0;
  return async () => {
    const taken = await locks.acquire('c0ffee00-1111-2222-3333-444455556666');
    if (!taken.ok) {
      throw new Error('the lock was held');
    }
    await history.reload();
    await history.put(recordOf(`bench-${n++}`));
    taken.lock.release();
  };
}
