// One resize, whatever the way in (form, palette, request file): lock the cluster, pre-flight with
// fresh details and the rules, ask for confirmation, PUT exactly once. An ambiguous failure
// (timeout, reset, 5xx, cancel after sending) is answered by re-reading the cluster, never by resending.
import { randomUUID } from 'node:crypto';
import { throwIfCancelled } from '../api/abort';
import { explainError } from '../api/catalog';
import type { CatalogLanguage } from '../api/catalogEntry';
import { isMrsApiError, isOutcomeUnknown } from '../api/errors';
import { realSleep, systemClock, type Clock, type Sleep } from '../api/http';
import type { MrsClient } from '../api/MrsClient';
import type { ResizeRequestDto } from '../api/wire';
import { silentLogger, type Logger } from '../log';
import type { Cluster } from '../model/cluster';
import { checkResize } from '../resize/rules';
import type { ResizeDraft } from '../resize/types';
import type { Translate } from '../../shared/translate';
import { buildConfirmation, type ConfirmResize, type ResizeConfirmation } from './confirmation';
import { ResizeBusyError, ResizePreflightError, ResizeRefusedError } from './errors';
import type { ReleaseLock, ResizeLocks } from './locks';
import { newOperationRecord, updateRecord, type NewRecordInit, type ResizeOperationRecord } from './record';
import { changeVisible, type ResizeTarget } from './target';

export type ResizeClient = Pick<MrsClient, 'getCluster' | 'listHosts' | 'resize'>;

export interface ResizeOperationDeps {
  readonly client: ResizeClient;
  readonly confirm: ConfirmResize;
  readonly locks: ResizeLocks;
  readonly t: Translate;
  /** Language of the catalog explanation of a refusal. Default 'en'. */
  readonly language?: CatalogLanguage;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly newId?: () => string;
  /** Pause before re-reading the cluster after an ambiguous failure. Default 3 s. */
  readonly reReadDelayMs?: number;
  /**
   * Called with a 'running' record just before the PUT leaves, so that the caller can persist it:
   * a reload while the request is on the wire then still knows about it. Throwing sends nothing.
   */
  readonly beforeSend?: (record: ResizeOperationRecord) => Promise<void>;
}

export interface ResizeAttempt {
  readonly connection: string;
  readonly clusterId: string;
  readonly draft: ResizeDraft;
  /** Cancels the pre-flight, or the PUT while it is on the wire (then the outcome is re-read). */
  readonly signal?: AbortSignal;
  /** For the busy message only, before the details are read. */
  readonly clusterName?: string;
}

export interface ResizeDeclined {
  readonly status: 'declined';
}

/** The PUT left: accepted (answered, or seen on re-read), or unknown. The caller now owns the lock. */
export interface ResizeSent {
  readonly status: 'accepted' | 'unknown';
  /** 'response': MRS answered 200. 'reRead': the answer was lost but the cluster shows the change. */
  readonly via: 'response' | 'reRead' | 'none';
  readonly record: ResizeOperationRecord;
  readonly target: ResizeTarget;
  /** One translated sentence for the user. */
  readonly message: string;
  /** The pre-flight reading: pass it to watchResize as `before`. */
  readonly before: Cluster;
  /** Free the cluster for the next resize once following has ended (idempotent). */
  readonly release: ReleaseLock;
  /** The ambiguous error, when there was one. */
  readonly error?: unknown;
}

export type ResizeOutcome = ResizeDeclined | ResizeSent;

interface Plan {
  readonly cluster: Cluster;
  readonly target: ResizeTarget;
  readonly body: ResizeRequestDto;
  readonly confirmation: ResizeConfirmation;
}

export class ResizeOperation {
  private readonly logger: Logger;

  constructor(private readonly deps: ResizeOperationDeps) {
    this.logger = deps.logger ?? silentLogger;
  }

  /**
   * Runs one resize up to the accepted request (following it is watchResize's job).
   * @returns 'declined' (nothing sent), or what is known after sending.
   * @throws ResizeBusyError (another resize of the cluster in this window), ResizePreflightError
   *   (state or rules refuse; nothing sent), ResizeRefusedError (MRS refused the PUT), CancelledError
   *   (cancelled before sending), MrsApiError (the pre-flight reads failed).
   */
  async run(attempt: ResizeAttempt): Promise<ResizeOutcome> {
    const release = this.deps.locks.tryAcquire(attempt.connection, attempt.clusterId);
    if (!release) {
      throw this.busy(attempt);
    }
    let handedOver = false;
    try {
      const plan = await this.preflight(attempt);
      if (!(await this.deps.confirm(plan.confirmation))) {
        return { status: 'declined' };
      }
      throwIfCancelled(attempt.signal);
      const outcome = await this.send(attempt, plan, release);
      handedOver = true;
      return outcome;
    } finally {
      if (!handedOver) {
        release();
      }
    }
  }

  private busy(attempt: ResizeAttempt): ResizeBusyError {
    const name = attempt.clusterName ?? attempt.clusterId;
    const message = this.deps.t(
      'A resize of cluster {0} is already being sent or followed in this window; wait until it ends.',
      name,
    );
    return new ResizeBusyError(message, attempt.connection, attempt.clusterId);
  }

  private async preflight(attempt: ResizeAttempt): Promise<Plan> {
    const { client, t } = this.deps;
    const options = { signal: attempt.signal };
    const cluster = await client.getCluster(attempt.clusterId, options);
    const hosts =
      (attempt.draft.serverIds?.length ?? 0) > 0 ? await client.listHosts(attempt.clusterId, options) : undefined;
    const check = checkResize({ cluster, hosts, draft: attempt.draft }, t);
    if (!check.body || !check.group || !check.change) {
      const errors = check.diagnostics.filter((d) => d.severity === 'error');
      const ordered = [...errors, ...check.diagnostics.filter((d) => d.severity !== 'error')];
      throw new ResizePreflightError(
        t('The resize cannot be sent: {0}', errors.map((d) => d.message).join(' ')),
        ordered,
        cluster,
      );
    }
    const { group, change, body } = check;
    const target: ResizeTarget = {
      clusterId: attempt.clusterId,
      clusterName: cluster.name,
      groupName: group.name,
      role: group.role,
      scaleType: body.parameters.scale_type,
      from: change.from,
      to: change.to,
    };
    const input = {
      connection: attempt.connection,
      cluster,
      hosts,
      target,
      change,
      body,
      diagnostics: check.diagnostics,
    };
    return { cluster, target, body, confirmation: buildConfirmation(input, t) };
  }

  private async send(attempt: ResizeAttempt, plan: Plan, release: ReleaseLock): Promise<ResizeSent> {
    const base: NewRecordInit = {
      id: (this.deps.newId ?? defaultId)(),
      connection: attempt.connection,
      target: plan.target,
      serverIds: plan.body.parameters.server_ids,
      startedAtMs: (this.deps.clock ?? systemClock)(),
      scaleBefore: plan.cluster.scale,
    };
    await this.deps.beforeSend?.(newOperationRecord({ ...base, message: this.deps.t('Sending the resize request…') }));
    this.logger.info(`Resize ${base.id}: PUT ${attempt.clusterId} ${JSON.stringify(plan.body)}`);
    try {
      const accepted = await this.deps.client.resize(attempt.clusterId, plan.body, { signal: attempt.signal });
      const message = this.deps.t(
        'MRS accepted the resize of {0}: {1}.',
        plan.target.clusterName,
        plan.confirmation.change.text,
      );
      const record = newOperationRecord({ ...base, message, requestId: accepted.requestId });
      return {
        status: 'accepted',
        via: 'response',
        record,
        target: plan.target,
        message,
        before: plan.cluster,
        release,
      };
    } catch (e) {
      if (isOutcomeUnknown(e)) {
        return this.afterAmbiguous(attempt, plan, base, release, e);
      }
      throw this.refusal(e, base);
    }
  }

  /** The request may or may not have been applied: look at the cluster once, never resend. */
  private async afterAmbiguous(
    attempt: ResizeAttempt,
    plan: Plan,
    base: NewRecordInit,
    release: ReleaseLock,
    error: unknown,
  ): Promise<ResizeSent> {
    const { t } = this.deps;
    this.logger.warn(
      `Resize ${base.id}: outcome unknown (${error instanceof Error ? error.message : String(error)}); re-reading the cluster`,
    );
    const now = await this.reRead(attempt.clusterId);
    const common = { target: plan.target, before: plan.cluster, release, error };
    if (now && changeVisible(plan.cluster, now, plan.target)) {
      const message = t(
        'The answer to the resize request was lost, but the cluster now shows the change ({0}): the request was accepted.',
        now.scale ?? now.stateText,
      );
      return {
        ...common,
        status: 'accepted',
        via: 'reRead',
        message,
        record: newOperationRecord({ ...base, message }),
      };
    }
    const message = t(
      'The answer to the resize request was lost and no change is seen on the cluster: check the cluster before retrying.',
    );
    return {
      ...common,
      status: 'unknown',
      via: 'none',
      message,
      record: newOperationRecord({ ...base, state: 'unknown', message }),
    };
  }

  private async reRead(clusterId: string): Promise<Cluster | undefined> {
    try {
      await (this.deps.sleep ?? realSleep)(this.deps.reReadDelayMs ?? 3_000, undefined);
      return await this.deps.client.getCluster(clusterId);
    } catch (e) {
      this.logger.warn(
        `Re-reading cluster ${clusterId} after an ambiguous resize failed: ${e instanceof Error ? e.message : String(e)}`,
      );
      return undefined;
    }
  }

  /** An API refusal as a ResizeRefusedError with the catalog's explanation; anything else as is. */
  private refusal(e: unknown, base: NewRecordInit): unknown {
    if (!isMrsApiError(e)) {
      return e;
    }
    const explanation = explainError(e, this.deps.language ?? 'en');
    const code = explanation.code ?? String(e.status ?? e.kind);
    const reason = explanation.byCode ? explanation.explanation : e.message;
    // A network error on the PUT means the request never left (a lost answer is 'outcomeUnknown').
    const message =
      e.kind === 'network'
        ? this.deps.t('The resize request could not be sent ({0}): {1} {2}', code, reason, explanation.hint)
        : this.deps.t('MRS refused the resize ({0}): {1} {2}', code, reason, explanation.hint);
    const endedAtMs = (this.deps.clock ?? systemClock)();
    const record = updateRecord(newOperationRecord(base), { state: 'failed', message, endedAtMs });
    return new ResizeRefusedError(message.trim(), e, explanation, record);
  }
}

function defaultId(): string {
  return randomUUID();
}
