// What the resize form hands out on the host: the body of a draft (the same checkResize the webview
// runs) for Copy and Open as Request File, on the form's reading of the cluster (core/plan readCluster).
import * as vscode from 'vscode';
import type { ClusterReading } from '../../core/resize/facts';
import { checkResize, needsV2 } from '../../core/resize/rules';
import { toResizeDraft, type FormDraft } from '../../shared/resizeForm';
import { fileBodyOf } from '../../core/requests';
import { openNewRequestFile } from '../requestFiles/newRequestFile';

/** The exact body the form previews, pretty-printed; undefined while an error stands. */
export function bodyText(reading: ClusterReading, draft: FormDraft): string | undefined {
  const resizeDraft = toResizeDraft(draft, reading.facts);
  const call = checkResize({ cluster: reading.facts, hosts: reading.hosts, draft: resizeDraft }, vscode.l10n.t).call;
  return call && JSON.stringify(call.body, null, 2);
}

/** Copy: the body to the clipboard; the notice the form shows. */
export async function copyBody(reading: ClusterReading, draft: FormDraft): Promise<string> {
  const body = bodyText(reading, draft);
  if (!body) {
    return vscode.l10n.t('No request body while an error stands.');
  }
  await vscode.env.clipboard.writeText(body);
  return vscode.l10n.t('Request body copied.');
}

/**
 * "Open as Request File": an untitled request file for this cluster with the form's draft, as
 * `MRS: New Resize Request File` opens one: the exact body when the rules built it, else the draft
 * as typed (the file then shows its problems).
 */
export async function openAsRequestFile(
  reading: ClusterReading,
  draft: FormDraft,
  connection: string,
): Promise<undefined> {
  const resizeDraft = toResizeDraft(draft, reading.facts);
  const check = checkResize({ cluster: reading.facts, hosts: reading.hosts, draft: resizeDraft }, vscode.l10n.t);
  const { id: clusterId, name: clusterName } = reading.facts;
  const v2 = needsV2(reading.facts, check.group?.role ?? 'core');
  await openNewRequestFile({ connection, clusterId, clusterName, ...fileBodyOf(resizeDraft, check.call, v2) });
  return undefined;
}
