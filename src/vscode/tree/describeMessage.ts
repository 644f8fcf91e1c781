// Pure descriptions of the Clusters view's message rows (a failed read, an empty list). No `vscode`
// import: items/MessageItem.ts maps them, unit tests check them.
import type { Translate } from '../../core/translate';
import { md } from './describe';

export interface MessageDescription {
  readonly severity: 'info' | 'error';
  readonly label: string;
  /** Markdown. */
  readonly tooltip: string;
  /** What a screen reader says: the whole sentence, where the label is only its end. */
  readonly accessibilityLabel: string;
  /** Run on click (a command id: the tree does not import src/vscode/commands; manifest.test.ts checks it is one). */
  readonly command: 'mrs.clusters.retry' | undefined;
}

/** An error row: the reason is the label (a narrow sidebar shows its start); what failed is in the tooltip. */
function errorRow(what: string, reason: string, hint: string | undefined, t: Translate): MessageDescription {
  const tips = [`**${md(what)}**`, hint ? md(hint) : '', md(t('Retry to try again; Show Log has the details.'))];
  return {
    severity: 'error',
    label: reason,
    tooltip: tips.filter((line) => line !== '').join('\n\n'),
    accessibilityLabel: what,
    command: 'mrs.clusters.retry',
  };
}

/** The cluster list could not be read. */
export function describeListError(reason: string, t: Translate, hint?: string): MessageDescription {
  return errorRow(t('Could not list clusters: {0}', reason), reason, hint, t);
}

/** Anything else under a row could not be read (hosts, an unexpected failure). */
export function describeLoadError(reason: string, t: Translate, hint?: string): MessageDescription {
  return errorRow(t('Could not load: {0}', reason), reason, hint, t);
}

/**
 * A custom cluster's nodes (ListNodes) could not be read: its groups are listed below as its details
 * name them (roles by name, billing unknown).
 */
export function describeNodesError(reason: string, t: Translate, hint?: string): MessageDescription {
  const what = t(
    'Could not read the nodes of the cluster, so its node groups are shown as its details name them: {0}',
    reason,
  );
  return errorRow(what, reason, hint, t);
}

export function describeNoClusters(region: string, t: Translate): MessageDescription {
  const label = t('No clusters in {0}', region);
  return {
    severity: 'info',
    label,
    tooltip: md(t('Create clusters in the MRS console, or change the filter or the connection.')),
    accessibilityLabel: label,
    command: undefined,
  };
}
