// What the resize form hands out on the host: the body of a draft (the same checkResize the webview
// runs) for Copy and Open as Request File. What it reads is in readFormData.ts.
import * as vscode from 'vscode';
import { checkResize } from '../../core/resize/rules';
import { isFirstTask, toResizeDraft, type FormDraft } from '../../shared/resizeForm';
import { requestOfDraft } from '../../core/requests';
import { openNewRequestFile } from '../requestFiles/newRequestFile';
import type { FormData } from './readFormData';

/** The exact body the form previews, pretty-printed; undefined while an error stands. */
export function bodyText(data: FormData, draft: FormDraft): string | undefined {
  const resizeDraft = toResizeDraft(draft, isFirstTask(data.facts, draft.group));
  const body = checkResize({ cluster: data.facts, hosts: data.hosts, draft: resizeDraft }, vscode.l10n.t).body;
  return body && JSON.stringify(body, null, 2);
}

/** Copy: the body to the clipboard; the notice the form shows. */
export async function copyBody(data: FormData, draft: FormDraft): Promise<string> {
  const body = bodyText(data, draft);
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
export async function openAsRequestFile(data: FormData, draft: FormDraft, connection: string): Promise<undefined> {
  const resizeDraft = toResizeDraft(draft, isFirstTask(data.facts, draft.group));
  const body = checkResize({ cluster: data.facts, hosts: data.hosts, draft: resizeDraft }, vscode.l10n.t).body;
  const { id: clusterId, name: clusterName } = data.facts;
  await openNewRequestFile({ connection, clusterId, clusterName, request: body ?? requestOfDraft(resizeDraft) });
  return undefined;
}
