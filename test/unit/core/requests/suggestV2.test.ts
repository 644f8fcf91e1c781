// Live suggestions in the v2 members: a custom cluster's groups by their own names (master nodes only
// for an expand), and for a shrink's resource_ids the group's abnormal nodes, each saying it is force-deleted.
import assert from 'node:assert/strict';
import { completionEntry, resourceIdSuggestions, slotAt, v2GroupSuggestions } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { aCluster, aHost, aNodeGroup, CLUSTER_ID } from '../../../support/builders';

function at(text: string): ReturnType<typeof slotAt> {
  const offset = text.indexOf('|');
  return slotAt(text.replace('|', ''), offset);
}

/** custom-degraded's shape: master 3, node_group_core (core) 3, node_group_etl (task) 3, one abnormal. */
const cluster = aCluster({
  clusterType: 3,
  nodeGroups: [
    aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 3 }),
    aNodeGroup({ role: 'core', name: 'node_group_core', nodeCount: 3 }),
    aNodeGroup({ role: 'task', name: 'node_group_etl', nodeCount: 3 }),
    aNodeGroup({ role: 'task', name: 'node_group_reserved', nodeCount: 2, billing: 'yearlyMonthly' }),
  ],
});

const etl = (i: number, status: string) =>
  aHost({
    id: `ecs-etl-${i}`,
    name: `${CLUSTER_ID}_node_etl_${i}`,
    type: 'Task',
    nodeGroupName: 'node_group_etl',
    ip: `192.168.1.${i}`,
    status,
    resourceId: `res-etl-${i}`,
  });
const hosts = [
  etl(0, 'ERROR'),
  etl(1, 'ACTIVE'),
  etl(2, 'SHUTOFF'),
  aHost({ id: 'ecs-core-0', name: 'core-0', type: 'Core', nodeGroupName: 'node_group_core', status: 'ERROR' }),
];

describe('request files: suggestions in expand and shrink', () => {
  it('finds the v2 slots: the group of expand and of shrink, and the resource ids of shrink', () => {
    assert.equal(at('{"expand": {"node_group_name": "|"}}')?.slot, 'expandGroup');
    assert.equal(at('{"shrink": {"node_group_name": "no|de"}}')?.slot, 'shrinkGroup');
    assert.equal(at('{"shrink": {"resource_ids": ["a", "|"]}}')?.slot, 'resourceId');
    assert.equal(at('{"expand": {"resource_ids": ["|"]}}'), undefined, 'expand has no resource_ids');
    assert.equal(at('{"request": {"node_group_name": "|"}}'), undefined);
  });

  it('offers every group by its name for an expand, master nodes included, and says a yearly/monthly one makes an order', () => {
    const offered = v2GroupSuggestions(cluster, 'expand', t);
    assert.deepEqual(
      offered.map((s) => `${s.value} | ${s.description}`),
      [
        'master_node_default_group | master node group, 3 nodes',
        'node_group_core | core node group, 3 nodes',
        'node_group_etl | task node group, 3 nodes',
        'node_group_reserved | task node group, 2 nodes',
      ],
    );
    assert.match(offered[3]?.detail ?? '', /yearly\/monthly.*order/);
    assert.equal(offered[1]?.detail, '');
  });

  it('offers only the groups a shrink may take: never master nodes, never a yearly/monthly group, never the v1.1 doc names', () => {
    assert.deepEqual(
      v2GroupSuggestions(cluster, 'shrink', t).map((s) => s.value),
      ['node_group_core', 'node_group_etl'],
    );
    assert.deepEqual(v2GroupSuggestions(undefined, 'shrink', t), []);
  });

  it('offers the abnormal nodes of the group not listed yet by resource id, saying MRS force-deletes them', () => {
    const offered = resourceIdSuggestions(cluster, hosts, 'node_group_etl', ['res-etl-2'], t);
    assert.deepEqual(
      offered.map((s) => s.value),
      ['res-etl-0'],
    );
    const entry = completionEntry(offered[0] ?? { value: '', label: '', description: '', detail: '' }, 0);
    assert.deepEqual([entry.label, entry.labelDetail, entry.insertText], ['node_etl_0', ' 192.168.1.0', '"res-etl-0"']);
    assert.match(entry.detail ?? '', /ERROR.*force-deletes/);
    assert.deepEqual(
      resourceIdSuggestions(cluster, hosts, 'node_group_etl', [], t).map((s) => s.value),
      ['res-etl-0', 'res-etl-2'],
    );
    assert.deepEqual(resourceIdSuggestions(cluster, hosts, 'no_such_group', [], t), []);
  });
});
