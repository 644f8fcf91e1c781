// The demo seed: a realistic project with a cluster in every state and the edge cases of the
// resize rules (no task group, empty task group, yearly/monthly, near the 500-node limit, a hybrid
// cluster, an unpaid order, an old version...). New clusters go at the end: a cluster's position
// sets its IPs and creation time, so appending keeps the others as they were.
import type { ClusterRecord } from '../model';
import type { Amounts } from '../quotas';
import { aCluster, type ClusterSpec } from './builder';

/** The task host ids of the doc's 缩容指定的Task节点样例 (resize.scale-in-task-hosts.request.json). */
export const DOC_EXAMPLE_TASK_HOST_IDS = [
  'c9573435-7814-4b2c-9131-ad78b814414c',
  'a4951009-6a0f-4e7b-9c81-9d4bd1f8c537',
] as const;

/** What a custom cluster's master group runs (its `assignedRoles`). */
const CUSTOM_MASTER_ROLES = ['NameNode', 'ResourceManager', 'quorumpeer', 'HMaster'] as const;

export const DEFAULT_SPECS: readonly ClusterSpec[] = [
  { name: 'analytics-prod', core: 5, task: 4, daysAgo: 120, coreFlavor: 'c6.4xlarge.4.linux.bigdata' },
  { name: 'etl-nightly', core: 3, daysAgo: 90, bootstrapActions: ['install-python-libs'] },
  { name: 'stream-events', type: 'streaming', core: 3, task: 2, daysAgo: 60, version: 'MRS 3.2.0-LTS.1' },
  { name: 'reporting-warehouse', core: 4, task: 0, daysAgo: 45 },
  {
    name: 'ml-features',
    state: 'scaling-out',
    scale: 'scaling-out',
    core: 3,
    task: 2,
    stageDesc: 'Creating VM',
    daysAgo: 30,
  },
  {
    name: 'log-archive',
    state: 'scaling-in',
    scale: 'scaling-in',
    core: 6,
    task: 3,
    stageDesc: 'Decommissioning instance',
    daysAgo: 200,
  },
  { name: 'hbase-online', state: 'abnormal', core: 5, task: 2, daysAgo: 150, errorInfo: 'Some services are abnormal.' },
  { name: 'finance-frozen', state: 'frozen', core: 3, daysAgo: 300 },
  {
    name: 'poc-failed',
    state: 'failed',
    core: 3,
    daysAgo: 10,
    stageDesc: 'Cluster installation failed',
    errorInfo: 'MRS.201 Failed because of ECS. (Ecs.0005: root volume size is [40], must over image mindisk [480])',
  },
  { name: 'old-sandbox', state: 'terminated', core: 3, daysAgo: 400, safeMode: 0 },
  { name: 'temp-teardown', state: 'terminating', core: 3, daysAgo: 5 },
  { name: 'new-lakehouse', state: 'starting', core: 3, task: 0, daysAgo: 0, stageDesc: 'Installing MRS Manager' },
  { name: 'billing-yearly', core: 4, task: 2, yearlyMonthly: true, daysAgo: 365 },
  { name: 'bigscale-batch', core: 3, task: 495, daysAgo: 75, taskFlavor: 'c6.2xlarge.4.linux.bigdata' },
  { name: 'hdfs-degraded', core: 4, task: 1, shutoffCore: 1, daysAgo: 20 },
  {
    name: 'retry-scaleout',
    core: 3,
    task: 1,
    scale: 'scaling-error',
    stageDesc: 'Cluster expansion failed',
    errorInfo: 'MRS.104 Insufficient resources. Try again later or contact customer service.',
    daysAgo: 15,
  },
  {
    // Two core groups: the 3-core minimum counts the cluster, and neither group may be emptied.
    // The task group has a custom name: only its place in taskNodeGroups says it is a task group.
    name: 'hybrid-insights',
    type: 'hybrid',
    daysAgo: 180,
    groups: [
      { role: 'core', name: 'core_node_analysis_group', nodes: 3 },
      { role: 'core', name: 'core_node_streaming_group', nodes: 2, flavor: 'c6.xlarge.4.linux.bigdata' },
      { role: 'task', name: 'node_group_batch', nodes: 2 },
    ],
  },
  { name: 'pending-order', core: 4, task: 1, unpaidOrder: true, daysAgo: 140 },
  { name: 'legacy-hadoop', core: 4, task: 1, version: 'MRS 1.5.1', daysAgo: 900, safeMode: 0 },
  {
    // Every example body of the resize doc is valid against this cluster (scale-in of 2 named task hosts included).
    name: 'adhoc-queries',
    daysAgo: 130,
    // The doc's scale-out examples send skip_bootstrap_scripts: it means something here.
    bootstrapActions: ['presto-worker'],
    groups: [
      { role: 'core', name: 'core_node_analysis_group', nodes: 4 },
      { role: 'task', name: 'task_node_analysis_group', nodes: 3, hostIds: DOC_EXAMPLE_TASK_HOST_IDS },
    ],
  },
  {
    // A custom cluster ("custom purchase" of MRS 3.x): groups named freely, roles chosen per group. The v1.1 PUT
    // refuses it (12000002); the v2 expand/shrink serve it. One task-role group is yearly/monthly in a
    // pay-per-use cluster: its expand only creates an order.
    name: 'custom-lake',
    type: 'custom',
    version: 'MRS 3.3.0-LTS',
    masters: 3,
    masterRoles: CUSTOM_MASTER_ROLES,
    daysAgo: 40,
    groups: [
      { role: 'core', name: 'node_group_data', nodes: 3, roles: ['DataNode', 'NodeManager'] },
      { role: 'core', name: 'node_group_hbase', nodes: 2, roles: ['DataNode', 'RegionServer'] },
      { role: 'task', name: 'node_group_compute', nodes: 2, roles: ['NodeManager'] },
      { role: 'task', name: 'node_group_reserved', nodes: 2, roles: ['NodeManager'], yearlyMonthly: true },
    ],
  },
  {
    // A custom cluster with one abnormal (ECS ERROR) task node: what v2 shrink's resource_ids may name.
    name: 'custom-degraded',
    type: 'custom',
    version: 'MRS 3.3.0-LTS',
    masters: 3,
    masterRoles: CUSTOM_MASTER_ROLES,
    daysAgo: 25,
    groups: [
      { role: 'core', name: 'node_group_core', nodes: 3, roles: ['DataNode', 'NodeManager'] },
      { role: 'task', name: 'node_group_etl', nodes: 3, roles: ['NodeManager'], abnormalHosts: 1 },
    ],
  },
  // The quota and subnet cases (DEFAULT_SEED_FREE): older than every other cluster, so that they come last
  // in the newest-first lists. 64-vCPU core nodes: 40 fit the free vCPUs, a 41st does not (12000031).
  { name: 'hpc-simulation', core: 3, daysAgo: 950, coreFlavor: 'c6.16xlarge.2.linux.bigdata' },
  // 256 GB core nodes: 40 fit the free memory, a 41st does not (12000032).
  { name: 'memory-analytics', core: 3, daysAgo: 960, coreFlavor: 'm6.8xlarge.8.linux.bigdata' },
  // Small task nodes: 310 fit the free instances, a 311th does not (12000030).
  { name: 'edge-collectors', core: 3, task: 2, daysAgo: 970, taskFlavor: 'c6.xlarge.2.linux.bigdata' },
  // A subnet of 8 addresses with 5 nodes in it: 3 more fit, a fourth does not (MRS.105).
  { name: 'branch-subnet', core: 3, task: 0, daysAgo: 980, subnetIps: 8 },
];

/**
 * What the default seed leaves free over its own usage (the limits are usage + this): room for every
 * scale-out of the tests (302 task nodes of bigscale-batch under a raised node limit among them), yet
 * hpc-simulation's 41st core node exceeds the vCPUs (12000031), memory-analytics' 41st the memory
 * (12000032) and edge-collectors' 311th task node the instances (12000030); branch-subnet's fourth node
 * finds no address (MRS.105). Disks and capacity block nothing.
 */
export const DEFAULT_SEED_FREE: Amounts = {
  instances: 310,
  cores: 2560,
  ramMb: 10240 * 1024,
  volumes: 1000,
  gigabytes: 500_000,
};

export function defaultSeed(): ClusterRecord[] {
  return DEFAULT_SPECS.map((spec, i) => aCluster('default', i + 1, spec));
}
