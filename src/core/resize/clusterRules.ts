// Rules about the cluster as a whole and the two switches (skip bootstrap, scale without start).
import type { Translate } from '../../shared/translate';
import { hasScaleError, isScaling, isYearlyMonthly } from '../model/cluster';
import { clusterStateText, resizeStatusText } from '../model/labels';
import { diag, RESIZE_PATHS } from './diagnostic';
import type { ClusterFacts, HostFacts } from './facts';
import type { ResizeDiagnostic, ResizeDraft } from './types';

/** `scale_without_start` only works from this MRS version on (doc 表4). */
const SCALE_WITHOUT_START_SINCE = [1, 7, 2] as const;
const SHOWN_HOSTS = 3;

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

function stateRules(cluster: ClusterFacts, t: Translate): ResizeDiagnostic[] {
  if (isScaling(cluster)) {
    const what = resizeStatusText(cluster, t);
    return [
      diag(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.resizing',
        t('A resize is already in progress on this cluster ({0}); wait until it ends.', what),
      ),
    ];
  }
  if (cluster.state !== 'running') {
    return [
      diag(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.notRunning',
        t('The cluster state is {0}: only a running cluster can be resized.', clusterStateText(cluster, t)),
      ),
    ];
  }
  return hasScaleError(cluster)
    ? [
        diag(
          'info',
          RESIZE_PATHS.cluster,
          'cluster.lastResizeFailed',
          t('The last resize of this cluster failed; a new one may be sent.'),
        ),
      ]
    : [];
}

/** Hosts not ACTIVE (MRS answers 12000068), except those the draft removes on purpose. */
function hostRules(hosts: readonly HostFacts[] | undefined, draft: ResizeDraft, t: Translate): ResizeDiagnostic[] {
  const removed = new Set(draft.scaleType === 'scale_in' ? (draft.serverIds ?? []) : []);
  const down = (hosts ?? []).filter((h) => h.status !== undefined && h.status !== 'ACTIVE' && !removed.has(h.id));
  if (down.length === 0) {
    return [];
  }
  const names = down.slice(0, SHOWN_HOSTS).map((h) => `${h.name} (${h.status ?? ''})`);
  if (down.length > SHOWN_HOSTS) {
    names.push('…');
  }
  const message = t(
    'Nodes of the cluster that are not running ({0}): {1}. MRS refuses a resize until all nodes run (12000068).',
    down.length,
    names.join(', '),
  );
  return [diag('warning', RESIZE_PATHS.cluster, 'cluster.hostsNotRunning', message)];
}

/** State, billing and host findings about the cluster. */
export function checkCluster(
  cluster: ClusterFacts,
  hosts: readonly HostFacts[] | undefined,
  draft: ResizeDraft,
  t: Translate,
): ResizeDiagnostic[] {
  const found = stateRules(cluster, t);
  if (isYearlyMonthly(cluster)) {
    found.push(
      diag(
        'error',
        RESIZE_PATHS.cluster,
        'cluster.yearlyMonthly',
        t('Yearly/monthly clusters cannot be resized with this API (12000065).'),
      ),
    );
  }
  return [...found, ...hostRules(hosts, draft, t)];
}

/** Findings about `skip_bootstrap_scripts` and `scale_without_start`. */
export function checkSwitches(cluster: ClusterFacts, draft: ResizeDraft, t: Translate): ResizeDiagnostic[] {
  const found: ResizeDiagnostic[] = [];
  if (draft.scaleType === 'scale_in' && draft.skipBootstrapScripts === true) {
    const message = t('Skipping bootstrap actions only applies to a scale-out; it is left out of the request.');
    found.push(diag('warning', RESIZE_PATHS.skipBootstrap, 'skipBootstrapScripts.ignoredOnScaleIn', message));
  }
  if (draft.scaleType === 'scale_in' && draft.scaleWithoutStart === true) {
    const message = t('Not starting components only applies to a scale-out; it is left out of the request.');
    found.push(diag('warning', RESIZE_PATHS.scaleWithoutStart, 'scaleWithoutStart.ignoredOnScaleIn', message));
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
    found.push(diag('warning', RESIZE_PATHS.scaleWithoutStart, 'scaleWithoutStart.unsupportedVersion', message));
  }
  return found;
}
