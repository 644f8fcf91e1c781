// A ResizeLifecycle over a real FileJournal in a temporary folder, a scripted client, a fake clock
// and instant sleeps; the reporter records what VS Code (or the CLI) would show.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ResizeLifecycle,
  type ConfirmPolicy,
  type FollowReporter,
  type LifecycleDeps,
  type StartResult,
} from '../../../../src/core/operations';
import type { ResizeConfirmation, ResizeOrder } from '../../../../src/core/plan';
import {
  ClusterLocks,
  FileJournal,
  OperationHistory,
  isActive,
  type ResizeOperationRecord,
} from '../../../../src/core/journal';
import type { ResizeDraft } from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { FakeClock, FakeSleep } from '../../../support/unit/fakes';
import { CORE } from '../resize/clusters';
import type { FakeClient } from './fakeClient';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';

export const ME = { window: 'window-1', pid: process.pid };

export class RecordingReporter implements FollowReporter {
  readonly titles: string[] = [];
  readonly lines: string[] = [];
  readonly notes: Array<{ kind: string; message: string; id: string }> = [];
  readonly stops = new Map<string, () => void>();
  changed = 0;

  following<T>(
    record: ResizeOperationRecord,
    title: string,
    stop: () => void,
    run: (r: (l: string) => void) => Promise<T>,
  ): Promise<T> {
    this.titles.push(title);
    this.stops.set(record.id, stop);
    return run((line) => this.lines.push(line));
  }

  notify(kind: 'info' | 'warning' | 'error', message: string, record: ResizeOperationRecord): void {
    this.notes.push({ kind, message, id: record.id });
  }

  clusterChanged(): void {
    this.changed += 1;
  }
}

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-journal-'));
}

/** The records on disk, read as another window would. */
export function onDisk(folder: string): ResizeOperationRecord[] {
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as ResizeOperationRecord);
}

export interface Harness {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly reporter: RecordingReporter;
  readonly asked: ResizeConfirmation[];
  /** The quota reads the plans make (ample unless a test sets them). */
  readonly quota: FakeQuotaReads;
  readonly clock: FakeClock;
  readonly sleeper: FakeSleep;
  readonly folder: string;
  readonly order: (draft?: Partial<ResizeDraft>) => ResizeOrder;
  start(draft?: Partial<ResizeDraft>, more?: { signal?: AbortSignal }): Promise<StartResult>;
  /** Waits until the operation is no longer active (instant sleeps: a few turns of the loop). */
  settled(id: string): Promise<ResizeOperationRecord>;
}

export function harness(
  client: FakeClient,
  answer: boolean | ConfirmPolicy = true,
  deps: Partial<LifecycleDeps> = {},
): Harness {
  const folder = deps.history ? deps.history.folder : tempFolder();
  const history = deps.history ?? new OperationHistory(new FileJournal(folder));
  // The locks live in the journal's folder, as every process of the machine shares them.
  const locks = deps.locks ?? new ClusterLocks(folder, { kind: 'window', ...(deps.me ? { pid: deps.me.pid } : {}) });
  const clock = new FakeClock();
  const sleeper = new FakeSleep(clock);
  const reporter = new RecordingReporter();
  const asked: ResizeConfirmation[] = [];
  const quota = new FakeQuotaReads();
  let ids = 0;
  const lifecycle = new ResizeLifecycle({
    history,
    locks,
    clientFor: () => Promise.resolve(client),
    quotaFor: () => Promise.resolve(quota),
    reporter,
    t: englishTranslate,
    language: () => 'en',
    followSettings: () => ({ intervalMs: 15_000, timeoutMs: 60 * 60_000 }),
    me: ME,
    clock: clock.clock,
    sleep: sleeper.sleep,
    newId: () => `op-${++ids}`,
    ...deps,
  });
  const confirm: ConfirmPolicy = (c) => {
    asked.push(c);
    return typeof answer === 'function' ? answer(c) : Promise.resolve(answer);
  };
  const order = (draft: Partial<ResizeDraft> = {}): ResizeOrder => ({
    connection: 'prod',
    clusterId: CLUSTER_ID,
    wayIn: 'palette',
    ask: { draft: { scaleType: 'scale_out', group: CORE, instances: 2, ...draft } },
  });
  const start = (draft: Partial<ResizeDraft> = {}, more: { signal?: AbortSignal } = {}): Promise<StartResult> => {
    client.beforePut ??= [client.first];
    return lifecycle.start(order(draft), confirm, more.signal);
  };
  const settled = async (id: string): Promise<ResizeOperationRecord> => {
    for (let waited = 0; waited < 5_000; waited += 2) {
      const record = history.get(id);
      if (record && !isActive(record) && !lifecycle.isFollowing(id)) {
        return record;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error(`operation ${id} did not settle: ${JSON.stringify(history.get(id))}`);
  };
  return { lifecycle, history, reporter, asked, quota, clock, sleeper, folder, order, start, settled };
}

export function operationId(result: StartResult): string {
  if (result.status === 'declined') {
    throw new Error('declined');
  }
  return result.operationId;
}
