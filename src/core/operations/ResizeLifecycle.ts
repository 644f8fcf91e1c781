// The one owner of a resize, whatever the way in (palette, form, request file, CLI). A way in asks
// it for a plan (prepare), shows the plan in its own way, confirms by its own policy and hands the
// plan back (send). send() takes the cluster's lock, shared by every process of this user
// (journal/ClusterLocks.ts), reads the journal again and the cluster again, refuses a stale plan,
// writes the record, sends the PUT exactly once and follows the cluster to the end, holding the
// lock until then. After the PUT has left, no local failure changes the outcome: a record that
// cannot be written stays in memory and following goes on. The write path is drawn in
// docs/ARCHITECTURE.md.
import { randomUUID } from 'node:crypto';
import { throwIfCancelled } from '../api/abort';
import { systemClock, type Clock } from '../api/http';
import { CancelledError } from '../errors';
import type { HeldLock } from '../journal/ClusterLocks';
import { isActive, newOperationRecord, type ResizeOperationRecord } from '../journal/record';
import { moveTo } from '../journal/transitions';
import type { ClusterFacts } from '../resize/facts';
import { isReady, planErrors, type ReadyPlan, type RefusedPlan, type ResizeOrder, type ResizePlan } from '../plan/plan';
import { preparePlan } from '../plan/preparePlan';
import { readCluster } from '../plan/readCluster';
import { staleReasons } from '../plan/stale';
import type { Translate } from '../translate';
import { journalBusyText, lockBusyText } from './busy';
import { PlanStaleError, ResizeBusyError, ResizePreflightError } from './errors';
import { FollowRegistry } from './FollowRegistry';
import type { ConfirmPolicy, LifecycleDeps, SendOptions, SendResult, StartResult } from './lifecycleTypes';
import { OnePut } from './onePut';
import { Resumption } from './resume';
import { processAlive } from '../journal/ClusterLocks';

export type { ConfirmPolicy, LifecycleDeps, SendOptions, SendResult, StartResult } from './lifecycleTypes';

/** The nodes a scale-in names: `server_ids` of the v1.1 PUT, `resource_ids` of the v2 shrink. */
function chosenIdsOf(plan: ReadyPlan): readonly string[] | undefined {
  const { call } = plan;
  return call.kind === 'v1.1'
    ? call.body.parameters.server_ids
    : call.kind === 'shrink'
      ? call.body.resource_ids
      : undefined;
}

export class ResizeLifecycle {
  private readonly following: FollowRegistry;
  private readonly resumption: Resumption;
  private readonly onePut: OnePut;
  private readonly clock: Clock;
  private readonly t: Translate;

  constructor(private readonly deps: LifecycleDeps) {
    this.clock = deps.clock ?? systemClock;
    this.t = deps.t;
    const me = deps.me ?? { window: randomUUID(), pid: process.pid };
    const registryDeps = { ...deps, me, isAlive: deps.isAlive ?? processAlive };
    this.following = new FollowRegistry(registryDeps);
    this.resumption = new Resumption(this.following, registryDeps);
    this.onePut = new OnePut(this.following, deps);
  }

  /**
   * Why a resize of this cluster cannot start now, naming who is at it, or undefined. As far as
   * this process knows (its locks, the journal it last read): for a picker that must answer at once.
   */
  knownBusy(clusterId: string, clusterName?: string): string | undefined {
    const name = clusterName ?? clusterId;
    if (this.deps.locks.holdsHere(clusterId)) {
      return lockBusyText('here', name, this.t);
    }
    const open = this.deps.history.busyWith(clusterId);
    // Without looking at the lock, only a record without a follower is known to be followed by nobody.
    const nobody = open !== undefined && !('follower' in open && open.follower !== undefined);
    return open && journalBusyText(open, name, this.deps.history.folder, this.t, nobody);
  }

  /** The one busy check: the cluster's lock on disk (any process), then the journal. */
  async busyReason(clusterId: string, clusterName?: string): Promise<string | undefined> {
    const locked = await this.lockReason(clusterId, clusterName);
    if (locked !== undefined) {
      return locked;
    }
    // The lock is free: a record the journal still has open is followed by nobody now.
    const open = this.deps.history.busyWith(clusterId);
    return open && journalBusyText(open, clusterName ?? clusterId, this.deps.history.folder, this.t, true);
  }

  /** Who holds the cluster's lock (any process, this one included), in a sentence; undefined when nobody. */
  async lockReason(clusterId: string, clusterName?: string): Promise<string | undefined> {
    const holder = await this.deps.locks.holder(clusterId);
    return holder === undefined ? undefined : lockBusyText(holder, clusterName ?? clusterId, this.t);
  }

  /**
   * The plan of an order, on one fresh reading of the cluster: ready, or refused with every problem.
   * @throws MrsApiError (reading the cluster), CancelledError.
   */
  async prepare(order: ResizeOrder, signal?: AbortSignal): Promise<ResizePlan> {
    this.throwIfClosing();
    const [client, quota] = await Promise.all([
      this.deps.clientFor(order.connection),
      this.deps.quotaFor(order.connection),
    ]);
    const busy = (id: string, name: string) => this.busyReason(id, name);
    return preparePlan(client, order, { t: this.t, nowMs: this.clock(), signal, busy, quota });
  }

  /**
   * prepare, the way in's confirmation, send: for the ways in whose confirmation is the showing of
   * the plan (the palette's summary, the form, a request file).
   * @throws ResizePreflightError or ResizeBusyError (refused plan), and as {@link send}.
   */
  async start(order: ResizeOrder, confirm: ConfirmPolicy, signal?: AbortSignal): Promise<StartResult> {
    const plan = await this.prepare(order, signal);
    if (!isReady(plan)) {
      throw this.refusal(plan);
    }
    if (!(await confirm(plan.confirmation))) {
      return { status: 'declined' };
    }
    return this.send(plan, { signal });
  }

  /** The error of a refused plan: busy when a resize is under way, else the rules' errors. */
  refusal(plan: RefusedPlan): ResizeBusyError | ResizePreflightError {
    const errors = planErrors(plan);
    const busy = errors.find((p) => p.code === 'cluster.busy');
    if (busy) {
      return new ResizeBusyError(busy.message, plan.connection, plan.clusterId);
    }
    const message = this.t('The resize cannot be sent: {0}', errors.map((p) => p.message).join(' '));
    return new ResizePreflightError(message, plan);
  }

  /**
   * Sends a ready plan exactly once, if it still holds, then follows the cluster.
   * @throws ResizeBusyError (the lock or the journal), PlanStaleError (nothing sent),
   *   ResizeRefusedError (MRS refused, or the request never left), CancelledError (before sending,
   *   or the process is ending), MrsApiError (the reading before the PUT), JournalReadError.
   */
  async send(plan: ReadyPlan, options: SendOptions = {}): Promise<SendResult> {
    this.throwIfClosing();
    const taken = await this.deps.locks.acquire(plan.clusterId);
    if (!taken.ok) {
      throw new ResizeBusyError(lockBusyText(taken.holder, plan.clusterName, this.t), plan.connection, plan.clusterId);
    }
    const lock = taken.lock;
    try {
      const { client, reading } = await this.checkUnderLock(plan, lock, options.signal);
      const record = await this.recordSending(plan, reading);
      return await this.onePut.run(client, record, plan, lock, options);
    } finally {
      // Following holds the lock until the end; anything else frees the cluster now.
      if (!this.following.holds(lock)) {
        lock.release();
      }
    }
  }

  /** A closing window would send the PUT and then never follow it. */
  private throwIfClosing(): void {
    if (this.following.closed) {
      throw new CancelledError('The window is closing; nothing was sent.');
    }
  }

  /** Under the lock, right before the PUT: the journal again, the cluster again, the lock still ours. */
  private async checkUnderLock(plan: ReadyPlan, lock: HeldLock, signal: AbortSignal | undefined) {
    await this.deps.history.reload();
    const open = this.deps.history.busyWith(plan.clusterId);
    if (open) {
      const message = journalBusyText(open, plan.clusterName, this.deps.history.folder, this.t, true);
      throw new ResizeBusyError(message, plan.connection, plan.clusterId);
    }
    const client = await this.deps.clientFor(plan.connection);
    const reading = await readCluster(client, plan.clusterId, { signal });
    const reasons = staleReasons(plan, reading, this.t);
    if (reasons.length > 0) {
      throw new PlanStaleError(this.t('The plan no longer holds; nothing was sent. {0}', reasons.join(' ')), reasons);
    }
    throwIfCancelled(signal);
    if (!(await lock.stillHeld())) {
      throw new ResizeBusyError(
        this.t('Another process took the lock of cluster {0} over; nothing was sent.', plan.clusterName),
        plan.connection,
        plan.clusterId,
      );
    }
    return { client, reading };
  }

  /** Durable before the request leaves: a process that dies while it is on the wire still left a trace. */
  private async recordSending(plan: ReadyPlan, reading: { facts: ClusterFacts }): Promise<ResizeOperationRecord> {
    const { scale, stageDesc, errorInfo } = reading.facts;
    const before = Object.fromEntries(
      Object.entries({ scale, stageDesc, errorInfo }).filter(([, v]) => v !== undefined),
    );
    const record = newOperationRecord({
      id: (this.deps.newId ?? randomUUID)(),
      wayIn: plan.wayIn,
      connection: plan.connection,
      target: plan.target,
      serverIds: chosenIdsOf(plan),
      call: plan.call.kind,
      startedAtMs: this.clock(),
      before,
      follower: this.following.heartbeat(),
      message: this.t('Sending the resize request…'),
    });
    try {
      await this.deps.history.put(record);
    } catch (e) {
      // Nothing was sent: a record that reached the disk (say, before a failed sync of its folder) goes again.
      await this.deps.history.discard(record.id).catch(() => undefined);
      throw e;
    }
    return record;
  }

  /** The record once following ends here (at once when this process does not follow it). */
  whenEnded(id: string): Promise<ResizeOperationRecord | undefined> {
    return this.following.whenEnded(id);
  }

  /** Follows again every active operation (of the clusters `only` accepts) that no living process follows. */
  resumeAll(only?: (r: ResizeOperationRecord) => boolean): Promise<number> {
    return this.resumption.resumeAll(only);
  }

  /** resumeAll in a moment: another process changed the journal (it may have left an operation for us). */
  resumeSoon(): void {
    this.resumption.resumeSoon();
  }

  isFollowing(id: string): boolean {
    return this.following.has(id);
  }

  /**
   * An operation nobody follows (its process is gone and none here can read its cluster): the
   * user marks it not followed, so that the journal no longer counts its cluster busy. Taken with
   * the cluster's lock, on the journal read again.
   * @throws ResizeBusyError when a living process follows it after all.
   */
  async markNotFollowed(id: string): Promise<void> {
    const record = this.deps.history.get(id);
    if (!record) {
      return;
    }
    const taken = await this.deps.locks.acquire(record.clusterId);
    if (!taken.ok) {
      throw new ResizeBusyError(
        lockBusyText(taken.holder, record.clusterName, this.t),
        record.connection,
        record.clusterId,
      );
    }
    try {
      await this.deps.history.reload();
      const current = this.deps.history.get(id);
      if (current && isActive(current)) {
        const message = this.t(
          'Marked not followed: nobody was following this resize. MRS may still be resizing {0}; check it in the console.',
          current.clusterName,
        );
        await this.following.save(moveTo(current, 'stopped', { message }, this.clock()));
      }
    } finally {
      taken.lock.release();
    }
  }

  /** "Stop Following": ends following here, never the resize. False when this process does not follow it. */
  stopFollowing(id: string): boolean {
    return this.following.stop(id);
  }

  /** The process ends: operations are given up at once (synchronously) and their clusters freed. */
  dispose(): void {
    this.resumption.dispose();
    this.following.dispose();
    this.deps.locks.releaseAll();
  }
}
