// Runs resizes and follows them (F3, F5): one ResizeOperation per request, a progress notification
// while following, the record kept up to date, and watches resumed after a window reload.
import * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { Logger } from '../../core/log';
import type { MrsClient } from '../../core/api/MrsClient';
import type { Cluster } from '../../core/model/cluster';
import { randomUUID } from 'node:crypto';
import {
  ResizeLocks,
  ResizeOperation,
  ResizeRefusedError,
  targetOfRecord,
  describeOperation,
  watchResize,
  watchedElsewhere,
  type ResizeConfirmation,
  type ResizeOperationRecord,
  type WatchResult,
} from '../../core/operations';
import type { ResizeDraft } from '../../core/resize/types';
import type { Clients } from '../connections/Clients';
import { uiLanguage } from '../language';
import type { UiSlot } from '../ui';
import type { OperationsStore } from './OperationsStore';

export interface OperationsDeps {
  readonly store: OperationsStore;
  readonly clients: Clients;
  readonly model: ExplorerModel;
  readonly ui: UiSlot;
  readonly log: Logger & { show(): void };
  readonly watchSettings: () => { intervalMs: number; timeoutMs: number };
  /** A follower that has not said so for this long is taken to be gone (default: 3 intervals, at least 1 min). */
  readonly staleMs?: number;
}

interface FollowOptions {
  readonly release: () => void;
  readonly before?: Pick<Cluster, 'scale'>;
  readonly initialDelayMs?: number;
}

export class Operations implements vscode.Disposable {
  readonly locks = new ResizeLocks();
  private readonly watching = new Map<string, AbortController>();
  /** Set while the window closes: watches end without marking their operations, so they resume. */
  private disposed = false;
  /** This window, in records' `watcher`: with several windows open, one follows each operation. */
  readonly windowId = randomUUID();
  private recheck: NodeJS.Timeout | undefined;

  constructor(private readonly deps: OperationsDeps) {}

  /** Pre-flight, confirmation, one PUT, then following in the background. */
  async resize(connection: string, cluster: Pick<Cluster, 'id' | 'name'>, draft: ResizeDraft): Promise<void> {
    const { deps } = this;
    const client = await deps.clients.get(connection);
    const operation = new ResizeOperation({
      client,
      confirm: (c) => this.confirm(c),
      locks: this.locks,
      t: vscode.l10n.t,
      language: uiLanguage(),
      logger: deps.log,
      beforeSend: (record) => deps.store.add(record),
    });
    let outcome;
    try {
      outcome = await operation.run({ connection, clusterId: cluster.id, clusterName: cluster.name, draft });
    } catch (e) {
      if (e instanceof ResizeRefusedError) {
        await deps.store.add(e.record);
      }
      throw e;
    }
    if (outcome.status === 'declined') {
      return;
    }
    const { release } = outcome;
    try {
      // An unclear outcome is followed like an accepted one: the watch's grace period tells
      // whether the change shows up, and the lock stays held so that nobody resends meanwhile.
      await deps.store.add({ ...outcome.record, state: 'running' });
      if (outcome.status === 'unknown') {
        void this.notify('warning', outcome.message);
      }
      void deps.model.refreshCluster(connection, cluster.id).catch(() => undefined);
      void this.follow({ ...outcome.record, state: 'running' }, client, { release, before: outcome.before }).catch(
        (e: unknown) => this.deps.log.error(e instanceof Error ? e : String(e)),
      );
    } catch (e) {
      release();
      throw e;
    }
  }

  /** True when a resize of this cluster is being sent or followed in this window. */
  isBusy(clusterId: string): boolean {
    return this.locks.isLocked('', clusterId);
  }

  private async confirm(c: ResizeConfirmation): Promise<boolean> {
    // A scale-out was confirmed on the flow's summary step; the fresh pre-flight may still have
    // found something worth a second look (nodes not running, an option this version ignores).
    const warnings = c.notes.filter((n) => n.severity === 'warning');
    if (!c.modal && warnings.length === 0) {
      return true;
    }
    const detail = [c.detail, ...c.notes.map((n) => n.message)].join('\n\n');
    return this.deps.ui.current.confirm(
      c.title,
      detail,
      c.modal ? vscode.l10n.t('Scale In') : vscode.l10n.t('Scale Out'),
    );
  }

  /** Follows a running operation with a progress notification until it ends or the user stops watching. */
  async follow(record: ResizeOperationRecord, client: MrsClient, options: FollowOptions): Promise<WatchResult> {
    const controller = new AbortController();
    this.watching.set(record.id, controller);
    const target = targetOfRecord(record);
    const { intervalMs, timeoutMs } = this.deps.watchSettings();
    const heartbeat = (extra: { stageDesc?: string; changeSeen?: boolean } = {}): void =>
      void this.deps.store
        .update(record.id, { ...extra, watcher: this.windowId, watchedAt: new Date().toISOString() })
        .catch(() => undefined);
    heartbeat();
    try {
      const result = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: describeOperation(target, vscode.l10n.t),
          cancellable: true,
        },
        (progress, token) => {
          token.onCancellationRequested(() => controller.abort());
          progress.report({ message: vscode.l10n.t('Cancel stops watching only; the resize goes on.') });
          return watchResize({
            client,
            target,
            t: vscode.l10n.t,
            signal: controller.signal,
            logger: this.deps.log,
            intervalMs,
            timeoutMs,
            initialDelayMs: options.initialDelayMs ?? Math.min(5_000, intervalMs),
            before: options.before,
            startedAtMs: Date.parse(record.startedAt),
            changeSeen: record.changeSeen,
            onProgress: (p) => {
              progress.report({
                message: vscode.l10n.t('{0} (Cancel stops watching only)', p.stageDesc ?? p.stateText),
              });
              heartbeat({ stageDesc: p.stageDesc, changeSeen: p.changeSeen });
            },
            onPollError: () => heartbeat(),
          });
        },
      );
      const checked = await this.checkChosenHostsGone(record, client, result);
      if (!this.disposed) {
        await this.finish(record, checked);
      }
      return checked;
    } finally {
      this.watching.delete(record.id);
      options.release();
    }
  }

  /** A task scale-in of chosen hosts succeeded only if exactly those hosts are gone. */
  private async checkChosenHostsGone(
    record: ResizeOperationRecord,
    client: MrsClient,
    result: WatchResult,
  ): Promise<WatchResult> {
    if (result.status !== 'succeeded' || record.serverIds.length === 0) {
      return result;
    }
    try {
      const left = (await client.listHosts(record.clusterId)).filter((h) => record.serverIds.includes(h.id));
      if (left.length === 0) {
        return result;
      }
      const message = vscode.l10n.t(
        'The resize of {0} ended, but these chosen nodes are still in the cluster: {1}. MRS removed other nodes.',
        record.clusterName,
        left.map((h) => h.name).join(', '),
      );
      return { ...result, status: 'failed', message };
    } catch (e) {
      this.deps.log.warn(
        `Could not check the removed hosts of ${record.clusterName}: ${e instanceof Error ? e.message : String(e)}`,
      );
      return result;
    }
  }

  // Background results are shown here, outside the command guard: the command that started the
  // resize has long returned. This and the guard are the only places that show resize messages.
  private async finish(record: ResizeOperationRecord, result: WatchResult): Promise<void> {
    await this.deps.store.update(record.id, {
      state: result.status,
      message: result.message,
      stageDesc: result.stageDesc,
      errorInfo: result.errorInfo,
      changeSeen: result.changeSeen,
      endedAtMs: Date.now(),
    });
    void this.deps.model.refreshCluster(record.connection, record.clusterId).catch(() => undefined);
    const kind =
      result.status === 'succeeded' || result.status === 'stopped'
        ? 'info'
        : result.status === 'failed'
          ? 'error'
          : 'warning';
    void this.notify(kind, result.message);
  }

  private async notify(kind: 'info' | 'warning' | 'error', message: string): Promise<void> {
    const showLog = vscode.l10n.t('Show Log');
    const choice =
      kind === 'info' ? await this.deps.ui.current.info(message) : await this.deps.ui.current[kind](message, showLog);
    if (choice === showLog) {
      this.deps.log.show();
    }
  }

  isWatching(id: string): boolean {
    return this.watching.has(id);
  }

  /** "Stop watching": ends the watch, never the resize. */
  stopWatching(id: string): boolean {
    const c = this.watching.get(id);
    c?.abort();
    return c !== undefined;
  }

  private staleMs(): number {
    return this.deps.staleMs ?? Math.max(60_000, 3 * this.deps.watchSettings().intervalMs);
  }

  /**
   * Follows again every operation still marked running (after a window reload), except those
   * another window follows right now; those are looked at again once that window could be gone.
   */
  async resumeAll(): Promise<number> {
    let resumed = 0;
    let deferred = false;
    for (const record of this.deps.store.running()) {
      if (this.watching.has(record.id)) {
        continue;
      }
      if (watchedElsewhere(record, this.windowId, Date.now(), this.staleMs())) {
        deferred = true;
        continue;
      }
      const release = this.locks.tryAcquire(record.connection, record.clusterId);
      if (!release) {
        continue;
      }
      try {
        const client = await this.deps.clients.get(record.connection);
        const before = { scale: record.scaleBefore };
        void this.follow(record, client, { release, before, initialDelayMs: 1_000 }).catch((e: unknown) =>
          this.deps.log.error(e instanceof Error ? e : String(e)),
        );
        resumed += 1;
      } catch (e) {
        release();
        this.deps.log.warn(
          `Cannot resume following ${record.clusterName}: ${e instanceof Error ? e.message : String(e)}`,
        );
        await this.deps.store.update(record.id, {
          state: 'unknown',
          message: vscode.l10n.t('Could not follow the resize after the reload; check the cluster.'),
          endedAtMs: Date.now(),
        });
      }
    }
    if (deferred && !this.disposed) {
      this.scheduleRecheck();
    }
    return resumed;
  }

  private scheduleRecheck(): void {
    if (this.recheck) {
      return;
    }
    this.recheck = setTimeout(() => {
      this.recheck = undefined;
      void this.resumeAll();
    }, this.staleMs());
  }

  dispose(): void {
    this.disposed = true;
    if (this.recheck) {
      clearTimeout(this.recheck);
    }
    // Best effort while the window closes: give the operations up so that the next window takes
    // them over at once instead of waiting for this one's heartbeat to go stale.
    for (const id of this.watching.keys()) {
      void this.deps.store.update(id, { watcher: '' }).catch(() => undefined);
    }
    for (const c of this.watching.values()) {
      c.abort();
    }
  }
}
