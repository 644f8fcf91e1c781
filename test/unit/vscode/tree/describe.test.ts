import * as assert from 'node:assert/strict';
import { CLUSTER_STATES, type Cluster, type ClusterState, type NodeGroup } from '../../../../src/core/model/cluster';
import { stateLabel } from '../../../../src/core/model/labels';
import { englishTranslate as t } from '../../../../src/core/translate';
import {
  clusterDescription,
  clusterIcon,
  describeCluster,
  describeNodeGroup,
  md,
  needsPolling,
} from '../../../../src/vscode/tree/describe';
import { describeHost } from '../../../../src/vscode/tree/describeHost';
import { aCluster, aHost, aNodeGroup, CLUSTER_ID } from '../../../support/builders';
import { zhTranslate } from '../../../support/unit/zhTranslate';

const hybrid: NodeGroup[] = [
  aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
  aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3 }),
  aNodeGroup({ name: 'core_node_streaming_group', nodeCount: 2 }),
  aNodeGroup({ role: 'task', name: 'node_group_batch', nodeCount: 2 }),
];

const withTask = (task: number) =>
  aCluster({
    coreCount: 3,
    taskCount: task,
    nodeGroups: [
      aNodeGroup({ role: 'core', nodeCount: 3 }),
      aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: task }),
    ],
  });

describe('tree descriptions', () => {
  it('escapes each Markdown character of a text with a backslash, and nothing else', () => {
    assert.equal(
      md('a-b_c*d`e\\f{g}[h](i)#j+k!l|m<n>o'),
      'a\\-b\\_c\\*d\\`e\\\\f\\{g\\}\\[h\\]\\(i\\)\\#j\\+k\\!l\\|m\\<n\\>o',
    );
    assert.equal(md('$& $1 $$ 集群.linux'), '$& $1 $$ 集群.linux');
    assert.equal(md(''), '');
  });

  describe('clusters', () => {
    it('describes a running cluster as "running · 3 core · 2 task"', () => {
      assert.equal(clusterDescription(withTask(2), t), 'running · 3 core · 2 task');
    });

    it('leaves task out when there is none', () => {
      assert.equal(clusterDescription(withTask(0), t), 'running · 3 core');
    });

    it('puts a failed last resize first, in place of "running", so a narrow sidebar still shows it', () => {
      const c = aCluster({ scale: 'scaling-error' });
      assert.equal(clusterDescription(c, t), 'resize failed · 3 core');
      assert.deepEqual(clusterIcon(c), { id: 'warning', color: 'charts.yellow' });
      assert.match(describeCluster(c, new Date(0), t).tooltip, /State: running \(scaling\\-error\)/);
    });

    it('counts nodes from the groups, as the resize rules do (not from coreNodeNum)', () => {
      const c = aCluster({ coreCount: 99, taskCount: 0, nodeGroups: hybrid });
      assert.equal(clusterDescription(c, t), 'running · 5 core · 2 task');
    });

    it('marks a cluster listed before a failed refresh as possibly stale', () => {
      const d = describeCluster(withTask(2), new Date(0), t, { stale: true });
      assert.equal(d.description, 'running · 3 core · 2 task · possibly stale');
      assert.deepEqual(d.icon, { id: 'vm-running', color: 'disabledForeground' });
      assert.match(d.tooltip, /^\*Possibly stale: the list could not be refreshed\.\*/);
      assert.equal(describeCluster(withTask(2), new Date(0), t).icon.color, 'charts.green');
    });

    const expected: Record<ClusterState, { icon: string; polled: boolean }> = {
      running: { icon: 'vm-running', polled: false },
      starting: { icon: 'sync~spin', polled: true },
      'scaling-out': { icon: 'sync~spin', polled: true },
      'scaling-in': { icon: 'sync~spin', polled: true },
      terminating: { icon: 'sync~spin', polled: true },
      abnormal: { icon: 'warning', polled: false },
      failed: { icon: 'error', polled: false },
      frozen: { icon: 'lock', polled: false },
      terminated: { icon: 'circle-slash', polled: false },
      unknown: { icon: 'question', polled: false },
    };
    for (const state of [...CLUSTER_STATES, 'unknown' as const]) {
      it(`gives ${state} its icon, label, context value and polling`, () => {
        const d = describeCluster(aCluster({ state }), new Date(0), t);
        assert.equal(d.icon.id, expected[state].icon);
        assert.equal(d.contextValue, `cluster:${state}`);
        assert.ok(d.description.startsWith(stateLabel(state, t)));
        assert.equal(needsPolling({ state }), expected[state].polled);
      });
    }

    it('puts id, version, state, stage, groups and refresh time in the tooltip', () => {
      const c = aCluster({ state: 'scaling-out', scale: 'scaling-out', stageDesc: 'Creating VM' });
      const tip = describeCluster(c, new Date(2026, 0, 1, 10, 20, 30), t).tooltip;
      assert.match(tip, new RegExp(`\`${CLUSTER_ID}\``));
      assert.match(tip, /Version: MRS 3\.1\.0/);
      assert.match(tip, /State: scaling out \(scaling\\-out\)/);
      assert.match(tip, /Stage: Creating VM/);
      assert.match(tip, /Core `core_node_analysis_group`: 3 × s3\.xlarge\.2\.linux\.bigdata/);
      assert.match(tip, /Last refreshed: /);
    });

    it('escapes markdown in names', () => {
      const tip = describeCluster(aCluster({ name: 'a*b_[c]' }), new Date(0), t).tooltip;
      assert.match(tip, /\*\*a\\\*b\\_\\\[c\\\]\*\*/);
    });
  });

  describe('node groups', () => {
    const running = (nodeGroups: NodeGroup[]) => aCluster({ nodeGroups });
    const contextOf = (cluster: Cluster, name: string) =>
      describeNodeGroup(cluster.nodeGroups.find((g) => g.name === name) ?? aNodeGroup(), cluster, t).contextValue;

    it('carries role and cluster state in the context value, so resize menus need a running cluster', () => {
      const g = aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: 2, flavor: 'c6.large' });
      const c = running([aNodeGroup(), g]);
      assert.equal(describeNodeGroup(g, c, t).contextValue, 'nodeGroup:task:running:canScaleOut:canScaleIn');
      const scaling = { ...c, state: 'scaling-out' as const };
      assert.equal(describeNodeGroup(g, scaling, t).contextValue, 'nodeGroup:task:scaling-out');
      assert.equal(describeNodeGroup(g, c, t).description, '2 · c6.large');
      assert.equal(contextOf(aCluster(), 'master_node_default_group'), 'nodeGroup:master:running:canScaleOut');
      assert.equal(describeNodeGroup(aNodeGroup({ role: 'master' }), c, t).label, 'Master');
    });

    it('offers no scale-in for core at 3 nodes in total, nor for an empty task group', () => {
      const c = running([
        aNodeGroup({ nodeCount: 3 }),
        aNodeGroup({ role: 'task', name: 'task_node_x', nodeCount: 0 }),
      ]);
      assert.equal(contextOf(c, 'core_node_analysis_group'), 'nodeGroup:core:running:canScaleOut');
      assert.equal(contextOf(c, 'task_node_x'), 'nodeGroup:task:running:canScaleOut');
      const five = running([aNodeGroup({ nodeCount: 5 })]);
      assert.equal(contextOf(five, 'core_node_analysis_group'), 'nodeGroup:core:running:canScaleOut:canScaleIn');
    });

    it('offers no scale-in for a core group of a hybrid cluster that would be emptied', () => {
      const c = running([
        aNodeGroup({ name: 'core_node_analysis_group', nodeCount: 3 }),
        aNodeGroup({ name: 'core_node_streaming_group', nodeCount: 1 }),
      ]);
      assert.equal(contextOf(c, 'core_node_analysis_group'), 'nodeGroup:core:running:canScaleOut:canScaleIn');
      assert.equal(contextOf(c, 'core_node_streaming_group'), 'nodeGroup:core:running:canScaleOut');
    });

    it('offers no scale-out at the 500-node limit of core and task nodes', () => {
      const c = running([
        aNodeGroup({ nodeCount: 3 }),
        aNodeGroup({ role: 'task', name: 'task_node_x', nodeCount: 497 }),
      ]);
      assert.equal(contextOf(c, 'core_node_analysis_group'), 'nodeGroup:core:running');
      assert.equal(contextOf(c, 'task_node_x'), 'nodeGroup:task:running:canScaleIn');
      const below = running([
        aNodeGroup({ nodeCount: 3 }),
        aNodeGroup({ role: 'task', name: 'task_node_x', nodeCount: 496 }),
      ]);
      assert.equal(contextOf(below, 'task_node_x'), 'nodeGroup:task:running:canScaleOut:canScaleIn');
    });

    it('names each group where a role has several, or where the name is custom', () => {
      const c = running(hybrid);
      assert.deepEqual(
        c.nodeGroups.map((g) => describeNodeGroup(g, c, t).label),
        ['Master', 'Core · analysis', 'Core · streaming', 'Task · node_group_batch'],
      );
      const plain = withTask(2);
      assert.deepEqual(
        plain.nodeGroups.map((g) => describeNodeGroup(g, plain, t).label),
        ['Core', 'Task'],
      );
    });

    it('shows the count and the flavor without the .linux.bigdata every flavor ends with', () => {
      const g = aNodeGroup({ nodeCount: 5, flavor: 'c6.4xlarge.4.linux.bigdata' });
      const d = describeNodeGroup(g, running([g]), t);
      assert.equal(d.description, '5 · c6.4xlarge.4');
      assert.match(d.tooltip, /Flavor: c6\.4xlarge\.4\.linux\.bigdata/);
    });
  });

  describe('hosts', () => {
    it('shortens names, shows the IP, and the status only when it is not ACTIVE (the icon says so)', () => {
      const d = describeHost(aHost(), CLUSTER_ID, t);
      assert.equal(d.label, 'node_core_IQhiC');
      assert.equal(d.description, '192.168.0.169');
      assert.equal(describeHost(aHost({ status: 'SHUTOFF' }), CLUSTER_ID, t).description, 'SHUTOFF · 192.168.0.169');
      assert.equal(d.contextValue, 'host:ACTIVE');
      assert.equal(d.icon.id, 'pass');
    });

    it('names the status in Chinese as the ECS console does (已关机, 故障), keeping the raw status for menus', () => {
      const off = describeHost(aHost({ status: 'SHUTOFF' }), CLUSTER_ID, zhTranslate);
      assert.equal(off.description, '已关机 · 192.168.0.169');
      assert.match(off.tooltip, /状态: 已关机/);
      assert.equal(off.contextValue, 'host:SHUTOFF');
      assert.equal(
        describeHost(aHost({ status: 'ERROR' }), CLUSTER_ID, zhTranslate).description,
        '故障 · 192.168.0.169',
      );
      assert.equal(
        describeHost(aHost({ status: 'REBOOT' }), CLUSTER_ID, zhTranslate).description,
        'REBOOT · 192.168.0.169',
      );
    });

    it('flags hosts that are not running', () => {
      assert.equal(describeHost(aHost({ status: 'ERROR' }), CLUSTER_ID, t).icon.id, 'error');
      assert.equal(describeHost(aHost({ status: 'SHUTOFF' }), CLUSTER_ID, t).icon.id, 'debug-stop');
      assert.equal(describeHost(aHost({ status: undefined }), CLUSTER_ID, t).contextValue, 'host:unknown');
    });
  });
});
