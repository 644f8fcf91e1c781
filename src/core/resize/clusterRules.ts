// Rules about the cluster as a whole and the two switches (skip bootstrap, scale without start).
import type { Translate } from '../translate';
import { hasScaleError, isScaling, isYearlyMonthly } from '../model/cluster';
import { clusterStateText, resizeStatusText } from '../model/labels';
import { problemOf, RESIZE_PATHS } from './problem';
import type { ClusterFacts, HostFacts } from './facts';
import { hostListText } from './hostText';
import type { ResizeProblem, ResizeDraft } from './types';

/** `scale_without_start` only works from this MRS version on (doc 表4). */
const SCALE_WITHOUT_START_SINCE = [1, 7, 2] as const;

/** `[1, 9, 2]` from `MRS 1.9.2`; undefined when the version is unknown. */
export function versionNumbers(version: string | undefined): number[] | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(version ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

function isBefore(version: readonly number[], than: readonly number[]): boolean {
  for (let i = 0; i < than.length; i++) {
    if ((version[i] ?? 0) !== than[i]) {
      return (version[i] ?? 0) < than[i];
    }
  }
  return false;
}

function stateRules(cluster: ClusterFacts, t: Translate): ResizeProblem[] {
  if (isScaling(cluster)) {
    const what = resizeStatusText(cluster, t);
    return [
      problemOf(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.resizing',
        t('A resize is already in progress on this cluster ({0}); wait until it ends.', what),
      ),
    ];
  }
  if (cluster.state !== 'running') {
    return [
      problemOf(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.notRunning',
        t('The cluster state is {0}: only a running cluster can be resized.', clusterStateText(cluster, t)),
      ),
    ];
  }
  return hasScaleError(cluster)
    ? [
        problemOf(
          'info',
          RESIZE_PATHS.cluster,
          'cluster.lastResizeFailed',
          t('The last resize of this cluster failed; a new one may be sent.'),
        ),
      ]
    : [];
}

/**
 * Hosts not ACTIVE: MRS answers 12000068 ("集群存在非运行状态节点") whatever the draft, even a task
 * scale-in that removes exactly those hosts (the doc's error names no exception).
 */
function hostRules(cluster: ClusterFacts, hosts: readonly HostFacts[] | undefined, t: Translate): ResizeProblem[] {
  const down = (hosts ?? []).filter((h) => h.status !== undefined && h.status !== 'ACTIVE');
  if (down.length === 0) {
    return [];
  }
  const message = t(
    'MRS refuses to resize a cluster with nodes that are not running (12000068): {0}.',
    hostListText(down, cluster.id, t),
  );
  return [problemOf('error', RESIZE_PATHS.cluster, 'cluster.hostsNotRunning', message)];
}

/** The v1.1 PUT, or the v2 expand and shrink (resize/api.ts). */
export type CallFamily = 'v1.1' | 'v2';

/**
 * State, billing and host problems about the cluster, whatever the draft: each refuses any resize. The
 * billing and host rules are the v1.1 call's (12000065, 12000068); the v2 calls have their own
 * (v2Rules.ts: an order to pay, a warning about the nodes not running).
 */
export function checkCluster(
  cluster: ClusterFacts,
  hosts: readonly HostFacts[] | undefined,
  t: Translate,
  family: CallFamily = 'v1.1',
): ResizeProblem[] {
  const found = stateRules(cluster, t);
  if (family === 'v2') {
    return found;
  }
  if (isYearlyMonthly(cluster)) {
    found.push(
      problemOf(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.yearlyMonthly',
        t('Yearly/monthly clusters cannot be resized with this API (12000065).'),
      ),
    );
  }
  return [...found, ...hostRules(cluster, hosts, t)];
}

/**
 * True when `skip_bootstrap_scripts` can mean something: the cluster was created with bootstrap actions,
 * or its details do not say (doc 表4: "仅在创建集群时配置了引导操作且扩容时有意义"). The form shows its
 * switch and the palette its question only then.
 */
export function hasBootstrapActions(cluster: Pick<ClusterFacts, 'bootstrapActions'>): boolean {
  return cluster.bootstrapActions !== 0;
}

/** Problems about `skip_bootstrap_scripts` and `scale_without_start`. */
export function checkSwitches(cluster: ClusterFacts, draft: ResizeDraft, t: Translate): ResizeProblem[] {
  const found: ResizeProblem[] = [];
  if (draft.scaleType === 'scale_in' && draft.skipBootstrapScripts === true) {
    const message = t('Skipping bootstrap actions only applies to a scale-out; it is left out of the request.');
    found.push(problemOf('warning', RESIZE_PATHS.skipBootstrap, 'skipBootstrapScripts.ignoredOnScaleIn', message));
  }
  if (draft.scaleType === 'scale_out' && draft.skipBootstrapScripts !== undefined && !hasBootstrapActions(cluster)) {
    const message = t('The cluster was created without bootstrap actions: skip_bootstrap_scripts has no effect.');
    found.push(problemOf('warning', RESIZE_PATHS.skipBootstrap, 'skipBootstrapScripts.noBootstrapActions', message));
  }
  if (draft.scaleType === 'scale_in' && draft.scaleWithoutStart === true) {
    const message = t('Not starting components only applies to a scale-out; it is left out of the request.');
    found.push(problemOf('warning', RESIZE_PATHS.scaleWithoutStart, 'scaleWithoutStart.ignoredOnScaleIn', message));
  }
  const version = versionNumbers(cluster.version);
  if (
    draft.scaleType === 'scale_out' &&
    draft.scaleWithoutStart === true &&
    version &&
    isBefore(version, SCALE_WITHOUT_START_SINCE)
  ) {
    const message = t(
      'Not starting components only works on MRS 1.7.2 and later; this cluster runs {0}.',
      cluster.version ?? '',
    );
    found.push(problemOf('warning', RESIZE_PATHS.scaleWithoutStart, 'scaleWithoutStart.unsupportedVersion', message));
  }
  return found;
}
