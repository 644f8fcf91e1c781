// Turns cluster records into the wire shapes of wire.ts.
import { hex32From, orderIdFrom, uuidFrom } from './ids';
import {
  countNodes,
  isCustom,
  type ClusterRecord,
  type ClusterType,
  type NodeGroupRecord,
  type NodeRole,
} from './model';
import { networkOf } from './network';
import { rolesOf } from './roles';
import type {
  BootstrapScriptDto,
  ClusterBaseDto,
  ClusterDetailDto,
  ClusterListItemDto,
  ComponentDto,
  NodeGroupCamelDto,
  NodeGroupPascalDto,
} from './wire';

export interface RenderEnv {
  region: string;
  projectId: string;
}

const ANALYSIS: readonly [string, string][] = [
  ['Hadoop', '3.1.1'],
  ['Spark2x', '3.1.1'],
  ['Hive', '3.1.0'],
  ['Tez', '0.9.2'],
  ['HBase', '2.2.3'],
  ['ZooKeeper', '3.6.3'],
];
const STREAMING: readonly [string, string][] = [
  ['Kafka', '2.4.0'],
  ['Flume', '1.9.0'],
  ['Flink', '1.12.2'],
  ['ZooKeeper', '3.6.3'],
];

/** A hybrid cluster has the components of both (the component list of the MRS 3.1.0 docs); a custom one the analysis ones. */
const COMPONENTS: Record<ClusterType, readonly [string, string][]> = {
  0: ANALYSIS,
  1: STREAMING,
  2: [...ANALYSIS, ...STREAMING.filter(([name]) => name !== 'ZooKeeper')],
  3: ANALYSIS,
};

function components(c: ClusterRecord): ComponentDto[] {
  return COMPONENTS[c.clusterType].map(([name, version], i) => ({
    id: null,
    componentId: `${c.clusterVersion}_${String(i + 1).padStart(3, '0')}`,
    componentName: name,
    componentVersion: version,
    external_datasources: null,
    componentDesc: `${name} ${version}`,
    componentDescEn: `${name} ${version}`,
  }));
}

function groupCamel(c: ClusterRecord, g: NodeGroupRecord): NodeGroupCamelDto {
  const dto: NodeGroupCamelDto = {
    groupName: g.groupName,
    nodeNum: g.nodeNum,
    nodeSize: g.nodeSize,
    nodeSpecId: hex32From(`spec/${g.nodeSize}`),
    vmProductId: '',
    vmSpecCode: null,
    nodeProductId: hex32From(`product/${g.nodeSize}`),
    rootVolumeSize: g.rootVolumeSize,
    rootVolumeProductId: hex32From(`volume/${g.rootVolumeType}`),
    rootVolumeType: g.rootVolumeType,
    rootVolumeResourceSpecCode: '',
    rootVolumeResourceType: '',
    dataVolumeType: g.dataVolumeType,
    dataVolumeCount: g.dataVolumeCount,
    dataVolumeSize: g.dataVolumeSize,
    dataVolumeProductId: hex32From(`volume/${g.dataVolumeType}`),
    dataVolumeResourceSpecCode: '',
    dataVolumeResourceType: '',
  };
  if (g.role === 'task' && !isCustom(c)) {
    dto.AutoScalingPolicy = null;
  }
  if (isCustom(c)) {
    dto.assignedRoles = [...rolesOf(c, g)];
  }
  return dto;
}

/** Keys kept as they are in the PascalCase answer (a captured OTC answer mixes `assignedRoles` in). */
const KEPT_KEYS: readonly string[] = ['AutoScalingPolicy', 'assignedRoles'];

function groupPascal(c: ClusterRecord, g: NodeGroupRecord): NodeGroupPascalDto {
  const camel = groupCamel(c, g);
  const entries = Object.entries(camel).map(([k, v]): [string, unknown] => [
    KEPT_KEYS.includes(k) ? k : k[0].toUpperCase() + k.slice(1),
    v,
  ]);
  return Object.fromEntries(entries) as NodeGroupPascalDto;
}

/** Task groups, listed in `taskNodeGroups` too; none for a custom cluster, whose groups are all in `nodeGroups`. */
function taskGroupsListed(c: ClusterRecord): NodeGroupRecord[] {
  return isCustom(c) ? [] : c.groups.filter((g) => g.role === 'task');
}

function firstGroup(c: ClusterRecord, role: NodeRole): NodeGroupRecord | undefined {
  return c.groups.find((g) => g.role === role);
}

function base(c: ClusterRecord, env: RenderEnv): ClusterBaseDto {
  const master = firstGroup(c, 'master');
  const core = firstGroup(c, 'core');
  const masterIp = c.hosts.find((h) => h.role === 'master')?.ip ?? 'unknown';
  const net = networkOf(c, env.projectId);
  const total = c.groups.reduce((sum, g) => sum + g.nodeNum, 0);
  return {
    clusterId: c.clusterId,
    clusterName: c.clusterName,
    masterNodeNum: String(countNodes(c, 'master')),
    coreNodeNum: String(countNodes(c, 'core')),
    totalNodeNum: String(total),
    clusterState: c.clusterState,
    scale: c.scale,
    stageDesc: c.stageDesc,
    errorInfo: c.errorInfo,
    createAt: String(c.createAt),
    updateAt: String(c.updateAt),
    chargingStartTime: String(c.createAt + 600),
    billingType: c.yearlyMonthly ? 'Yearly/Monthly' : 'Metered',
    periodType: c.periodType,
    dataCenter: env.region,
    azName: `${env.region}a`,
    azCode: `${env.region}a`,
    vpc: net.vpcName,
    vpcId: net.vpcId,
    subnetId: net.subnetId,
    subnetName: net.subnetName,
    securityGroupsId: uuidFrom(`${env.projectId}/net/${c.netIndex}/sg`),
    duration: c.yearlyMonthly ? '12' : '0',
    fee: '0',
    hadoopVersion: '',
    masterNodeSize: master?.nodeSize ?? '',
    coreNodeSize: core?.nodeSize ?? '',
    componentList: components(c),
    externalIp: null,
    internalIp: masterIp,
    masterNodeIp: masterIp,
    privateIpFirst: masterIp,
    deploymentId: uuidFrom(`${c.clusterId}/deployment`),
    remark: '',
    orderId: c.yearlyMonthly ? orderIdFrom(`${c.clusterId}/order`) : (c.unpaidOrderId ?? null),
    instanceId: uuidFrom(`${c.clusterId}/deployment`),
    tenantId: env.projectId,
    volumeSize: core?.dataVolumeSize ?? 0,
    volumeType: core?.dataVolumeType ?? 'SATA',
    safeMode: c.safeMode,
    clusterVersion: c.clusterVersion,
    nodePublicCertName: 'KeyPair-mrs-emulator',
    clusterType: c.clusterType,
    logCollection: 1,
    enterpriseProjectId: '0',
    tags: '',
    masterDataVolumeType: master?.dataVolumeType ?? 'SAS',
    masterDataVolumeSize: master?.dataVolumeSize ?? 0,
    masterDataVolumeCount: master?.dataVolumeCount ?? 0,
    coreDataVolumeType: core?.dataVolumeType ?? 'SATA',
    coreDataVolumeSize: core?.dataVolumeSize ?? 0,
    coreDataVolumeCount: core?.dataVolumeCount ?? 0,
    bootstrapScripts: c.bootstrapActions.map((name) => bootstrapScript(c, name)),
  };
}

/** A bootstrap action as the official SDK's BootstrapScriptResp has it; it ran when the cluster was created. */
function bootstrapScript(c: ClusterRecord, name: string): BootstrapScriptDto {
  return {
    name,
    uri: `s3a://mrs-emulator-bootstrap/${name}.sh`,
    parameters: '',
    nodes: ['Master', 'Core', 'Task'],
    active_master: false,
    fail_action: 'errorout',
    before_component_start: false,
    start_time: c.createAt + 1800,
    state: 'SUCCESS',
  };
}

function managerFinished(c: ClusterRecord): boolean {
  return c.clusterState !== 'starting' && c.clusterState !== 'failed';
}

/** A list item: node groups in camelCase (as in the list example); task groups appear in both arrays. */
export function renderListItem(c: ClusterRecord, env: RenderEnv): ClusterListItemDto {
  return {
    ...base(c, env),
    isMrsManagerFinish: managerFinished(c),
    nodeGroups: c.groups.map((g) => groupCamel(c, g)),
    taskNodeGroups: taskGroupsListed(c).map((g) => groupCamel(c, g)),
  };
}

/** The details answer's cluster: node groups with PascalCase keys (SDK models, captured responses). */
export function renderDetail(c: ClusterRecord, env: RenderEnv): ClusterDetailDto {
  return {
    ...base(c, env),
    ismrsManagerFinish: managerFinished(c),
    nodeGroups: c.groups.map((g) => groupPascal(c, g)),
    taskNodeGroups: taskGroupsListed(c).map((g) => groupPascal(c, g)),
  };
}
