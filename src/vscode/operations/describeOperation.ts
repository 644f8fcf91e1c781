// Pure descriptions of operation rows (no `vscode` import; unit-tested).
import { operationDurationMs, type OperationState, type ResizeOperationRecord } from '../../core/journal';
import type { Translate } from '../../core/translate';
import { md, type Description, type Icon } from '../tree/describe';

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
};

export function operationStateLabel(state: OperationState, t: Translate): string {
  switch (state) {
    case 'sending':
      return t('sending');
    case 'running':
      return t('running');
    case 'succeeded':
      return t('succeeded');
    case 'failed':
      return t('failed');
    case 'unknown':
      return t('unknown');
    case 'refused':
      return t('refused');
    case 'notSent':
      return t('not sent');
    case 'stopped':
      return t('not followed');
    case 'timedOut':
      return t('timed out');
  }
}

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
