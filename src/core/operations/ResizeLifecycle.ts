// The one owner of a resize, whatever the way in (palette, form, request file, CLI): it holds the
// cluster's lock from the pre-flight until following ends, writes every move of the operation
// record (transitions.ts) to the journal, sends the PUT exactly once, follows the cluster to the
// end, and resumes or hands over operations between windows. A way in passes only its
// confirmation policy; the VS Code side (or the CLI) passes a FollowReporter for progress and
// messages. The state machine is drawn in docs/ARCHITECTURE.md.
import { randomUUID } from 'node:crypto';
import { throwIfCancelled } from '../api/abort';
import { realSleep, systemClock, type Clock } from '../api/http';
import { CancelledError, errorMessage } from '../errors';
import { silentLogger } from '../log';
import { resizeStatusText } from '../model/labels';
import type { ResizeDraft } from '../resize/types';
import type { Translate } from '../translate';
import type { ResizeConfirmation } from './confirmation';
import { ResizeBusyError, ResizeRefusedError } from './errors';
import { Following, type FollowDeps } from './Following';
import { processAlive, type WindowIdentity } from './handover';
import { ResizeLocks } from './locks';
import { preflight, type ResizeClient, type ResizePlan } from './preflight';
import { newOperationRecord, type ResizeOperationRecord } from './record';
import { sendOnce } from './sendOnce';
import { changeVisible, type ClusterBefore } from './target';
import { moveTo } from './transitions';

/** How a way in confirms: asked once per resize; false (or a CancelledError) sends nothing. */
export type ConfirmPolicy = (confirmation: ResizeConfirmation) => Promise<boolean>;

export interface LifecycleDeps extends FollowDeps {
  /** This window; default a new id and this process. */
  readonly me?: WindowIdentity;
  readonly isAlive?: (pid: number) => boolean;
  readonly newId?: () => string;
  /** Pause before re-reading the cluster after a lost answer. Default 3 s. */
  readonly reReadDelayMs?: number;
}

export interface ResizeRequest {
  readonly connection: string;
  readonly clusterId: string;
  /** For the busy message, before the details are read. */
  readonly clusterName?: string;
  readonly draft: ResizeDraft;
  readonly confirm: ConfirmPolicy;
  /** Cancels the pre-flight, or the PUT while it is on the wire (then the outcome is re-read). */
  readonly signal?: AbortSignal;
}

export type StartResult =
  | { readonly status: 'declined' }
  | {
      /** 'unknown': the answer was lost and the cluster shows no change yet (it is followed). */
      readonly status: 'accepted' | 'unknown';
      readonly operationId: string;
      /** One translated sentence for the user. */
      readonly message: string;
    };

export class ResizeLifecycle {
  private readonly locks = new ResizeLocks();
  private readonly following: Following;
  private readonly clock: Clock;
  private readonly t: Translate;

  constructor(private readonly deps: LifecycleDeps) {
    this.clock = deps.clock ?? systemClock;
    this.t = deps.t;
    const me = deps.me ?? { window: randomUUID(), pid: process.pid };
    this.following = new Following({ ...deps, me, isAlive: deps.isAlive ?? processAlive, locks: this.locks });
  }

  /** Why a resize of this cluster cannot start now (one is being sent or followed), or undefined. */
  busyMessage(clusterId: string, clusterName?: string): string | undefined {
    const active = this.deps.history.active().find((r) => r.clusterId === clusterId);
    if (!this.locks.isLocked(clusterId) && !active) {
      return undefined;
    }
    const name = clusterName ?? active?.clusterName ?? clusterId;
    return this.t('A resize of cluster {0} is already being sent or followed; wait until it ends.', name);
  }

  /**
   * Pre-flight, the way in's confirmation, one PUT; then following goes on in the background.
   * @throws ResizeBusyError, ResizePreflightError (nothing sent), ResizeRefusedError (MRS refused or
   *   the request never left), CancelledError (before sending, or the window is closing), MrsApiError
   *   (pre-flight reads).
   */
  async start(request: ResizeRequest): Promise<StartResult> {
    if (this.following.closed) {
      // A closing window would send the PUT and then never follow it.
      throw new CancelledError('The window is closing; nothing was sent.');
    }
    const busy = this.busyMessage(request.clusterId, request.clusterName);
    const release = busy === undefined ? this.locks.tryAcquire(request.clusterId) : undefined;
    if (!release) {
      throw new ResizeBusyError(busy ?? '', request.connection, request.clusterId);
    }
    let record: ResizeOperationRecord | undefined;
    try {
      const client = await this.deps.clientFor(request.connection);
      const plan = await preflight(client, request, this.t);
      if (!(await request.confirm(plan.confirmation))) {
        return { status: 'declined' };
      }
      throwIfCancelled(request.signal);
      record = await this.recordSending(request, plan);
      return await this.send(client, record, plan, request.signal, release);
    } finally {
      // Once following has begun, it holds the lock until the end.
      if (!record || !this.following.has(record.id)) {
        release();
      }
    }
  }

  /** Durable before the request leaves: a reload while it is on the wire still knows about it. */
  private async recordSending(request: ResizeRequest, plan: ResizePlan): Promise<ResizeOperationRecord> {
    const record = newOperationRecord({
      id: (this.deps.newId ?? randomUUID)(),
      connection: request.connection,
      target: plan.target,
      serverIds: plan.body.parameters.server_ids,
      startedAtMs: this.clock(),
      before: beforeOf(plan.cluster),
      follower: this.following.heartbeat(),
      message: this.t('Sending the resize request…'),
    });
    await this.deps.history.put(record);
    return record;
  }

  private async send(
    client: ResizeClient,
    sending: ResizeOperationRecord,
    plan: ResizePlan,
    signal: AbortSignal | undefined,
    release: () => void,
  ): Promise<StartResult> {
    const logger = this.deps.logger ?? silentLogger;
    logger.info(`Resize ${sending.id}: PUT ${sending.clusterId} ${JSON.stringify(plan.body)}`);
    const language = this.deps.language();
    const sent = await sendOnce({ client, clusterId: sending.clusterId, plan, signal, t: this.t, language });
    if (sent.kind === 'refused' || sent.kind === 'notSent') {
      const fields = { message: sent.message, errorCode: sent.explanation.code, errorInfo: sent.error.serverMessage };
      await this.deps.history.put(moveTo(sending, sent.kind, fields, this.clock()));
      throw new ResizeRefusedError(sent.message, sent.error, sent.explanation, sending.id);
    }
    if (sent.kind === 'accepted') {
      const message = this.t(
        'MRS accepted the resize of {0}: {1}.',
        sending.clusterName,
        plan.confirmation.change.text,
      );
      const record = moveTo(sending, 'running', { message, requestId: sent.requestId }, this.clock());
      return this.startFollowing(client, record, release, 'accepted');
    }
    logger.warn(`Resize ${sending.id}: outcome unknown (${errorMessage(sent.error)}); re-reading the cluster`);
    return this.afterLostAnswer(client, sending, plan, release);
  }

  /** The request may or may not have been applied: look at the cluster once, never resend. */
  private async afterLostAnswer(
    client: ResizeClient,
    sending: ResizeOperationRecord,
    plan: ResizePlan,
    release: () => void,
  ): Promise<StartResult> {
    const now = await this.reRead(client, sending.clusterId);
    if (now && changeVisible(plan.cluster, now, plan.target)) {
      const message = this.t(
        'The answer to the resize request was lost, but the cluster now shows the change ({0}): the request was accepted.',
        resizeStatusText(now, this.t),
      );
      const record = moveTo(sending, 'running', { message, changeSeen: true }, this.clock());
      return this.startFollowing(client, record, release, 'accepted');
    }
    const message = this.t(
      'The answer to the resize request of {0} was lost and no change is seen on the cluster yet. It is followed until the cluster tells; do not send it again meanwhile.',
      sending.clusterName,
    );
    const record = moveTo(sending, 'unknown', { message }, this.clock());
    const result = await this.startFollowing(client, record, release, 'unknown');
    this.deps.reporter.notify('warning', message, record);
    return result;
  }

  private async reRead(client: ResizeClient, clusterId: string): Promise<ResizePlan['cluster'] | undefined> {
    try {
      await (this.deps.sleep ?? realSleep)(this.deps.reReadDelayMs ?? 3_000, undefined);
      return await client.getCluster(clusterId);
    } catch (e) {
      (this.deps.logger ?? silentLogger).warn(`Re-reading cluster ${clusterId} failed: ${errorMessage(e)}`);
      return undefined;
    }
  }

  private async startFollowing(
    client: ResizeClient,
    record: ResizeOperationRecord,
    release: () => void,
    status: 'accepted' | 'unknown',
  ): Promise<StartResult> {
    await this.deps.history.put(record);
    this.following.begin(record, client, release);
    this.deps.reporter.clusterChanged(record.connection, record.clusterId);
    return { status, operationId: record.id, message: record.message ?? '' };
  }

  /** Follows again every active operation that no living window follows (after a reload). */
  resumeAll(): Promise<number> {
    return this.following.resumeAll();
  }

  isFollowing(id: string): boolean {
    return this.following.has(id);
  }

  /** "Stop Following": ends following here, never the resize. False when this window does not follow it. */
  stopFollowing(id: string): boolean {
    return this.following.stop(id);
  }

  /** The window closes: operations are given up at once (synchronously) for the next window. */
  dispose(): void {
    this.following.dispose();
  }
}

function beforeOf(cluster: ResizePlan['cluster']): ClusterBefore {
  const { scale, stageDesc, errorInfo } = cluster;
  return Object.fromEntries(Object.entries({ scale, stageDesc, errorInfo }).filter(([, v]) => v !== undefined));
}
