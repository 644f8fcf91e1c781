// The resize lifecycle for the CLI, as createOperations.ts builds it for VS Code: the same
// ResizeLifecycle over the same shared journal and cluster locks (journal/journalFolder.ts), with a
// reporter that prints one line per stage change. The journal of 0.1's CLI is imported once.
import { ClusterLocks } from '../core/journal/ClusterLocks';
import { FileJournal } from '../core/journal/FileJournal';
import { cliJournalFolderOf01, importOldJournal, journalFolder } from '../core/journal/journalFolder';
import { OperationHistory } from '../core/journal/OperationHistory';
import { type ResizeOperationRecord } from '../core/journal/record';
import { errorMessage } from '../core/errors';
import type { FollowReporter } from '../core/operations/FollowRegistry';
import { ResizeLifecycle } from '../core/operations/ResizeLifecycle';
import { positiveNumber } from './args';
import { flag, type CliContext, type Connected } from './context';

export interface CliLifecycle {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  /** Every stage line printed while following. */
  readonly stages: readonly string[];
  /** Following lines are not printed (--no-follow). */
  quiet(): void;
  /**
   * Operations of this cluster left active in the journal by a process that is gone (a killed
   * run, --no-follow): followed here to their end first, as a new window would, so that they do
   * not keep the cluster busy for ever. Returns how many were followed.
   */
  settleOrphans(clusterId: string): Promise<number>;
  /**
   * --no-follow: the same operations are not followed (that could take as long as their resize);
   * each is named, with what to do, and left open, so that the plan then refuses the busy cluster.
   * Returns how many there are.
   */
  leaveOrphans(clusterId: string): Promise<number>;
}

class Reporter implements FollowReporter {
  readonly stages: string[] = [];
  quiet = false;

  constructor(private readonly ctx: CliContext) {}

  following<T>(
    _record: ResizeOperationRecord,
    title: string,
    _stop: () => void,
    run: (report: (line: string) => void) => Promise<T>,
  ): Promise<T> {
    if (!this.quiet) {
      this.ctx.out.print(title, 'bold');
    }
    return run((line) => {
      if (line !== this.stages[this.stages.length - 1]) {
        this.stages.push(line);
        if (!this.quiet) {
          this.ctx.out.print(`  ${line}`);
        }
      }
    });
  }

  notify(kind: 'info' | 'warning' | 'error', message: string, record: ResizeOperationRecord): void {
    // The record's own message (the end, a lost answer) is printed by apply or settle from the
    // record or the send's result; anything else (a record that could not be saved, a lock taken
    // over) is said at once.
    if (message !== record.message) {
      this.ctx.out.note(message, kind === 'info' ? undefined : 'warning');
    }
  }

  clusterChanged(): void {
    // No view to refresh.
  }
}

/** --journal, else MRS_RESIZE_JOURNAL, else the journal every VS Code window shares. */
export function cliJournalFolder(ctx: CliContext): string {
  return journalFolder(typeof ctx.values.journal === 'string' ? ctx.values.journal : undefined, ctx.env);
}

/** @throws JournalReadError when the journal folder cannot be listed. */
export async function cliLifecycle(ctx: CliContext, connected: Connected): Promise<CliLifecycle> {
  const folder = cliJournalFolder(ctx);
  const history = new OperationHistory(new FileJournal(folder), ctx.logger);
  await history.load();
  await importOldJournal(history, cliJournalFolderOf01(ctx.env)).catch((e: unknown) =>
    ctx.logger.warn(`Importing the journal of mrs-resize 0.1 failed: ${errorMessage(e)}`),
  );
  const reporter = new Reporter(ctx);
  const settings = {
    intervalMs: positiveNumber(ctx.values, 'interval', 15, ctx.t) * 1000,
    timeoutMs: positiveNumber(ctx.values, 'timeout', 60, ctx.t) * 60_000,
  };
  const lifecycle = new ResizeLifecycle({
    history,
    locks: new ClusterLocks(folder, { kind: 'cli' }),
    // Its own connection's operations only: another connection may be another project or region.
    clientFor: (name) =>
      name === connected.connection.name
        ? Promise.resolve(connected.client)
        : Promise.reject(
            new Error(`mrs-resize follows the operations of its connection "${connected.connection.name}" only`),
          ),
    quotaFor: (name) =>
      name === connected.connection.name
        ? Promise.resolve(connected.quota)
        : Promise.reject(new Error(`mrs-resize reads the quota of its connection "${connected.connection.name}" only`)),
    reporter,
    t: ctx.t,
    language: () => ctx.language,
    followSettings: () => settings,
    logger: ctx.logger,
  });
  ctx.onExit(() => lifecycle.dispose());
  const settleOrphans = (clusterId: string) => settle(ctx, lifecycle, history, clusterId);
  const leaveOrphans = (clusterId: string) => leave(ctx, lifecycle, history, clusterId);
  return {
    lifecycle,
    history,
    settleOrphans,
    leaveOrphans,
    stages: reporter.stages,
    quiet: () => {
      reporter.quiet = true;
    },
  };
}

/** apply: orphans of the cluster followed to their end first; with --no-follow named and left open. */
export async function settleOrLeave(ctx: CliContext, wiring: CliLifecycle, clusterId: string): Promise<void> {
  await (flag(ctx, 'no-follow') ? wiring.leaveOrphans(clusterId) : wiring.settleOrphans(clusterId));
}

/** Follows this cluster's operations that nobody follows to their end first (see CliLifecycle.settleOrphans). */
async function settle(
  ctx: CliContext,
  lifecycle: ResizeLifecycle,
  history: OperationHistory,
  clusterId: string,
): Promise<number> {
  await lifecycle.resumeAll((r) => r.clusterId === clusterId);
  const mine = history.active().filter((r) => r.clusterId === clusterId && lifecycle.isFollowing(r.id));
  for (const r of mine) {
    ctx.out.note(
      ctx.t('An earlier resize of {0} is still open in the journal; following it to its end first.', r.clusterName),
    );
    const end = await lifecycle.whenEnded(r.id);
    if (end?.message) {
      ctx.out.note(end.message);
    }
  }
  return mine.length;
}

/** What became of an operation, as far as its journal record knows. */
function outcomeWord(record: ResizeOperationRecord, t: CliContext['t']): string {
  return record.state === 'running' ? t('accepted by MRS') : t('outcome unknown');
}

/** Names this cluster's operations that nobody follows, and leaves them open (see CliLifecycle.leaveOrphans). */
async function leave(
  ctx: CliContext,
  lifecycle: ResizeLifecycle,
  history: OperationHistory,
  clusterId: string,
): Promise<number> {
  if ((await lifecycle.lockReason(clusterId)) !== undefined) {
    return 0; // A living process follows it: the plan's busy check names that process.
  }
  const open = history.active().filter((r) => r.clusterId === clusterId);
  for (const r of open) {
    const started = new Date(r.startedAt).toTimeString().slice(0, 8);
    ctx.out.note(
      ctx.t(
        '--no-follow: an earlier resize of {0} ({1} → {2}, started {3}, {4}) was left open by a process that is gone. It is not followed here and stays open, so this cluster counts as busy and nothing is sent: run mrs-resize apply without --no-follow to follow it to its end first (or follow it in the Operations view of VS Code), then send this resize again.',
        r.clusterName,
        r.from,
        r.to,
        started,
        outcomeWord(r, ctx.t),
      ),
      'warning',
    );
  }
  return open.length;
}
