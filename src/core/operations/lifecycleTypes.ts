// The shapes the lifecycle takes and gives: its dependencies, a way in's confirmation policy, the
// options of a send and its result.
import type { Clock, Sleep } from '../api/http';
import type { CatalogLanguage } from '../api/catalogEntry';
import type { ClusterLocks } from '../journal/ClusterLocks';
import type { OperationHistory } from '../journal/OperationHistory';
import type { ResizeOperationRecord } from '../journal/record';
import type { Logger } from '../log';
import type { ResizeConfirmation } from '../plan/confirmation';
import type { QuotaReads } from '../quota/reader';
import type { Translate } from '../translate';
import type { ResizeClient } from './client';
import type { WindowIdentity } from './handover';

/** What the host (VS Code, the CLI) shows while and after an operation is followed. */
export interface FollowReporter {
  /** Shows progress while `run` runs; `stop` ends following (never the resize). */
  following<T>(
    record: ResizeOperationRecord,
    title: string,
    stop: () => void,
    run: (report: (line: string) => void) => Promise<T>,
  ): Promise<T>;
  /** A result to tell the user: the command that started the resize has long returned. */
  notify(kind: 'info' | 'warning' | 'error', message: string, record: ResizeOperationRecord): void;
  /** The cluster changed: views re-read it. */
  clusterChanged(connection: string, clusterId: string): void;
}

export interface FollowDeps {
  readonly history: OperationHistory;
  /** The cluster locks of the shared journal (one per cluster across every process). */
  readonly locks: ClusterLocks;
  readonly clientFor: (connection: string) => Promise<ResizeClient>;
  readonly reporter: FollowReporter;
  readonly t: Translate;
  readonly language: () => CatalogLanguage;
  readonly followSettings: () => { readonly intervalMs: number; readonly timeoutMs: number };
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly initialDelayMs?: number;
  readonly graceMs?: number;
}

/** How a way in confirms: asked once per resize; false (or a CancelledError) sends nothing. */
export type ConfirmPolicy = (confirmation: ResizeConfirmation) => Promise<boolean>;

export interface LifecycleDeps extends FollowDeps {
  /**
   * The quota reads of a connection (ECS, EVS, VPC), cached per connection by the composition root
   * (quota/reader.ts CachedQuotaReads): the plan of a scale-out reads them beside the cluster.
   */
  readonly quotaFor: (connection: string) => Promise<QuotaReads>;
  /** This process; default a new id and this pid. */
  readonly me?: WindowIdentity;
  readonly isAlive?: (pid: number) => boolean;
  readonly newId?: () => string;
  /** Pause before re-reading the cluster after a lost answer. Default 3 s. */
  readonly reReadDelayMs?: number;
}

export interface SendOptions {
  /** Cancels until the PUT leaves; while it is on the wire the outcome is then re-read. */
  readonly signal?: AbortSignal;
  /**
   * False (`mrs-resize apply --no-follow`): return once MRS answered; the record stays active
   * without a follower, so the cluster stays busy until a later reading (any window, the next run)
   * sees the end. Default true.
   */
  readonly follow?: boolean;
}

export interface SendResult {
  /**
   * 'unknown': the answer was lost and the cluster shows no change yet (it is followed). 'ordered': a
   * yearly/monthly group's expand created an order to pay in the console (nothing is followed).
   */
  readonly status: 'accepted' | 'unknown' | 'ordered';
  /** The order to pay, for 'ordered'. */
  readonly orderId?: string;
  readonly operationId: string;
  /** One translated sentence for the user. */
  readonly message: string;
}

export type StartResult = { readonly status: 'declined' } | SendResult;
