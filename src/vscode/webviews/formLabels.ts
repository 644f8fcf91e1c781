// The resize form's words, translated here (one vscode.l10n.t each, so the l10n test sees them)
// and sent to the webview in `init`.
import * as vscode from 'vscode';
import type { FormLabels } from '../../shared/resizeForm';

export function formLabels(): FormLabels {
  const t = vscode.l10n.t;
  return {
    nodeGroup: t('Node group'),
    newTaskGroup: t('New task node group (first task nodes)'),
    direction: t('Direction'),
    scaleOut: t('Scale out'),
    scaleIn: t('Scale in'),
    instances: t('Number of nodes'),
    range: t('Allowed: {0}–{1}'),
    noRange: t('No node can be changed in this direction.'),
    skipBootstrap: t('Skip bootstrap scripts'),
    scaleWithoutStart: t('Scale without starting components'),
    scaleWithoutStartNote: t('Needs MRS 1.7.2 or later.'),
    hosts: t('Nodes to remove'),
    letMrsChoose: t('Let MRS choose'),
    chooseHosts: t('Choose the nodes'),
    hostName: t('Name'),
    hostIp: t('IP'),
    hostState: t('State'),
    taskNodeInfo: t('Task node info'),
    flavor: t('Flavor'),
    volumeType: t('Data disk type'),
    volumeCount: t('Data disks per node (1–10)'),
    volumeSize: t('Data disk size, GB (100–32000)'),
    picture: t('Node groups now and after the resize'),
    now: t('now'),
    after: t('after'),
    preview: t('Request body'),
    noBody: t('No request body while an error stands.'),
    copy: t('Copy'),
    openAsRequestFile: t('Open as Request File'),
    send: t('Send'),
    sendBlocked: t('Cannot send: {0}'),
    sending: t('A resize from this form is under way.'),
    declined: t('Not sent: the confirmation was declined.'),
    accepted: t('Accepted by MRS'),
    stage: t('Stage: {0}'),
    succeeded: t('Done'),
    failed: t('Failed'),
    refused: t('Refused by MRS'),
    notSent: t('Not sent'),
    unknown: t('Outcome unknown: the request is not sent again'),
    hint: t('Hint: {0}'),
    core: t('Core'),
    task: t('Task'),
    noChange: t('Enter how many nodes to add or remove.'),
  };
}
