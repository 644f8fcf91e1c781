// Every code a resize problem can carry: a closed list, so a form, a request file or a CLI can
// key on a code (and a test can check that the rules emit nothing else).

export const RESIZE_PROBLEM_CODES = [
  'cluster.resizing',
  'cluster.notRunning',
  'cluster.lastResizeFailed',
  'cluster.yearlyMonthly',
  'cluster.hostsNotRunning',
  'scaleType.invalid',
  'group.alias',
  'group.newTask',
  'group.noCore',
  'group.master',
  'group.unknown',
  'group.noTaskNodes',
  'instances.notPositiveInteger',
  'instances.aboveTotalLimit',
  'instances.belowCoreMinimum',
  'instances.emptiesCoreGroup',
  'instances.aboveGroupSize',
  'serverIds.ignoredOnScaleOut',
  'serverIds.onCoreScaleIn',
  'serverIds.duplicate',
  'serverIds.notInGroup',
  'serverIds.hostsUnknown',
  'serverIds.countMismatch',
  'taskNodeInfo.required',
  'taskNodeInfo.flavorFromGroup',
  'taskNodeInfo.forbidden',
  'taskNodeInfo.ignored',
  'taskNodeInfo.nodeSizeMissing',
  'taskNodeInfo.volumeType',
  'taskNodeInfo.volumeTypeNotDocumented',
  'taskNodeInfo.volumeCount',
  'taskNodeInfo.volumeSize',
  'skipBootstrapScripts.ignoredOnScaleIn',
  'skipBootstrapScripts.noBootstrapActions',
  'scaleWithoutStart.ignoredOnScaleIn',
  'scaleWithoutStart.unsupportedVersion',
  'request.wrongType',
] as const;

export type ResizeProblemCode = (typeof RESIZE_PROBLEM_CODES)[number];

/** True for the codes of the list, e.g. to guard a code read back from a JSON document. */
export function isResizeProblemCode(value: unknown): value is ResizeProblemCode {
  return (RESIZE_PROBLEM_CODES as readonly unknown[]).includes(value);
}
