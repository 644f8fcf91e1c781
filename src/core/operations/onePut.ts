// The one PUT of a plan and what its answer makes of the operation record: accepted (followed, or
// left open with follow: false), refused or never sent (the record ends, the error is thrown), a
// failure MRS said with its code on a 5xx or a 200 (refused once a reading shows no change), or a
// lost answer (the cluster is read once, never resent). Part of ResizeLifecycle, which has written
// the 'sending' record and holds the cluster's lock; following holds it from here to the end.
import { realSleep, systemClock, type Clock } from '../api/http';
import { isOutcomeUnknown } from '../api/errors';
import { errorMessage, isCancelled } from '../errors';
import type { HeldLock } from '../journal/ClusterLocks';
import type { ResizeOperationRecord } from '../journal/record';
import { moveTo, touch } from '../journal/transitions';
import { silentLogger } from '../log';
import { resizeStatusText } from '../model/labels';
import type { ReadyPlan } from '../plan/plan';
import { changeVisible, describeOperation } from '../plan/target';
import { callTemplate } from '../api/resizeCall';
import type { ClusterFacts } from '../resize/facts';
import type { Translate } from '../translate';
import type { ResizeClient } from './client';
import { ResizeRefusedError } from './errors';
import type { FollowRegistry } from './FollowRegistry';
import type { LifecycleDeps, SendOptions, SendResult } from './lifecycleTypes';
import { sendOnce, type Refusal } from './sendOnce';

export class OnePut {
  private readonly clock: Clock;
  private readonly t: Translate;

  constructor(
    private readonly following: FollowRegistry,
    private readonly deps: LifecycleDeps,
  ) {
    this.clock = deps.clock ?? systemClock;
    this.t = deps.t;
  }

  async run(
    client: ResizeClient,
    sending: ResizeOperationRecord,
    plan: ReadyPlan,
    lock: HeldLock,
    options: SendOptions,
  ): Promise<SendResult> {
    const logger = this.deps.logger ?? silentLogger;
    logger.info(
      `Resize ${sending.id}: ${callTemplate(plan.call.kind)} ${sending.clusterId} ${JSON.stringify(plan.call.body)}`,
    );
    const language = this.deps.language();
    const { signal } = options;
    const sent = await sendOnce({ client, clusterId: sending.clusterId, plan, signal, t: this.t, language }).catch(
      (e: unknown) => this.cancelledBeforeItLeft(sending, e),
    );
    if (sent.kind === 'failed') {
      return this.afterFailedAnswer(client, sending, sent, lock, options);
    }
    if (sent.kind === 'refused' || sent.kind === 'notSent') {
      return this.refused(sending, sent);
    }
    if (sent.kind === 'accepted' && sent.orderId !== undefined) {
      return this.ordered(sending, sent.orderId, sent.requestId);
    }
    if (sent.kind === 'accepted') {
      const message = this.t('MRS accepted the resize of {0}: {1}.', sending.clusterName, plan.change.text);
      const record = moveTo(sending, 'running', { message, requestId: sent.requestId }, this.clock());
      return this.afterAnswer(client, record, lock, 'accepted', options);
    }
    logger.warn(`Resize ${sending.id}: outcome unknown (${errorMessage(sent.error)}); re-reading the cluster`);
    return this.afterLostAnswer(client, sending, lock, options);
  }

  /**
   * A yearly/monthly group's expand: MRS created an order and nothing changes until it is paid in the
   * console. The record ends here, with the order id; the extension never pays it.
   */
  private async ordered(sending: ResizeOperationRecord, orderId: string, requestId: string | undefined) {
    const message = this.t(
      'Order created for {0}: pay order {1} in the console to start the resize ({2}). MRS Explorer never pays an order.',
      sending.clusterName,
      orderId,
      describeOperation(sending, this.t),
    );
    const record = moveTo(sending, 'ordered', { message, orderId, requestId }, this.clock());
    await this.following.save(record);
    this.deps.reporter.notify('warning', message, record);
    return { status: 'ordered' as const, operationId: record.id, message, orderId };
  }

  /**
   * Cancelled before the request left (Ctrl+C between the last check and the PUT): nothing was
   * sent, so the record ends as not sent instead of staying in 'sending'. Anything else rethrows
   * (a bug: the record stays 'sending', and the next reading settles it as unknown).
   */
  private async cancelledBeforeItLeft(sending: ResizeOperationRecord, e: unknown): Promise<never> {
    if (isCancelled(e) && !isOutcomeUnknown(e)) {
      const message = this.t('Cancelled before the request left; nothing was sent.');
      await this.following.save(moveTo(sending, 'notSent', { message }, this.clock()));
    }
    throw e;
  }

  private async refused(sending: ResizeOperationRecord, sent: Refusal): Promise<never> {
    const kind = sent.kind === 'notSent' ? 'notSent' : 'refused';
    const fields = { message: sent.message, errorCode: sent.explanation.code, errorInfo: sent.error.serverMessage };
    await this.following.save(moveTo(sending, kind, fields, this.clock()));
    throw new ResizeRefusedError(sent.message, sent.error, sent.explanation, sending.id);
  }

  /**
   * MRS said with its own code that the resize failed, on a 5xx or in a 200's `result`: read the
   * cluster once to be sure. No change (or no reading): refused. The change: followed, saying so.
   */
  private async afterFailedAnswer(
    client: ResizeClient,
    sending: ResizeOperationRecord,
    sent: Refusal,
    lock: HeldLock,
    options: SendOptions,
  ): Promise<SendResult> {
    const now = await this.reRead(client, sending.clusterId);
    if (!now || !changeVisible(sending.before, now, sending)) {
      return this.refused(sending, sent);
    }
    const message = this.t(
      'MRS answered the resize with an error ({0}), but the cluster now shows the change ({1}): it is followed.',
      sent.explanation.code ?? String(sent.error.status),
      resizeStatusText(now, this.t),
    );
    const fields = { message, changeSeen: true, errorCode: sent.explanation.code, errorInfo: sent.error.serverMessage };
    const record = moveTo(sending, 'running', fields, this.clock());
    return this.afterAnswer(client, record, lock, 'accepted', options);
  }

  /** The request may or may not have been applied: look at the cluster once, never resend. */
  private async afterLostAnswer(
    client: ResizeClient,
    sending: ResizeOperationRecord,
    lock: HeldLock,
    options: SendOptions,
  ): Promise<SendResult> {
    const now = await this.reRead(client, sending.clusterId);
    if (now && changeVisible(sending.before, now, sending)) {
      const message = this.t(
        'The answer to the resize request was lost, but the cluster now shows the change ({0}): the request was accepted.',
        resizeStatusText(now, this.t),
      );
      const record = moveTo(sending, 'running', { message, changeSeen: true }, this.clock());
      return this.afterAnswer(client, record, lock, 'accepted', options);
    }
    const message = this.t(
      'Outcome unknown: the answer to the resize request of {0} was lost and no change is seen on the cluster yet. It is followed until the cluster shows the change or its end; do not send it again meanwhile.',
      sending.clusterName,
    );
    const record = moveTo(sending, 'unknown', { message }, this.clock());
    const result = await this.afterAnswer(client, record, lock, 'unknown', options);
    this.deps.reporter.notify('warning', message, record);
    return result;
  }

  private async reRead(client: ResizeClient, clusterId: string): Promise<ClusterFacts | undefined> {
    try {
      await (this.deps.sleep ?? realSleep)(this.deps.reReadDelayMs ?? 3_000, undefined);
      return await client.getCluster(clusterId);
    } catch (e) {
      (this.deps.logger ?? silentLogger).warn(`Re-reading cluster ${clusterId} failed: ${errorMessage(e)}`);
      return undefined;
    }
  }

  /** MRS has the request: follow it here, or (follow: false) leave it active for a later reading. */
  private async afterAnswer(
    client: ResizeClient,
    record: ResizeOperationRecord,
    lock: HeldLock,
    status: 'accepted' | 'unknown',
    options: SendOptions,
  ): Promise<SendResult> {
    if (options.follow === false) {
      const left = touch(record, {}, null);
      await this.following.save(left);
      return { status, operationId: left.id, message: left.message ?? '' };
    }
    await this.following.save(record);
    this.following.begin(record, client, lock);
    this.deps.reporter.clusterChanged(record.connection, record.clusterId);
    return { status, operationId: record.id, message: record.message ?? '' };
  }
}
