// The Clusters view's rows of a custom cluster, as its nodes (ListNodes) complete it: each group by
// its MRS name and the role its nodes have, its billing when known, the resize menus the rules allow
// (master scale-out, never master or yearly/monthly scale-in), and each host's node status and components.
import * as assert from 'node:assert/strict';
import type { Cluster } from '../../../../src/core/model/cluster';
import { withNodes } from '../../../../src/core/model/nodes';
import { englishTranslate as t } from '../../../../src/core/translate';
import { describeCluster, describeNodeGroup } from '../../../../src/vscode/tree/describe';
import { describeHost } from '../../../../src/vscode/tree/describeHost';
import { aHost, aNodeGroup } from '../../../support/builders';
import { customLake, LAKE_ID, lakeHosts, lakeNodes } from '../../../support/customLake';
import { zhTranslate } from '../../../support/unit/zhTranslate';

const completed = (cluster: Cluster = customLake()) => withNodes(cluster, lakeHosts(), lakeNodes());
const rowsOf = (cluster: Cluster) =>
  cluster.nodeGroups.map((g) => {
    const d = describeNodeGroup(g, cluster, t);
    return `${d.label} | ${d.description} | ${d.contextValue}`;
  });

describe('tree descriptions of a custom cluster', () => {
  it('names each group as MRS does, with the role its nodes have, and offers what the rules allow', () => {
    assert.deepEqual(rowsOf(completed().cluster), [
      'Master | 3 · s3.xlarge.2 | nodeGroup:master:running:canScaleOut',
      'Core · node_group_data | 3 · s3.xlarge.2 | nodeGroup:core:running:canScaleOut:canScaleIn',
      'Core · node_group_hbase | 2 · s3.xlarge.2 | nodeGroup:core:running:canScaleOut:canScaleIn',
      'Task · node_group_compute | 2 · s3.xlarge.2 | nodeGroup:task:running:canScaleOut:canScaleIn',
      'Task · node_group_reserved | 2 · yearly/monthly · s3.xlarge.2 | nodeGroup:task:running:canScaleOut',
    ]);
  });

  it('counts the roles of the nodes in the cluster row', () => {
    assert.equal(describeCluster(completed().cluster, new Date(0), t).description, 'running · 5 core · 4 task');
  });

  it('offers no core scale-in on a custom cluster at the minimum of 3 core nodes', () => {
    const three = customLake({
      nodeGroups: [
        aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 3 }),
        aNodeGroup({ name: 'node_group_data', nodeCount: 3 }),
      ],
    });
    assert.deepEqual(rowsOf(three), [
      'Master | 3 · s3.xlarge.2 | nodeGroup:master:running:canScaleOut',
      'Core · node_group_data | 3 · s3.xlarge.2 | nodeGroup:core:running:canScaleOut',
    ]);
  });

  it('says how a group is billed in its tooltip, in both languages', () => {
    const cluster = completed().cluster;
    const [data, reserved] = ['node_group_data', 'node_group_reserved'].map(
      (name) => cluster.nodeGroups.find((g) => g.name === name) ?? aNodeGroup(),
    );
    assert.match(describeNodeGroup(reserved, cluster, t).tooltip, /Billing: yearly\/monthly/);
    assert.match(describeNodeGroup(data, cluster, t).tooltip, /Billing: pay\\-per\\-use/);
    assert.match(describeNodeGroup(reserved, cluster, zhTranslate).description, /^2 · 包年\/包月 · /);
    assert.match(describeNodeGroup(data, cluster, zhTranslate).tooltip, /计费模式: 按需计费/);
    assert.doesNotMatch(describeNodeGroup(aNodeGroup(), cluster, t).tooltip, /Billing/, 'unknown: not said');
  });

  it('shows a host whose node is not running, and its components and resource id in the tooltip', () => {
    const host = completed().hosts.find((h) => h.id === 'srv-node_group_data-0') ?? aHost();
    const fine = describeHost(host, LAKE_ID, t);
    assert.equal(fine.description, '192.168.1.0');
    assert.equal(fine.icon.id, 'pass');
    assert.match(fine.tooltip, /Components: DataNode, NodeManager/);
    assert.match(fine.tooltip, /Resource ID: `res-node_group_data-0`/);
    assert.match(fine.tooltip, /Node status: running/);
    const down = describeHost({ ...host, nodeStatus: 'abnormal' }, LAKE_ID, t);
    assert.equal(down.description, 'abnormal · 192.168.1.0');
    assert.deepEqual(down.icon, { id: 'warning', color: 'charts.yellow' });
    const zh = describeHost({ ...host, nodeStatus: 'abnormal' }, LAKE_ID, zhTranslate);
    assert.equal(zh.description, '异常 · 192.168.1.0');
    assert.match(zh.tooltip, /组件: DataNode, NodeManager/);
    assert.match(zh.tooltip, /节点状态: 异常/);
  });

  it('shows a node the host list lacks by its node status, not as an unknown host', () => {
    const onlyNode = withNodes(customLake(), [], lakeNodes()).hosts[0];
    const d = describeHost(onlyNode, LAKE_ID, t);
    assert.equal(d.description, '192.168.1.0');
    assert.equal(d.icon.id, 'pass');
    const lost = describeHost({ ...onlyNode, nodeStatus: 'lost' }, LAKE_ID, t);
    assert.equal(lost.description, 'lost · 192.168.1.0');
    assert.equal(lost.icon.id, 'warning');
  });
});
