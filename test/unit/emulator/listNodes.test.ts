// GET /v2/{project_id}/clusters/{cluster_id}/nodes (ListNodes): the SDK's ClusterNode shape and types,
// node_type and billing_type per group, filters and sorting, paging with `offset` as a page number (default)
// or an item offset (the knob), and node_detail/component_infos only with query_node_detail=true.
import assert from 'node:assert/strict';
import type { Call } from './helpers';
import { assertError } from './resizeHarness';
import { useV2Emulator, type V2Harness } from './v2Harness';

interface Node {
  node_name: string;
  resource_id: string;
  node_group_name: string;
  node_type: string;
  billing_type: string;
  deployment_type: string;
  node_status: string;
  tags: unknown[];
  server_info: Record<string, unknown>;
  node_detail?: Record<string, unknown>;
  component_infos?: Record<string, unknown>[];
}

interface Listed {
  nodes: Node[];
  node_total: number;
}

const listedOf = (res: Call): Listed => {
  assert.equal(res.status, 200, res.text);
  return res.json as Listed;
};

const names = (l: Listed): string[] => l.nodes.map((n) => n.node_name);

function shapes(h: V2Harness): void {
  it('{nodes, node_total}: every node of the cluster, default page of 10, with the fields and types of the SDK', async () => {
    const l = listedOf(await h.nodes('custom-lake'));
    assert.deepEqual(Object.keys(l), ['nodes', 'node_total']);
    assert.deepEqual([l.node_total, l.nodes.length], [12, 10]);
    const n = l.nodes[0];
    assert.deepEqual(Object.keys(n).sort(), [
      'billing_type',
      'deployment_type',
      'node_group_name',
      'node_name',
      'node_status',
      'node_type',
      'resource_id',
      'server_info',
      'tags',
    ]);
    const s = n.server_info;
    assert.deepEqual(
      Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? 'array' : typeof v]),
      [
        ['server_id', 'string'],
        ['server_name', 'string'],
        ['server_type', 'string'],
        ['data_volumes', 'array'],
        ['root_volume', 'object'],
        ['cpu_type', 'string'],
        ['cpu', 'string'],
        ['mem', 'string'],
        ['internal_ip', 'string'],
      ],
    );
    assert.deepEqual([s.server_type, s.cpu_type, s.cpu, s.mem], ['ECS', 'x86', '16', '65536']);
    assert.deepEqual(s.root_volume, { type: 'SAS', size: 480, count: 1 });
    assert.deepEqual([n.deployment_type, n.node_status, n.tags], ['Server', 'running', []]);
  });

  it("node_type Master/Core/Task by the group's role (custom task-role groups too), billing_type per group", async () => {
    const l = listedOf(await h.nodes('custom-lake', 'limit=100'));
    const byGroup = new Map(l.nodes.map((n) => [n.node_group_name, [n.node_type, n.billing_type]]));
    assert.deepEqual(Object.fromEntries(byGroup), {
      master_node_default_group: ['Master', 'on-quantity'],
      node_group_data: ['Core', 'on-quantity'],
      node_group_hbase: ['Core', 'on-quantity'],
      node_group_compute: ['Task', 'on-quantity'],
      node_group_reserved: ['Task', 'on-period'],
    });
    const yearly = listedOf(await h.nodes('billing-yearly', 'limit=100'));
    assert.ok(yearly.nodes.every((n) => n.billing_type === 'on-period'));
  });

  it("server_info names the ECS server (the v1.1 hosts' id) and resource_id is the MRS resource id", async () => {
    const l = listedOf(await h.nodes('custom-degraded', 'limit=100'));
    const hosts = await h.hosts('custom-degraded');
    for (const n of l.nodes) {
      const host = hosts.find((x) => x.id === n.server_info.server_id);
      assert.ok(host, n.node_name);
      assert.deepEqual([n.server_info.server_name, n.server_info.internal_ip], [host.name, host.ip]);
      assert.notEqual(n.resource_id, host.id);
    }
    assert.deepEqual(
      l.nodes.filter((n) => n.node_group_name === 'node_group_etl').map((n) => n.node_status),
      ['abnormal', 'running', 'running'],
    );
  });

  it('12000003 for a cluster that does not exist; a terminated cluster has no nodes', async () => {
    assertError(await h.nodes('00000000-0000-4000-8000-000000000000'), 400, '12000003');
    assert.deepEqual(listedOf(await h.nodes('old-sandbox')), { nodes: [], node_total: 0 });
  });
}

function detail(h: V2Harness): void {
  it('node_detail and component_infos only with query_node_detail=true', async () => {
    for (const q of ['', 'query_node_detail=false', 'query_ecs_detail=true']) {
      const l = listedOf(await h.nodes('custom-lake', q));
      assert.ok(
        l.nodes.every((n) => n.node_detail === undefined && n.component_infos === undefined),
        q,
      );
    }
    const l = listedOf(await h.nodes('custom-lake', 'query_node_detail=true&limit=100'));
    assert.ok(l.nodes.every((n) => typeof n.node_detail?.running_status === 'string'));
    const roles = (group: string): unknown[] =>
      l.nodes.find((n) => n.node_group_name === group)?.component_infos?.map((c) => c.role_name) ?? [];
    assert.deepEqual(roles('master_node_default_group'), ['NameNode', 'ResourceManager', 'quorumpeer', 'HMaster']);
    assert.deepEqual(roles('node_group_data'), ['DataNode', 'NodeManager']);
    assert.deepEqual(roles('node_group_hbase'), ['DataNode', 'RegionServer']);
    assert.deepEqual(roles('node_group_compute'), ['NodeManager']);
    const dn = l.nodes.find((n) => n.node_group_name === 'node_group_data')?.component_infos?.[0] ?? {};
    assert.ok(
      Object.values(dn).every((v) => typeof v === 'string'),
      'ComponentInfo fields are strings',
    );
    assert.deepEqual([dn.service_name, dn.role_short_name, dn.support_decom], ['HDFS', 'DN', 'true']);
  });

  it("a non-custom cluster's components follow the group's role", async () => {
    const l = listedOf(await h.nodes('analytics-prod', 'query_node_detail=true&node_group=task_node_analysis_group'));
    assert.deepEqual(
      l.nodes[0].component_infos?.map((c) => c.service_name),
      ['Yarn'],
    );
  });
}

function filters(h: V2Harness): void {
  it('node_group, node_name (fuzzy, any case) and internal_ip filter before paging; node_total counts what matched', async () => {
    const data = listedOf(await h.nodes('custom-lake', 'node_group=node_group_data'));
    assert.deepEqual([data.node_total, new Set(data.nodes.map((n) => n.node_group_name)).size], [3, 1]);
    const masters = listedOf(await h.nodes('custom-lake', 'node_name=MASTER'));
    assert.equal(masters.node_total, 3);
    const one = data.nodes[1];
    const byIp = listedOf(await h.nodes('custom-lake', `internal_ip=${String(one.server_info.internal_ip)}`));
    assert.deepEqual(names(byIp), [one.node_name]);
    assert.deepEqual(listedOf(await h.nodes('custom-lake', 'node_group=nope')), { nodes: [], node_total: 0 });
  });

  it('sort_key=node_name with sort_dir asc (default) or desc', async () => {
    const asc = names(listedOf(await h.nodes('custom-lake', 'sort_key=node_name&limit=100')));
    const desc = names(listedOf(await h.nodes('custom-lake', 'sort_key=node_name&sort_dir=desc&limit=100')));
    assert.deepEqual(asc, [...asc].sort());
    assert.deepEqual(desc, [...asc].reverse());
  });

  for (const q of [
    'limit=0',
    'limit=x',
    'offset=0',
    'offset=-1',
    'sort_key=node_status',
    'sort_key=node_name&sort_dir=DESC',
    'query_node_detail=yes',
    'query_ecs_detail=1',
  ]) {
    it(`12000002 for ${q}`, async () => {
      assertError(await h.nodes('custom-lake', q), 400, '12000002');
    });
  }
}

function paging(h: V2Harness): void {
  it('offset is a page number by default: limit 5 gives pages 1, 2, 3 of 12 nodes, then none', async () => {
    const all = names(listedOf(await h.nodes('custom-lake', 'limit=100')));
    const pages: string[][] = [];
    for (const offset of [1, 2, 3, 4]) {
      pages.push(names(listedOf(await h.nodes('custom-lake', `limit=5&offset=${offset}`))));
    }
    assert.deepEqual(
      pages.map((p) => p.length),
      [5, 5, 2, 0],
    );
    assert.deepEqual(pages.flat(), all);
  });

  it('the knob makes offset a 1-based item offset (offset=6 → from the sixth node); a reset goes back to pages', async () => {
    const all = names(listedOf(await h.nodes('custom-lake', 'limit=100')));
    assert.deepEqual(h.emu.setV2Options({ nodesOffset: 'item' }).nodesOffset, 'item');
    assert.deepEqual(names(listedOf(await h.nodes('custom-lake', 'limit=5&offset=6'))), all.slice(5, 10));
    assert.deepEqual(names(listedOf(await h.nodes('custom-lake', 'limit=5&offset=2'))), all.slice(1, 6));
    assert.deepEqual(names(listedOf(await h.nodes('custom-lake', 'limit=5'))), all.slice(0, 5));
    h.emu.reset();
    assert.deepEqual(names(listedOf(await h.nodes('custom-lake', 'limit=5&offset=2'))), all.slice(5, 10));
  });
}

describe('emulator v2 ListNodes', () => {
  const h = useV2Emulator();
  shapes(h);
  detail(h);
  filters(h);
  paging(h);
});

describe('emulator v2 ListNodes with nodesOffset "item" from the start', () => {
  const h = useV2Emulator({ nodesOffset: 'item' });

  it('reads offset as an item offset, and the control endpoint answers so', async () => {
    const all = names(listedOf(await h.nodes('custom-lake', 'limit=100')));
    assert.deepEqual(names(listedOf(await h.nodes('custom-lake', 'limit=3&offset=4'))), all.slice(3, 6));
    const res = await fetch(`${h.emu.url}/__emulator/v2`);
    assert.deepEqual(((await res.json()) as { v2: unknown }).v2, {
      expandResult: 'succeeded',
      nodesOffset: 'item',
      rateLimit: false,
    });
  });
});
