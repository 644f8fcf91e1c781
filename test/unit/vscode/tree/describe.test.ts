import * as assert from 'node:assert/strict';
import { CLUSTER_STATES, type ClusterState } from '../../../../src/core/model/cluster';
import { englishTranslate as t } from '../../../../src/shared/translate';
import {
  clusterDescription,
  clusterIcon,
  describeCluster,
  describeHost,
  describeNodeGroup,
  needsPolling,
  shortHostName,
  stateLabel,
} from '../../../../src/vscode/tree/describe';
import { aCluster, aHost, aNodeGroup, CLUSTER_ID } from '../../../support/builders';

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
  describe('clusters', () => {
    it('describes a running cluster as "running · 3 core · 2 task"', () => {
      assert.equal(clusterDescription(withTask(2), t), 'running · 3 core · 2 task');
    });

    it('leaves task out when there is none', () => {
      assert.equal(clusterDescription(withTask(0), t), 'running · 3 core');
    });

    it('says when the last resize failed', () => {
      const c = aCluster({ scale: 'scaling-error' });
      assert.equal(clusterDescription(c, t), 'running · 3 core · last resize failed');
      assert.deepEqual(clusterIcon(c), { id: 'warning', color: 'charts.yellow' });
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
    it('carries role and cluster state in the context value, so resize menus need a running cluster', () => {
      const g = aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: 2, flavor: 'c6.large' });
      assert.equal(describeNodeGroup(g, { state: 'running' }, t).contextValue, 'nodeGroup:task:running');
      assert.equal(describeNodeGroup(g, { state: 'scaling-out' }, t).contextValue, 'nodeGroup:task:scaling-out');
      assert.equal(describeNodeGroup(g, { state: 'running' }, t).description, '2 · c6.large');
      assert.equal(describeNodeGroup(aNodeGroup({ role: 'master' }), { state: 'running' }, t).label, 'Master');
    });
  });

  describe('hosts', () => {
    it('shortens names, shows IP and status', () => {
      const d = describeHost(aHost(), CLUSTER_ID, t);
      assert.equal(d.label, 'node_core_IQhiC');
      assert.equal(d.description, '192.168.0.169 · ACTIVE');
      assert.equal(d.contextValue, 'host:ACTIVE');
      assert.equal(d.icon.id, 'pass');
    });

    it('flags hosts that are not running', () => {
      assert.equal(describeHost(aHost({ status: 'ERROR' }), CLUSTER_ID, t).icon.id, 'error');
      assert.equal(describeHost(aHost({ status: 'SHUTOFF' }), CLUSTER_ID, t).icon.id, 'debug-stop');
      assert.equal(describeHost(aHost({ status: undefined }), CLUSTER_ID, t).contextValue, 'host:unknown');
    });

    it('keeps names that do not start with the cluster id', () => {
      assert.equal(shortHostName('node-1', CLUSTER_ID), 'node-1');
    });
  });
});
