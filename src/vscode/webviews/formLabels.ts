// The resize form's words, translated here (one t each, so the l10n test sees them) and sent to the
// webview in `init`. The request's fields are named as in the palette (fieldNames: the doc's words).
import { fieldNames } from '../../core/resize/fieldNames';
import type { Translate } from '../../core/translate';
import type { FormLabels } from '../../shared/resizeForm';

export function formLabels(t: Translate): FormLabels {
  const field = fieldNames(t);
  return {
    nodeGroup: t('Node group'),
    newTaskGroup: t('New task node group (first task nodes)'),
    direction: field.scaleType,
    scaleOut: t('Scale out'),
    scaleIn: t('Scale in'),
    instances: t('Number of nodes'),
    range: t('Allowed: {0}–{1}'),
    noRange: t('No node can be changed in this direction.'),
    skipBootstrap: field.skipBootstrap,
    scaleWithoutStart: field.scaleWithoutStart,
    scaleWithoutStartNote: t('Needs MRS 1.7.2 or later.'),
    hosts: t('Nodes to remove'),
    letMrsChoose: t('Let MRS choose'),
    chooseHosts: t('Choose the nodes'),
    hostName: t('Name'),
    hostIp: t('IP'),
    hostState: t('State'),
    taskNodeInfo: field.taskNodeInfo,
    flavor: t('Flavor'),
    volumeType: field.dataVolumeType,
    volumeCount: field.dataVolumeCount,
    volumeSize: field.dataVolumeSize,
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
    ordered: t('Order created: pay it in the console to start the resize'),
    failed: t('Failed'),
    refused: t('Refused by MRS'),
    notSent: t('Not sent'),
    unknown: t('Outcome unknown: the request is not sent again'),
    hint: t('Hint: {0}'),
    core: t('Core'),
    task: t('Task'),
    noChange: t('Enter how many nodes to add or remove.'),
    errorWord: t('Error:'),
    warningWord: t('Warning:'),
    noteWord: t('Note:'),
  };
}
