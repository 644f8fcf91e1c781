// Every refusal rule the emulator has for the resize PUT (emulator/README.md "Resize": the parameters,
// the cluster, the account's quota; MRS.102 is in resizeErrors.test.ts, it needs its own token), with
// what the client must make of it: the documented HTTP status (docs/mrs-api.md §5.2), the error kind, and
// the meaning from the resize doc's error table (docs/mrs-api.md §5.2, 表9) that the catalog
// explanation must carry. The codes of 表9 that no request or state triggers are in the README's
// "Codes not emulated".
import type { Emulator } from '../../emulator';
import type { MrsErrorKind } from '../../src/core/api/errors';
import type { ResizeRequestDto } from '../../src/core/api/wire';
import { aMalformedResize, aRawBody, aResize, aScaleIn, aTaskNodeInfo } from './builders';

export interface CodeMeaning {
  readonly status: number;
  readonly kind: MrsErrorKind;
  /** Words of the doc's meaning that the English and Chinese explanations must contain. */
  readonly en: RegExp;
  readonly zh: string;
}

export const MEANINGS: Readonly<Record<string, CodeMeaning>> = {
  '12000001': { status: 401, kind: 'unauthorized', en: /identity verification failed/i, zh: '身份校验不合法' },
  '12000002': { status: 400, kind: 'validation', en: /parameter .*invalid/i, zh: '参数不合法' },
  '12000003': { status: 400, kind: 'notFound', en: /cluster does not exist/i, zh: '集群不存在' },
  '12000009': { status: 400, kind: 'validation', en: /method parameter is invalid/i, zh: '方法参数不合法' },
  '12000013': { status: 400, kind: 'validation', en: /scale-in .*failed/i, zh: '缩容失败' },
  '12000017': { status: 400, kind: 'conflict', en: /not running/i, zh: '运行中' },
  '12000018': { status: 400, kind: 'conflict', en: /already in progress/i, zh: '不允许再次' },
  '12000028': { status: 400, kind: 'validation', en: /at most N Core/i, zh: '最多为N个' },
  '12000054': { status: 400, kind: 'validation', en: /not supported/i, zh: '不支持此操作' },
  '12000065': { status: 400, kind: 'validation', en: /yearly\/monthly/i, zh: '不支持扩容/缩容' },
  '12000068': { status: 400, kind: 'conflict', en: /nodes .*not running/i, zh: '非运行状态节点' },
  '12000121': { status: 400, kind: 'conflict', en: /unpaid order/i, zh: '未支付订单' },
  '12000067': { status: 400, kind: 'validation', en: /version is too old/i, zh: '版本太老' },
  '12000030': {
    status: 400,
    kind: 'validation',
    en: /number of nodes exceeds the .*quota/i,
    zh: '节点总数大于可用配额',
  },
  '12000031': { status: 400, kind: 'validation', en: /vCPUs exceed the .*quota/i, zh: 'CPU总核数大于可用配额' },
  '12000032': { status: 400, kind: 'validation', en: /memory exceeds the .*quota/i, zh: '内存总数大于可用配额' },
  '12000033': {
    status: 400,
    kind: 'validation',
    en: /number of disks exceeds the .*quota/i,
    zh: '磁盘块数大于可用配额',
  },
  '12000034': { status: 400, kind: 'validation', en: /disk capacity exceeds the .*quota/i, zh: '磁盘容量大于可用配额' },
  'MRS.102': { status: 401, kind: 'unauthorized', en: /token is empty or invalid/i, zh: 'Token为空或不合法' },
};

export interface RefusalCase {
  readonly title: string;
  /** A seeded cluster name, or `{ id }` for a cluster that does not exist. */
  readonly cluster: string | { readonly id: string };
  readonly body: ResizeRequestDto;
  readonly code: keyof typeof MEANINGS;
  /** Needs a connection whose project id is not the account's. */
  readonly wrongProject?: boolean;
  /** Puts the emulator in the state the case is about (a `scale` in progress, a quota…). */
  readonly prepare?: (emu: Emulator) => void;
}

const refused = (
  code: string,
  title: string,
  cluster: RefusalCase['cluster'],
  body: ResizeRequestDto,
): RefusalCase => ({ code, title, cluster, body });
const badInfo = (title: string, info: Record<string, unknown>): RefusalCase =>
  refused(
    '12000002',
    `task_node_info ${title}`,
    'etl-nightly',
    aMalformedResize({ node_group: 'task_node_default_group', task_node_info: { ...aTaskNodeInfo(), ...info } }),
  );

const UNKNOWN_CLUSTER = { id: '00000000-0000-4000-8000-000000000000' };

/** Refusals by the request alone (resizeParams.ts), in the doc's order. */
export const PARAMETER_CASES: readonly RefusalCase[] = [
  refused('12000003', 'an unknown cluster', UNKNOWN_CLUSTER, aResize()),
  refused('12000009', 'a body without "parameters"', 'etl-nightly', aRawBody({})),
  refused('12000009', '"parameters" that is not an object', 'etl-nightly', aRawBody({ parameters: 'scale_out' })),
  refused('12000002', 'scale_type not scale_out/scale_in', 'etl-nightly', aMalformedResize({ scale_type: 'scale_up' })),
  refused('12000002', 'node_id not node_orderadd', 'etl-nightly', aMalformedResize({ node_id: 'node_add' })),
  ...[0, -1, 1.5, 'x', ' 1', '0', true].map((instances) =>
    refused('12000002', `instances ${JSON.stringify(instances)}`, 'etl-nightly', aMalformedResize({ instances })),
  ),
  ...['yes', 0].map((v) =>
    refused(
      '12000002',
      `skip_bootstrap_scripts ${JSON.stringify(v)}`,
      'etl-nightly',
      aMalformedResize({ skip_bootstrap_scripts: v }),
    ),
  ),
  ...['false', 1].map((v) =>
    refused(
      '12000002',
      `scale_without_start ${JSON.stringify(v)}`,
      'etl-nightly',
      aMalformedResize({ scale_without_start: v }),
    ),
  ),
  refused(
    '12000002',
    'server_ids not a list of strings',
    'analytics-prod',
    aMalformedResize({ scale_type: 'scale_in', server_ids: [1] }),
  ),
  badInfo('without node_size', { node_size: undefined }),
  badInfo('with data_volume_type HDD', { data_volume_type: 'HDD' }),
  badInfo('with data_volume_count 0', { data_volume_count: 0 }),
  badInfo('with data_volume_count 11', { data_volume_count: 11 }),
  badInfo('with data_volume_size 99', { data_volume_size: 99 }),
  badInfo('with data_volume_size 32001', { data_volume_size: 32001 }),
];

/** Refusals by the state and shape of the cluster (resizeRules.ts). */
export const CLUSTER_CASES: readonly RefusalCase[] = [
  refused('12000065', 'a yearly/monthly cluster', 'billing-yearly', aResize()),
  refused('12000018', 'a cluster scaling out', 'ml-features', aResize()),
  refused('12000018', 'a cluster scaling in', 'log-archive', aScaleIn()),
  ...['hbase-online', 'finance-frozen', 'poc-failed', 'old-sandbox', 'temp-teardown', 'new-lakehouse'].map((name) =>
    refused('12000017', `a cluster not running (${name})`, name, aResize()),
  ),
  refused('12000068', 'a cluster with a host not ACTIVE', 'hdfs-degraded', aResize()),
  refused('12000054', 'the master group', 'etl-nightly', aResize({ node_group: 'master_node_default_group' })),
  refused('12000002', 'an unknown node_group', 'etl-nightly', aResize({ node_group: 'core_node_nosuch_group' })),
  refused(
    '12000002',
    'task_node_info while the cluster has task nodes',
    'analytics-prod',
    aResize({ node_group: 'task_node_default_group', task_node_info: aTaskNodeInfo() }),
  ),
  refused(
    '12000002',
    'a task scale-out with no task group and no task_node_info',
    'etl-nightly',
    aResize({ node_group: 'task_node_default_group' }),
  ),
  refused('12000028', 'a scale-out beyond 500 core + task nodes', 'bigscale-batch', aResize({ instances: 3 })),
  refused('12000013', 'a core scale-in leaving fewer than 3 core nodes', 'etl-nightly', aScaleIn()),
  refused(
    '12000013',
    'a task scale-in of more nodes than the group has',
    'stream-events',
    aScaleIn({ node_group: 'task_node_streaming_group', instances: 3 }),
  ),
  refused(
    '12000013',
    'a task scale-in of an empty task group',
    'reporting-warehouse',
    aScaleIn({ node_group: 'task_node_default_group' }),
  ),
  refused(
    '12000013',
    'a task scale-in of a cluster without task nodes',
    'etl-nightly',
    aScaleIn({ node_group: 'task_node_default_group' }),
  ),
  refused(
    '12000002',
    'server_ids count different from instances',
    'analytics-prod',
    aScaleIn({ node_group: 'task_node_analysis_group', instances: 2, server_ids: ['a'] }),
  ),
  refused(
    '12000002',
    'duplicate server_ids',
    'analytics-prod',
    aScaleIn({ node_group: 'task_node_analysis_group', instances: 2, server_ids: ['a', 'a'] }),
  ),
  refused(
    '12000013',
    'server_ids naming no host of the task group',
    'analytics-prod',
    aScaleIn({ node_group: 'task_node_analysis_group', server_ids: ['no-such-host'] }),
  ),
  { ...refused('12000001', "a project that is not the account's", 'etl-nightly', aResize()), wrongProject: true },
  ...['scaling-out', 'scaling-up'].map((scale) => ({
    ...refused('12000018', `a running cluster whose scale is "${scale}"`, 'etl-nightly', aResize()),
    prepare: (emu: Emulator) => emu.setClusterState('etl-nightly', { clusterState: 'running', scale }),
  })),
  refused('12000121', 'a scale-out of a cluster with an unpaid order', 'pending-order', aResize()),
  refused('12000067', 'a scale-out of an MRS 1.5.1 cluster', 'legacy-hadoop', aResize()),
];

/** The hybrid seed: 3 core_node_analysis_group + 2 core_node_streaming_group. */
export const HYBRID_CASES: readonly RefusalCase[] = [
  refused(
    '12000013',
    'a hybrid core scale-in leaving fewer than 3 core nodes in the cluster',
    'hybrid-insights',
    aScaleIn({ node_group: 'core_node_analysis_group', instances: 3 }),
  ),
  refused(
    '12000013',
    'a hybrid core scale-in emptying a core group (3 core nodes would remain)',
    'hybrid-insights',
    aScaleIn({ node_group: 'core_node_streaming_group', instances: 2 }),
  ),
];

const overQuota = (code: string, quota: Parameters<Emulator['setQuota']>[0]): RefusalCase => ({
  ...refused(code, `one c6.4xlarge.4 core node over the quota ${JSON.stringify(quota)}`, 'analytics-prod', aResize()),
  prepare: (emu: Emulator) => emu.setQuota(quota),
});

/** One core node of analytics-prod needs 16 vCPUs, 64 GB, 3 disks (2 data + root) and 1,680 GB. */
export const QUOTA_CASES: readonly RefusalCase[] = [
  overQuota('12000030', { nodes: 0 }),
  overQuota('12000031', { vcpus: 15 }),
  overQuota('12000032', { memoryGb: 63 }),
  overQuota('12000033', { disks: 2 }),
  overQuota('12000034', { diskGb: 1679 }),
];
