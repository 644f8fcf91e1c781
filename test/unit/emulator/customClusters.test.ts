// Custom clusters (clusterType 3) as the v1.1 reads serve them: every group in nodeGroups, none in
// taskNodeGroups, the roles each group runs; hosts with their group, `Master`/`Core` types and a resource
// id that is not the ECS id; and the v1.1 PUT refused with MRS's own answer, whatever the direction.
import assert from 'node:assert/strict';
import { CUSTOM_CLUSTER_REFUSAL } from '../../../emulator/mrs/resize';
import { call } from './helpers';
import { assertError, useResizeEmulator } from './resizeHarness';

interface Group {
  groupName?: string;
  GroupName?: string;
  nodeNum?: number;
  NodeNum?: number;
  assignedRoles?: string[];
}

interface Listed {
  clusterName: string;
  clusterType: number;
  clusterVersion: string;
  billingType: string;
  masterNodeNum: string;
  coreNodeNum: string;
  totalNodeNum: string;
  nodeGroups: Group[];
  taskNodeGroups: Group[];
}

interface Host {
  id: string;
  name: string;
  status: string;
  type: string;
  node_group_name: string;
  resource_id: string;
}

describe('emulator custom clusters (v1.1 list, details, hosts and PUT)', () => {
  const h = useResizeEmulator();
  const listed = async (name: string): Promise<Listed> => {
    const res = await call(h.emu, 'GET', `/v1.1/{p}/cluster_infos?clusterName=${name}`, { token: h.token });
    return (res.json as { clusters: Listed[] }).clusters[0];
  };
  const detail = async (name: string): Promise<Listed> => {
    const res = await call(h.emu, 'GET', `/v1.1/{p}/cluster_infos/${h.emu.clusterIdByName(name) ?? ''}`, {
      token: h.token,
    });
    return (res.json as { cluster: Listed }).cluster;
  };
  const hosts = async (name: string): Promise<Host[]> => {
    const id = h.emu.clusterIdByName(name) ?? '';
    const res = await call(h.emu, 'GET', `/v1.1/{p}/clusters/${id}/hosts?pageSize=100`, { token: h.token });
    return (res.json as { hosts: Host[] }).hosts;
  };

  it('custom-lake: clusterType 3, MRS 3.3.0-LTS, pay-per-use, every group in nodeGroups and none in taskNodeGroups', async () => {
    for (const c of [await listed('custom-lake'), await detail('custom-lake')]) {
      assert.deepEqual(
        [c.clusterType, c.clusterVersion, c.billingType, c.masterNodeNum, c.coreNodeNum, c.totalNodeNum],
        [3, 'MRS 3.3.0-LTS', 'Metered', '3', '5', '12'],
      );
      assert.deepEqual(
        c.nodeGroups.map((g) => [g.groupName ?? g.GroupName, g.nodeNum ?? g.NodeNum]),
        [
          ['master_node_default_group', 3],
          ['node_group_data', 3],
          ['node_group_hbase', 2],
          ['node_group_compute', 2],
          ['node_group_reserved', 2],
        ],
      );
      assert.deepEqual(c.taskNodeGroups, []);
    }
  });

  it('a custom group says which roles it runs (assignedRoles, camelCase in the details too); other clusters do not', async () => {
    const d = await detail('custom-lake');
    assert.deepEqual(
      d.nodeGroups.map((g) => g.assignedRoles),
      [
        ['NameNode', 'ResourceManager', 'quorumpeer', 'HMaster'],
        ['DataNode', 'NodeManager'],
        ['DataNode', 'RegionServer'],
        ['NodeManager'],
        ['NodeManager'],
      ],
    );
    assert.ok((await detail('analytics-prod')).nodeGroups.every((g) => g.assignedRoles === undefined));
  });

  it('hosts: node_group_name, type Master or Core (as Terraform reads custom hosts), a resource_id that is not the ECS id', async () => {
    const all = await hosts('custom-lake');
    assert.equal(all.length, 12);
    const byGroup = (g: string): Host[] => all.filter((x) => x.node_group_name === g);
    assert.deepEqual(
      [
        'master_node_default_group',
        'node_group_data',
        'node_group_hbase',
        'node_group_compute',
        'node_group_reserved',
      ].map((g) => [g, byGroup(g).length, [...new Set(byGroup(g).map((x) => x.type))].join()]),
      [
        ['master_node_default_group', 3, 'Master'],
        ['node_group_data', 3, 'Core'],
        ['node_group_hbase', 2, 'Core'],
        ['node_group_compute', 2, 'Core'],
        ['node_group_reserved', 2, 'Core'],
      ],
    );
    const id = h.emu.clusterIdByName('custom-lake') ?? '';
    assert.match(byGroup('node_group_compute')[0].name, new RegExp(`^${id}_node_group_compute[A-Za-z]{4}-0001$`));
    assert.ok(all.every((x) => /^[0-9a-f-]{36}$/.test(x.resource_id) && x.resource_id !== x.id));
    assert.equal(new Set(all.map((x) => x.resource_id)).size, 12);
    const other = await hosts('analytics-prod');
    assert.ok(
      other.every((x) => x.resource_id !== x.id),
      'every cluster has resource ids',
    );
  });

  it('custom-degraded: a running custom cluster whose task group node_group_etl has one abnormal (ERROR) node', async () => {
    const d = await detail('custom-degraded');
    assert.deepEqual(
      d.nodeGroups.map((g) => [g.GroupName, g.NodeNum]),
      [
        ['master_node_default_group', 3],
        ['node_group_core', 3],
        ['node_group_etl', 3],
      ],
    );
    const etl = (await hosts('custom-degraded')).filter((x) => x.node_group_name === 'node_group_etl');
    assert.deepEqual(
      etl.map((x) => x.status),
      ['ERROR', 'ACTIVE', 'ACTIVE'],
    );
  });

  it("the v1.1 PUT refuses a custom cluster with 12000002 and MRS's own message, scale-out or scale-in, any group", async () => {
    for (const [type, group] of [
      ['scale_out', 'node_group_data'],
      ['scale_in', 'node_group_compute'],
      ['scale_out', ''],
      ['scale_in', 'core_node_default_group'],
    ]) {
      const res = await h.resize('custom-lake', { scale_type: type, node_group: group, instances: '1' });
      assertError(res, 400, '12000002');
      assert.deepEqual(res.json, { error_code: '12000002', error_msg: CUSTOM_CLUSTER_REFUSAL });
    }
    assert.equal(
      CUSTOM_CLUSTER_REFUSAL,
      'The role list cannot be empty during customized cluster scaling out.',
      'the real answer (Terraform issue #1647)',
    );
    assert.equal((await detail('custom-lake')).clusterType, 3);
    assert.equal(h.emu.requests().log.filter((e) => e.resize !== undefined).length, 0, 'nothing started');
  });

  it("the refusal follows X-Language: zh-cn gives the doc's 参数不合法。", async () => {
    const id = h.emu.clusterIdByName('custom-degraded') ?? '';
    const res = await call(
      h.emu,
      'PUT',
      `/v1.1/{p}/cluster_infos/${id}`,
      { sign: true, now: h.clock.t, headers: { 'X-Language': 'zh-cn' } },
      {
        parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: 'node_group_core', instances: 1 },
      },
    );
    assert.deepEqual(res.json, { error_code: '12000002', error_msg: '参数不合法。' });
  });

  it('a malformed body is still refused for what it is first (12000009), as for any cluster', async () => {
    assertError(await h.put('custom-lake', '{"parameters": 1}'), 400, '12000009');
  });
});
