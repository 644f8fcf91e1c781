// Pure descriptions of operation rows (no `vscode` import; unit-tested).
import {
  operationDurationMs,
  type OperationState,
  type ResizeOperationRecord,
  type UnreadableRecord,
} from '../../core/journal';
import { operationStateLabel } from '../../core/journal/stateLabel';
import type { Translate } from '../../core/translate';
import { md, type Description, type Icon } from '../tree/describe';

export { operationStateLabel };

const ICONS: Record<OperationState, Icon> = {
  sending: { id: 'cloud-upload', color: 'charts.blue' },
  running: { id: 'sync~spin', color: 'charts.blue' },
  succeeded: { id: 'pass', color: 'charts.green' },
  failed: { id: 'error', color: 'charts.red' },
  unknown: { id: 'question', color: 'charts.yellow' },
  refused: { id: 'circle-slash', color: 'charts.red' },
  notSent: { id: 'debug-disconnect', color: 'charts.red' },
  stopped: { id: 'debug-pause', color: undefined },
  timedOut: { id: 'watch', color: 'charts.yellow' },
  ordered: { id: 'credit-card', color: 'charts.yellow' },
};

/** `1 h 2 min`, `3 min 5 s`, `42 s` (units through `t`). */
export function formatDuration(ms: number | undefined, t: Translate): string {
  if (ms === undefined) {
    return '';
  }
  const s = Math.round(ms / 1000);
  if (s < 60) {
    return t('{0} s', s);
  }
  const m = Math.floor(s / 60);
  return m < 60 ? t('{0} min {1} s', m, s % 60) : t('{0} h {1} min', Math.floor(m / 60), m % 60);
}

/** "etl-nightly · core 3 → 5": the row's label, the details' tab title and heading. */
export function operationTitle(r: ResizeOperationRecord, t: Translate): string {
  const role = r.role === 'core' ? t('core') : t('task');
  return `${r.clusterName} · ${role} ${r.from} → ${r.to}`;
}

export function describeOperationRecord(r: ResizeOperationRecord, nowMs: number, t: Translate): Description {
  const duration = formatDuration(operationDurationMs(r, nowMs), t);
  const lines = [
    `**${md(operationTitle(r, t))}**`,
    t('State: {0}', operationStateLabel(r.state, t)),
    t('Connection: {0}', md(r.connection)),
    t('Started: {0}', new Date(r.startedAt).toLocaleString()),
    ...(r.endedAt ? [t('Ended: {0}', new Date(r.endedAt).toLocaleString())] : []),
    ...(r.stageDesc ? [t('Stage: {0}', md(r.stageDesc))] : []),
    ...(r.message ? ['', md(r.message)] : []),
  ];
  return {
    label: operationTitle(r, t),
    description: [operationStateLabel(r.state, t), duration, r.connection].filter(Boolean).join(' · '),
    icon: ICONS[r.state],
    contextValue: `operation:${r.state}`,
    tooltip: lines.join('  \n'),
  };
}

/** Why a journal file cannot be read, in a few words. */
export function unreadableReason(u: UnreadableRecord, t: Translate): string {
  const detail = u.detail ?? '';
  switch (u.reason) {
    case 'notAFile':
      return t('not a regular file');
    case 'tooLarge':
      return t('too large ({0} bytes)', detail);
    case 'notJson':
      return t('not whole JSON ({0})', detail);
    case 'ioError':
      return t('cannot be read ({0})', detail);
    case 'notARecord':
      return t('not a whole record (field {0})', detail);
    case 'newerVersion':
      return t('written by a newer MRS Explorer (format {0})', detail);
  }
}

/** A journal file that cannot be read: it keeps its cluster busy until it is set aside. */
export function describeUnreadable(u: UnreadableRecord, folder: string, t: Translate): Description {
  const reason = unreadableReason(u, t);
  const lines = [
    `**${md(t('Unreadable record {0}', u.file))}**`,
    md(reason),
    t('Folder: {0}', md(folder)),
    '',
    u.clusterId && u.finished !== true
      ? t('Cluster {0} counts as busy until this record is set aside.', md(u.clusterId))
      : u.clusterId
        ? t('It says it has ended, so it keeps no cluster busy.')
        : t('It names no cluster, so it keeps none busy.'),
  ];
  return {
    label: t('Unreadable record {0}', u.file),
    description: reason,
    icon: { id: 'warning', color: 'charts.yellow' },
    contextValue: 'operation:unreadable',
    tooltip: lines.join('  \n'),
  };
}
