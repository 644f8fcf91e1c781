// The resize rules about the cluster as a whole (resize doc 表9): billing, state, hosts, an unpaid
// order and an old version. They come before any rule about the node group or the count.
import type { ClusterRecord } from '../model';
import { resizeError, type Parsed, type ResizeRequest } from './resizeParams';

/**
 * The doc names no version for 12000067 ("集群版本太老"): the emulator refuses to scale out clusters
 * older than MRS 1.6.0. It is below 1.7.2, so the doc's "scale_without_start only from MRS 1.7.2" still matters.
 */
export const OLDEST_SCALABLE_VERSION: readonly number[] = [1, 6, 0];

/** `scale` values that mean a change is still running (§4.2); `scaling-error` and `scaled-up-success` are final. */
export function isScaleInProgress(scale: string): boolean {
  return scale !== '' && scale !== 'scaling-error' && scale !== 'scaled-up-success';
}

/** `[1, 5, 1]` from `MRS 1.5.1`; undefined when the version has no number. */
export function versionNumbers(version: string): number[] | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

export function isOlderThan(version: string, than: readonly number[]): boolean {
  const v = versionNumbers(version);
  if (!v) {
    return false;
  }
  const i = than.findIndex((n, k) => v[k] !== n);
  return i >= 0 && v[i] < than[i];
}

const fail = (code: string, msg: string): Parsed<never> => ({ ok: false, reply: resizeError(code, msg) });

/** 12000018 while a resize runs, then 12000017 unless the cluster is running (the v1.1 and v2 calls alike). */
export function checkRunning(c: ClusterRecord): Parsed<true> {
  if (c.clusterState === 'scaling-out' || c.clusterState === 'scaling-in' || isScaleInProgress(c.scale)) {
    return fail(
      '12000018',
      `The cluster is being scaled (state ${c.clusterState}, scale ${c.scale}); another scale-out or scale-in is not allowed.`,
    );
  }
  if (c.clusterState !== 'running') {
    return fail(
      '12000017',
      `The cluster is not in the running state (state: ${c.clusterState}); scale-out and scale-in are not allowed.`,
    );
  }
  return { ok: true, value: true };
}

function checkState(c: ClusterRecord): Parsed<true> {
  const running = checkRunning(c);
  if (!running.ok) {
    return running;
  }
  if (c.hosts.some((h) => h.status !== 'ACTIVE')) {
    return fail('12000068', 'Some nodes of the cluster are not running. Try again later.');
  }
  return { ok: true, value: true };
}

/** Both codes say "不允许扩容" (no scale-out): a scale-in of such a cluster is accepted. */
export function checkScaleOut(c: ClusterRecord): Parsed<true> {
  if (c.unpaidOrderId !== undefined) {
    return fail(
      '12000121',
      `The cluster has an unpaid order (${c.unpaidOrderId}); pay for it before scaling out the cluster.`,
    );
  }
  if (isOlderThan(c.clusterVersion, OLDEST_SCALABLE_VERSION)) {
    return fail(
      '12000067',
      `The cluster version (${c.clusterVersion}) is too old to be scaled out; upgrade to the latest version.`,
    );
  }
  return { ok: true, value: true };
}

/** 12000065, 12000018, 12000017, 12000068, then for a scale-out 12000121 and 12000067. */
export function checkCluster(c: ClusterRecord, req: ResizeRequest): Parsed<true> {
  if (c.yearlyMonthly) {
    return fail('12000065', 'Yearly/monthly clusters cannot be scaled out or in.');
  }
  const state = checkState(c);
  if (!state.ok || req.scaleType === 'scale_in') {
    return state;
  }
  return checkScaleOut(c);
}
