// The scale-in confirmation names the chosen hosts as the tree does: short name and IP, a few of
// them, then how many more; never a line of ids.
import assert from 'node:assert/strict';
import { buildConfirmation } from '../../../../src/core/plan/confirmation';
import { checkResize } from '../../../../src/core/resize/rules';
import { englishTranslate as t } from '../../../../src/core/translate';
import { CLUSTER_ID } from '../../../support/builders';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { TASK, clusterOf, taskHosts } from '../resize/clusters';

function confirmationOf(serverIds: string[], translate = t) {
  const cluster = clusterOf({ task: 6 });
  const hosts = taskHosts(6).map((h, i) => ({ ...h, ip: `10.0.0.${i}` }));
  const draft = { scaleType: 'scale_in' as const, group: TASK, instances: serverIds.length, serverIds };
  const check = checkResize({ cluster, hosts, draft }, translate);
  assert.ok(check.call && check.group && check.change);
  const target = {
    clusterId: CLUSTER_ID,
    clusterName: cluster.name,
    groupName: check.group.name,
    role: check.group.role,
    scaleType: 'scale_in' as const,
    from: check.change.from,
    to: check.change.to,
  };
  const reading = { facts: cluster, hosts };
  const input = { connection: 'prod', reading, target, change: check.change, call: check.call, problems: [] };
  return buildConfirmation(input, translate);
}

describe('resize confirmation: chosen hosts', () => {
  it('names them by short name and IP', () => {
    assert.equal(
      confirmationOf(['task-0', 'task-2']).detail,
      `These nodes will be removed from node group ${TASK}: node_task_0 (10.0.0.0), node_task_2 (10.0.0.2).`,
    );
  });

  it('names three, then how many more', () => {
    assert.equal(
      confirmationOf(['task-0', 'task-1', 'task-2', 'task-3', 'task-4']).detail,
      `These nodes will be removed from node group ${TASK}: node_task_0 (10.0.0.0), node_task_1 (10.0.0.1), node_task_2 (10.0.0.2) and 2 more.`,
    );
  });

  it('reads as Chinese in zh-cn', () => {
    assert.equal(
      confirmationOf(['task-0', 'task-1'], zhTranslate).detail,
      `将从节点组 ${TASK} 删除以下节点：node_task_0（10.0.0.0）、node_task_1（10.0.0.1）。`,
    );
  });
});
