// The details of one operation as a readable Markdown document (pure; unit-tested), titled with
// the cluster and the change rather than the record's id.
import { operationDurationMs, type ResizeOperationRecord } from '../../core/journal';
import type { Translate } from '../../core/translate';
import { md } from '../tree/describe';
import { formatDuration, operationStateLabel, operationTitle } from './describeOperation';

function changeLine(r: ResizeOperationRecord, t: Translate): string {
  return r.scaleType === 'scale_out'
    ? t('Scale out node group {0}: {1} → {2}', `\`${r.groupName}\``, r.from, r.to)
    : t('Scale in node group {0}: {1} → {2}', `\`${r.groupName}\``, r.from, r.to);
}

function facts(r: ResizeOperationRecord, nowMs: number, t: Translate): string[] {
  const when = (iso: string): string => new Date(iso).toLocaleString();
  const optional = (value: string | undefined, line: (v: string) => string): string[] =>
    value ? [`- ${line(value)}`] : [];
  return [
    `- ${t('State: {0}', operationStateLabel(r.state, t))}`,
    `- ${changeLine(r, t)}`,
    `- ${t('Connection: {0}', md(r.connection))}`,
    `- ${t('Cluster ID: {0}', `\`${r.clusterId}\``)}`,
    `- ${t('Started: {0}', when(r.startedAt))}`,
    ...optional(r.endedAt, (v) => t('Ended: {0}', when(v))),
    `- ${t('Duration: {0}', formatDuration(operationDurationMs(r, nowMs), t))}`,
    ...optional(r.stageDesc, (v) => t('Stage: {0}', md(v))),
    ...optional(r.errorInfo, (v) => t('Error from MRS: {0}', md(v))),
    ...optional(r.errorCode, (v) => t('Error code: {0}', `\`${v}\``)),
    ...optional(r.requestId, (v) => t('Request ID: {0}', `\`${v}\``)),
    ...(r.serverIds.length > 0 ? [`- ${t('Chosen nodes: {0}', r.serverIds.map((id) => `\`${id}\``).join(', '))}`] : []),
  ];
}

/** The document: heading, the last message, then one fact a line. */
export function describeOperationDetails(r: ResizeOperationRecord, nowMs: number, t: Translate): string {
  const message = r.message ? ['', md(r.message)] : [];
  return [`# ${md(operationTitle(r, t))}`, ...message, '', ...facts(r, nowMs, t), ''].join('\n');
}
