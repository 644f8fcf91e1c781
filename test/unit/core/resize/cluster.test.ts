// The cluster as a whole (running, no scale in progress, not yearly/monthly, hosts running), the
// two switches, and the exact body.
import assert from 'node:assert/strict';
import { CLUSTER_STATES, type ClusterState } from '../../../../src/core/model/cluster';
import { stateLabel } from '../../../../src/core/model/labels';
import { RESIZE_NODE_ID, checkResize } from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/core/translate';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { CLUSTER_ID, aHost } from '../../../support/builders';
import { CORE, TASK, check, clusterOf, codes, draft, messageOf, taskHosts } from './clusters';
import { v11Body } from './v11Body';

describe('resize rules: cluster, switches and body', () => {
  const notRunning = [
    ...CLUSTER_STATES.filter((s) => s !== 'running' && s !== 'scaling-out' && s !== 'scaling-in'),
    'unknown',
  ] as ClusterState[];
  for (const state of notRunning) {
    it(`refuses a cluster that is ${state}`, () => {
      const r = check(clusterOf({ cluster: { state, stateText: state } }));
      assert.deepEqual(codes(r, 'error'), ['cluster.notRunning@']);
      assert.equal(
        messageOf(r, 'cluster.notRunning'),
        `The cluster state is ${stateLabel(state, englishTranslate)}: only a running cluster can be resized.`,
      );
      assert.equal(v11Body(r), undefined);
      assert.equal(r.change?.text, '3 → 4 core nodes', 'field results are still computed');
    });
  }

  for (const [state, scale] of [
    ['scaling-out', 'scaling-out'],
    ['scaling-in', undefined],
    ['running', 'scaling-in'],
    ['running', 'scaling-up'],
  ] as const) {
    it(`refuses a cluster with a resize in progress (state ${state}, scale ${scale ?? 'none'})`, () => {
      const label = scale === 'scaling-up' ? 'scaling-up' : (scale ?? state).replace('-', ' ');
      const r = check(clusterOf({ cluster: { state, stateText: state, scale } }));
      assert.deepEqual(codes(r, 'error'), ['cluster.resizing@']);
      assert.equal(
        messageOf(r, 'cluster.resizing'),
        `A resize is already in progress on this cluster (${label}); wait until it ends.`,
      );
    });
  }

  it('names the state in Chinese inside a Chinese sentence', () => {
    const cluster = clusterOf({ cluster: { state: 'starting', stateText: 'starting' } });
    const r = checkResize({ cluster, draft: draft() }, zhTranslate);
    assert.equal(messageOf(r, 'cluster.notRunning'), '集群状态为启动中：只有运行中的集群才能扩缩容。');
    const busy = clusterOf({ cluster: { state: 'scaling-out', stateText: 'scaling-out' } });
    assert.equal(
      messageOf(checkResize({ cluster: busy, draft: draft() }, zhTranslate), 'cluster.resizing'),
      '该集群正在扩缩容（扩容中），请等待其结束。',
    );
  });

  it('lets a new resize follow a failed one (scale = scaling-error), with an info', () => {
    const r = check(clusterOf({ cluster: { scale: 'scaling-error' } }));
    assert.deepEqual(codes(r), ['cluster.lastResizeFailed@']);
    assert.ok(v11Body(r));
  });

  it('refuses yearly/monthly clusters (12000065)', () => {
    const r = check(
      clusterOf({ cluster: { billing: { mode: 'yearlyMonthly', period: 'monthly', billingType: undefined } } }),
    );
    assert.deepEqual(codes(r, 'error'), ['cluster.yearlyMonthly@']);
    assert.equal(
      messageOf(r, 'cluster.yearlyMonthly'),
      'Yearly/monthly clusters cannot be resized with this API (12000065).',
    );
  });

  it('refuses a cluster with hosts that are not running (12000068), naming them by short name, IP and state', () => {
    const down = aHost({ id: 'x', name: `${CLUSTER_ID}_node_core_x`, ip: '192.168.0.7', status: 'SHUTOFF' });
    const r = check(clusterOf({ task: 2 }), {}, [...taskHosts(2), down]);
    assert.deepEqual(codes(r, 'error'), ['cluster.hostsNotRunning@']);
    assert.equal(
      messageOf(r, 'cluster.hostsNotRunning'),
      'MRS refuses to resize a cluster with nodes that are not running (12000068): node_core_x (192.168.0.7, SHUTOFF).',
    );
    assert.equal(v11Body(r), undefined);
    const zh = checkResize({ cluster: clusterOf(), hosts: [down], draft: draft() }, zhTranslate);
    assert.equal(
      messageOf(zh, 'cluster.hostsNotRunning'),
      '集群存在非运行状态的节点，MRS不允许扩缩容（12000068）：node_core_x（192.168.0.7，已关机）。',
    );
  });

  it('names at most three hosts that are not running, then how many more', () => {
    const hosts = [1, 2, 3, 4, 5].map((i) =>
      aHost({ id: `h${i}`, name: `${CLUSTER_ID}_node_core_${i}`, ip: undefined, status: 'ERROR' }),
    );
    assert.equal(
      messageOf(check(clusterOf(), {}, hosts), 'cluster.hostsNotRunning'),
      'MRS refuses to resize a cluster with nodes that are not running (12000068): node_core_1 (ERROR), node_core_2 (ERROR), node_core_3 (ERROR) and 2 more.',
    );
  });

  it('refuses even when the task scale-in would remove the host that is not running', () => {
    const down = taskHosts(2).map((h, i) => (i === 0 ? { ...h, status: 'ERROR' } : h));
    const removing = check(
      clusterOf({ task: 2 }),
      { group: TASK, scaleType: 'scale_in', instances: 1, serverIds: ['task-0'] },
      down,
    );
    assert.deepEqual(codes(removing, 'error'), ['cluster.hostsNotRunning@']);
  });

  it('refuses an unknown scale type', () => {
    const r = check(clusterOf(), { scaleType: 'scale_up' as 'scale_out' });
    assert.deepEqual(codes(r, 'error'), ['scaleType.invalid@parameters.scale_type']);
    assert.equal(v11Body(r), undefined);
  });

  it('builds the exact body of a core scale-out', () => {
    const r = check(clusterOf(), { instances: '2', skipBootstrapScripts: false, scaleWithoutStart: true });
    assert.deepEqual(v11Body(r), {
      parameters: {
        scale_type: 'scale_out',
        node_id: RESIZE_NODE_ID,
        node_group: CORE,
        instances: 2,
        skip_bootstrap_scripts: false,
        scale_without_start: true,
      },
    });
    assert.equal(RESIZE_NODE_ID, 'node_orderadd');
  });

  it('builds the exact body of a task scale-in with chosen hosts', () => {
    const r = check(
      clusterOf({ task: 3 }),
      { group: TASK, scaleType: 'scale_in', instances: 1, serverIds: ['task-1'] },
      taskHosts(3),
    );
    assert.deepEqual(v11Body(r), {
      parameters: {
        scale_type: 'scale_in',
        node_id: 'node_orderadd',
        node_group: TASK,
        instances: 1,
        server_ids: ['task-1'],
      },
    });
  });

  it('leaves the switches out when not set', () => {
    assert.deepEqual(Object.keys(v11Body(check(clusterOf()))?.parameters ?? {}), [
      'scale_type',
      'node_id',
      'node_group',
      'instances',
    ]);
  });

  it('warns about skip bootstrap and no-start on a scale-in, and leaves them out', () => {
    const r = check(clusterOf({ core: 4 }), {
      scaleType: 'scale_in',
      skipBootstrapScripts: true,
      scaleWithoutStart: true,
    });
    assert.deepEqual(codes(r, 'warning'), [
      'skipBootstrapScripts.ignoredOnScaleIn@parameters.skip_bootstrap_scripts',
      'scaleWithoutStart.ignoredOnScaleIn@parameters.scale_without_start',
    ]);
    assert.deepEqual(Object.keys(v11Body(r)?.parameters ?? {}), ['scale_type', 'node_id', 'node_group', 'instances']);
    const off = check(clusterOf({ core: 4 }), {
      scaleType: 'scale_in',
      skipBootstrapScripts: false,
      scaleWithoutStart: false,
    });
    assert.deepEqual(codes(off), []);
    assert.deepEqual(Object.keys(v11Body(off)?.parameters ?? {}), ['scale_type', 'node_id', 'node_group', 'instances']);
  });

  it('warns that skip_bootstrap_scripts has no effect on a cluster created without bootstrap actions, and sends it as written', () => {
    for (const skip of [true, false]) {
      const none = check(clusterOf({ cluster: { bootstrapActions: 0 } }), { skipBootstrapScripts: skip });
      assert.deepEqual(codes(none), ['skipBootstrapScripts.noBootstrapActions@parameters.skip_bootstrap_scripts']);
      assert.equal(
        messageOf(none, 'skipBootstrapScripts.noBootstrapActions'),
        'The cluster was created without bootstrap actions: skip_bootstrap_scripts has no effect.',
      );
      assert.equal(v11Body(none)?.parameters.skip_bootstrap_scripts, skip);
      // With bootstrap actions, or when the details do not say: a switch like any other.
      for (const bootstrapActions of [2, undefined]) {
        const r = check(clusterOf({ cluster: { bootstrapActions } }), { skipBootstrapScripts: skip });
        assert.deepEqual(codes(r), [], String(bootstrapActions));
      }
    }
    assert.deepEqual(codes(check(clusterOf({ cluster: { bootstrapActions: 0 } }))), [], 'not given: nothing to say');
  });

  it('warns that no-start needs MRS 1.7.2 or later', () => {
    const old = check(clusterOf({ cluster: { version: 'MRS 1.7.1' } }), { scaleWithoutStart: true });
    assert.deepEqual(codes(old), ['scaleWithoutStart.unsupportedVersion@parameters.scale_without_start']);
    assert.equal(
      messageOf(old, 'scaleWithoutStart.unsupportedVersion'),
      'Not starting components only works on MRS 1.7.2 and later; this cluster runs MRS 1.7.1.',
    );
    for (const version of ['MRS 1.7.2', 'MRS 1.8', 'MRS 3.1.0', undefined]) {
      assert.deepEqual(
        codes(check(clusterOf({ cluster: { version } }), { scaleWithoutStart: true })),
        [],
        String(version),
      );
    }
    assert.deepEqual(codes(check(clusterOf({ cluster: { version: 'MRS 1.6.3' } }), { scaleWithoutStart: false })), []);
  });

  it('gives every problem a code, a path under parameters (or the cluster) and a message', () => {
    const r = check(clusterOf({ cluster: { state: 'frozen', stateText: 'frozen' } }), {
      group: 'x',
      instances: 0,
      serverIds: ['a'],
    });
    for (const d of r.problems) {
      assert.match(d.code, /^[a-z]+\.[a-zA-Z]+$/);
      assert.ok(d.path.length === 0 || (d.path[0] === 'parameters' && d.path.length > 1), JSON.stringify(d.path));
      assert.ok(d.message.length > 10);
    }
  });
});
