// Diagnostic codes are a closed list: every listed code is emitted by some draft, and no test of
// the rules sees a code outside the list.
import assert from 'node:assert/strict';
import {
  RESIZE_PROBLEM_CODES,
  checkResizeRequest,
  isResizeProblemCode,
  type ResizeCheck,
} from '../../../../src/core/resize/rules';
import { withOfferedFlavors } from '../../../../src/core/resize/flavorOffered';
import { englishTranslate } from '../../../../src/core/translate';
import { aHost, aNodeGroup } from '../../../support/builders';
import { SEEN_CODES, TASK, check, clusterOf, coreHosts, seen, taskHosts } from './clusters';

const NEW_TASK = 'task_node_default_group';
const noTask = clusterOf();
const withTask = clusterOf({ core: 4, task: 3 });
const hosts = [...coreHosts(4), ...taskHosts(3)];
const taskIn = { group: TASK, scaleType: 'scale_in' as const };
const info = { nodeSize: 'x' };
/** A custom cluster (clusterType 3): every resize goes through the v2 calls. */
const custom = clusterOf({ core: 4, task: 3, cluster: { clusterType: 3 } });
const abnormalTask = (i: number, status = 'ERROR') => ({ ...taskHosts(3)[i], status, resourceId: `res-${i}` });
const customHosts = [
  ...coreHosts(4),
  abnormalTask(0),
  { ...taskHosts(3)[1], resourceId: 'res-1' },
  { ...taskHosts(3)[2], resourceId: 'res-2' },
];
const reservedGroup = aNodeGroup({ role: 'task', name: 'node_group_reserved', nodeCount: 2, billing: 'yearlyMonthly' });
const reserved = clusterOf({ cluster: { clusterType: 3 }, extra: [reservedGroup] });
const customShrink = { group: TASK, scaleType: 'scale_in' as const, instances: 1 };

/** One draft per code, each expected to emit that code. */
const SCENARIOS: Record<string, () => ResizeCheck> = {
  'cluster.resizing': () => check(clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out' } })),
  'cluster.notRunning': () => check(clusterOf({ cluster: { state: 'frozen', stateText: 'frozen' } })),
  'cluster.lastResizeFailed': () => check(clusterOf({ cluster: { scale: 'scaling-error' } })),
  'cluster.yearlyMonthly': () =>
    check(clusterOf({ cluster: { billing: { mode: 'yearlyMonthly', period: 'yearly', billingType: undefined } } })),
  'cluster.hostsNotRunning': () => check(noTask, {}, [aHost({ status: 'SHUTOFF' })]),
  'scaleType.invalid': () => check(noTask, { scaleType: 'scale_up' as 'scale_out' }),
  'group.alias': () => check(noTask, { group: 'core_node_default_group' }),
  'group.newTask': () => check(noTask, { group: NEW_TASK, taskNodeInfo: info }),
  'group.noCore': () =>
    check(clusterOf({ cluster: { nodeGroups: [aNodeGroup({ role: 'master', name: 'master' })] } }), { group: '' }),
  'group.master': () =>
    check(clusterOf({ cluster: { nodeGroups: [aNodeGroup({ role: 'core', name: 'core' })] } }), {
      group: 'master_node_default_group',
    }),
  'group.masterScaleIn': () => check(noTask, { group: 'master_node_default_group', scaleType: 'scale_in' }),
  'group.masterScaleOut': () => check(noTask, { group: 'master_node_default_group' }),
  'group.orderToPay': () => check(reserved, { group: 'node_group_reserved' }),
  'group.yearlyMonthlyShrink': () => check(reserved, { group: 'node_group_reserved', scaleType: 'scale_in' }),
  'call.v2': () => check(custom, { group: TASK }),
  'serverIds.notInV2': () => check(custom, { ...customShrink, serverIds: ['task-1'] }, customHosts),
  'resourceIds.notInV11': () => check(withTask, { ...taskIn, resourceIds: ['res-0'] }, hosts),
  'resourceIds.ignoredOnScaleOut': () => check(custom, { group: TASK, resourceIds: ['res-0'] }, customHosts),
  'resourceIds.duplicate': () =>
    check(custom, { ...customShrink, instances: 2, resourceIds: ['res-0', 'res-0'] }, customHosts),
  'resourceIds.notInGroup': () => check(custom, { ...customShrink, resourceIds: ['core-0'] }, customHosts),
  'resourceIds.notAbnormal': () => check(custom, { ...customShrink, resourceIds: ['res-1'] }, customHosts),
  'resourceIds.countMismatch': () =>
    check(custom, { ...customShrink, instances: 2, resourceIds: ['res-0'] }, customHosts),
  'resourceIds.hostsUnknown': () => check(custom, { ...customShrink, resourceIds: ['res-0'] }),
  'resourceIds.forceDeleted': () => check(custom, { ...customShrink, resourceIds: ['res-0'] }, customHosts),
  'azCode.notInV11': () => check(withTask, { group: TASK, azCode: 'cn-north-4a' }),
  'cluster.hostsNotRunningV2': () => check(custom, { group: TASK }, customHosts),
  'taskNodeInfo.notInV2': () => check(custom, { group: TASK, taskNodeInfo: info }),
  'group.unknown': () => check(noTask, { group: 'nope' }),
  'group.noTaskNodes': () => check(noTask, { group: NEW_TASK, scaleType: 'scale_in' }),
  'instances.notPositiveInteger': () => check(noTask, { instances: 0 }),
  'instances.aboveTotalLimit': () => check(noTask, { instances: 600 }),
  'instances.belowCoreMinimum': () => check(noTask, { scaleType: 'scale_in' }),
  'instances.emptiesCoreGroup': () =>
    check(
      clusterOf({ core: 4, extra: [aNodeGroup({ role: 'core', name: 'core_node_streaming_group', nodeCount: 1 })] }),
      {
        group: 'core_node_streaming_group',
        scaleType: 'scale_in',
      },
    ),
  'instances.aboveGroupSize': () => check(withTask, { ...taskIn, instances: 4 }),
  'serverIds.ignoredOnScaleOut': () => check(withTask, { group: TASK, serverIds: ['task-0'] }, hosts),
  'serverIds.onCoreScaleIn': () => check(withTask, { scaleType: 'scale_in', serverIds: ['core-0'] }, hosts),
  'serverIds.duplicate': () => check(withTask, { ...taskIn, instances: 2, serverIds: ['task-0', 'task-0'] }, hosts),
  'serverIds.notInGroup': () => check(withTask, { ...taskIn, serverIds: ['ghost'] }, hosts),
  'serverIds.hostsUnknown': () => check(withTask, { ...taskIn, serverIds: ['task-0'] }),
  'serverIds.countMismatch': () => check(withTask, { ...taskIn, instances: 2, serverIds: ['task-0'] }, hosts),
  'taskNodeInfo.required': () => check(noTask, { group: NEW_TASK }),
  'taskNodeInfo.flavorFromGroup': () => check(clusterOf({ task: 0 }), { group: TASK }),
  'taskNodeInfo.forbidden': () => check(withTask, { group: TASK, taskNodeInfo: info }),
  'taskNodeInfo.ignored': () => check(noTask, { taskNodeInfo: info }),
  'taskNodeInfo.nodeSizeMissing': () => check(noTask, { group: NEW_TASK, taskNodeInfo: { nodeSize: ' ' } }),
  'taskNodeInfo.volumeType': () => check(noTask, { group: NEW_TASK, taskNodeInfo: { ...info, dataVolumeType: 'X' } }),
  'taskNodeInfo.flavorNotOffered': () =>
    check(withOfferedFlavors(noTask, { zone: 'az1', names: ['c6.xlarge.4'] }), { group: NEW_TASK, taskNodeInfo: info }),
  'taskNodeInfo.volumeTypeNotDocumented': () =>
    check(noTask, { group: NEW_TASK, taskNodeInfo: { ...info, dataVolumeType: 'GPSSD' } }),
  'taskNodeInfo.volumeCount': () => check(noTask, { group: NEW_TASK, taskNodeInfo: { ...info, dataVolumeCount: 11 } }),
  'taskNodeInfo.volumeSize': () => check(noTask, { group: NEW_TASK, taskNodeInfo: { ...info, dataVolumeSize: 99 } }),
  'skipBootstrapScripts.ignoredOnScaleIn': () => check(withTask, { scaleType: 'scale_in', skipBootstrapScripts: true }),
  'skipBootstrapScripts.noBootstrapActions': () =>
    check(clusterOf({ cluster: { bootstrapActions: 0 } }), { skipBootstrapScripts: true }),
  'scaleWithoutStart.ignoredOnScaleIn': () => check(withTask, { scaleType: 'scale_in', scaleWithoutStart: true }),
  'scaleWithoutStart.unsupportedVersion': () =>
    check(clusterOf({ cluster: { version: 'MRS 1.6.0' } }), { scaleWithoutStart: true }),
  'request.wrongType': () =>
    seen(checkResizeRequest({ cluster: noTask, body: { parameters: { node_group: 5 } } }, englishTranslate)),
};

describe('resize rules: problem codes', () => {
  it('lists each code once', () => {
    assert.equal(new Set(RESIZE_PROBLEM_CODES).size, RESIZE_PROBLEM_CODES.length);
  });

  it('has a draft that emits each listed code, and nothing emitted is unlisted', () => {
    assert.deepEqual(Object.keys(SCENARIOS).sort(), [...RESIZE_PROBLEM_CODES].sort());
    for (const [code, scenario] of Object.entries(SCENARIOS)) {
      const emitted = scenario().problems.map((d) => d.code);
      assert.ok(emitted.includes(code as never), `${code}: emitted ${emitted.join(', ')}`);
      assert.deepEqual(
        emitted.filter((c) => !isResizeProblemCode(c)),
        [],
      );
    }
  });

  it('guards codes read back from JSON', () => {
    assert.equal(isResizeProblemCode('group.alias'), true);
    assert.equal(isResizeProblemCode('group.Alias'), false);
    assert.equal(isResizeProblemCode(undefined), false);
  });
});

// Root hook: runs once after every suite, so it sees the codes of all resize tests of the run.
after('every code seen by the resize tests is in RESIZE_PROBLEM_CODES', () => {
  assert.deepEqual(
    [...SEEN_CODES].filter((c) => !isResizeProblemCode(c)),
    [],
  );
});
