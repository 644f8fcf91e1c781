// The request alone (resize doc 表3, 表4, 表6): the body, instances, scale_type, node_id, the two
// switches and task_node_info, each refused with 12000009 or 12000002 at and beyond its edge.
import {
  assertAccepted,
  assertError,
  assertRefused,
  TASK_GROUP,
  TASK_NODE_INFO,
  useResizeEmulator,
  type ResizeHarness,
} from './resizeHarness';

function bodyAndFields(h: ResizeHarness): void {
  const { resize, scaleOut } = h;
  it('accepts the doc example (instances "1") and the SDK form (instances 1)', async () => {
    assertAccepted(await scaleOut('analytics-prod', 'core_node_default_group', '1'));
    h.emu.reset();
    assertAccepted(await scaleOut('analytics-prod', 'core_node_default_group', 1));
  });

  for (const instances of [0, -1, 1.5, 'x', '1.5', '', '0', '-1', ' 1', null, true, [1]]) {
    it(`refuses instances ${JSON.stringify(instances)} with 400 12000002`, async () => {
      assertError(await resize('analytics-prod', { scale_type: 'scale_out', instances }), 400, '12000002');
    });
  }

  it('refuses a missing instances, a bad scale_type and a node_id other than node_orderadd', async () => {
    assertError(await resize('analytics-prod', { scale_type: 'scale_out' }), 400, '12000002');
    assertError(await resize('analytics-prod', { scale_type: 'scale_up', instances: 1 }), 400, '12000002');
    assertError(await resize('analytics-prod', { instances: 1 }), 400, '12000002');
    assertError(
      await resize('analytics-prod', { scale_type: 'scale_out', node_id: 'node_x', instances: 1 }),
      400,
      '12000002',
    );
  });
}

function bodyAndCluster(h: ResizeHarness): void {
  const { put, resize } = h;
  it('refuses a body that is not JSON or has no parameters object with 12000009', async () => {
    assertError(await put('analytics-prod', '{"parameters":'), 400, '12000009');
    assertError(await put('analytics-prod', { scale_type: 'scale_out', instances: 1 }), 400, '12000009');
  });

  it('an unknown cluster gives 400 12000003', async () => {
    assertError(
      await resize('00000000-0000-4000-8000-000000000000', { scale_type: 'scale_out', instances: 1 }),
      400,
      '12000003',
    );
  });
}

function taskNodeInfo(h: ResizeHarness): void {
  const { scaleOut } = h;
  for (const [field, bad, good] of [
    ['data_volume_count', [0, 11, 1.5, '2'], [1, 10]],
    ['data_volume_size', [99, 32001, 150.5], [100, 32000]],
    ['data_volume_type', ['NVME', 1], ['SATA', 'SAS', 'SSD']],
    ['node_size', ['', 7], ['c6.2xlarge.4.linux.bigdata']],
  ] as const) {
    it(`task_node_info.${field}: ${JSON.stringify(bad)} refused, ${JSON.stringify(good)} accepted`, async () => {
      const withInfo = (v: unknown) =>
        scaleOut('etl-nightly', TASK_GROUP, 1, { task_node_info: { ...TASK_NODE_INFO, [field]: v } });
      for (const v of bad) {
        assertRefused(await withInfo(v), '12000002');
      }
      for (const v of good) {
        h.emu.reset();
        assertAccepted(await withInfo(v));
      }
    });
  }
}

function switches(h: ResizeHarness): void {
  const { resize } = h;
  for (const [option, bad, good] of [
    ['skip_bootstrap_scripts', ['yes', 'False', 0, 1, [], {}], [false, true, 'false', 'true']],
    ['scale_without_start', ['false', 'true', 0, 1, 'yes', {}], [false, true]],
  ] as const) {
    it(`${option}: ${JSON.stringify(bad)} refused with 12000002, ${JSON.stringify(good)} accepted`, async () => {
      for (const v of bad) {
        assertError(
          await resize('analytics-prod', { scale_type: 'scale_out', instances: 1, [option]: v }),
          400,
          '12000002',
        );
      }
      for (const v of good) {
        h.emu.reset();
        assertAccepted(await resize('analytics-prod', { scale_type: 'scale_out', instances: 1, [option]: v }));
      }
    });
  }
}

describe('emulator resize parameters (PUT /v1.1/{project_id}/cluster_infos/{cluster_id})', () => {
  const h = useResizeEmulator();
  describe('instances, scale_type, node_id', () => bodyAndFields(h));
  describe('task_node_info fields', () => taskNodeInfo(h));
  describe('the body and the cluster', () => bodyAndCluster(h));
  describe('skip_bootstrap_scripts and scale_without_start', () => switches(h));
});
