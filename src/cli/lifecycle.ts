// The resize lifecycle for the CLI, as createOperations.ts builds it for VS Code: the same
// ResizeLifecycle over a journal folder of its own (environment.ts journalFolder), with a reporter
// that prints one line per stage change and tells apply when its operation has ended.
import { FileJournal } from '../core/operations/FileJournal';
import type { FollowReporter } from '../core/operations/Following';
import { OperationHistory } from '../core/operations/OperationHistory';
import { isActive, type ResizeOperationRecord } from '../core/operations/record';
import { ResizeLifecycle } from '../core/operations/ResizeLifecycle';
import type { CliContext, Connected } from './context';

export interface FollowSettings {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export interface CliLifecycle {
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  /** Every stage line printed while following. */
  readonly stages: readonly string[];
  /** Resolves with the operation's record once it has ended (succeeded, failed, timed out, stopped). */
  ended(id: string): Promise<ResizeOperationRecord | undefined>;
  /** Following lines are not printed (--no-follow). */
  quiet(): void;
  /**
   * Operations of this cluster left active in the journal by a process that is gone (a killed
   * run): followed here to their end first, as a new window would, so that they do not keep the
   * cluster busy forever. Returns how many were followed.
   */
  settleOrphans(clusterId: string): Promise<number>;
}

class Reporter implements FollowReporter {
  readonly stages: string[] = [];
  readonly done = new Map<string, ResizeOperationRecord>();
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
    if (isActive(record)) {
      // The lost-answer warning: following goes on.
      this.ctx.out.note(message, kind === 'info' ? undefined : 'warning');
      return;
    }
    this.done.set(record.id, record);
  }

  clusterChanged(): void {
    // No view to refresh.
  }
}

export async function cliLifecycle(
  ctx: CliContext,
  connected: Connected,
  folder: string,
  settings: FollowSettings,
): Promise<CliLifecycle> {
  const history = new OperationHistory(new FileJournal(folder), ctx.logger);
  await history.load();
  const reporter = new Reporter(ctx);
  const lifecycle = new ResizeLifecycle({
    history,
    clientFor: () => Promise.resolve(connected.client),
    reporter,
    t: ctx.t,
    language: () => ctx.language,
    followSettings: () => settings,
    logger: ctx.logger,
  });
  const ended = async (id: string): Promise<ResizeOperationRecord | undefined> => {
    // The reporter hears the end; if following broke off without one, the journal has the last word.
    while (!reporter.done.has(id) && lifecycle.isFollowing(id)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return reporter.done.get(id) ?? history.get(id);
  };
  const settleOrphans = async (clusterId: string): Promise<number> => {
    const open = history.active().filter((r) => r.clusterId === clusterId);
    if (open.length === 0) {
      return 0;
    }
    await lifecycle.resumeAll();
    const mine = open.filter((r) => lifecycle.isFollowing(r.id));
    for (const r of mine) {
      ctx.out.note(
        ctx.t('An earlier resize of {0} is still open in the journal; following it to its end first.', r.clusterName),
      );
      const end = await ended(r.id);
      if (end?.message) {
        ctx.out.note(end.message);
      }
    }
    return mine.length;
  };
  return {
    lifecycle,
    history,
    settleOrphans,
    stages: reporter.stages,
    ended,
    quiet: () => {
      reporter.quiet = true;
    },
  };
}
