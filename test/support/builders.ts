// Test data builders: wire DTOs as MRS sends them (documented camelCase, string counts) and model
// objects. Override only what a test is about: `aClusterDto({ clusterState: 'scaling-out' })`.
import type {
  ClusterDto,
  ClusterListResponseDto,
  GatewayErrorDto,
  HostDto,
  HostListResponseDto,
  IamErrorDto,
  IamTokenResponseDto,
  MrsErrorDto,
  NodeGroupDto,
  NumberOrString,
  ResizeParametersDto,
  ResizeRequestDto,
} from '../../src/core/api/wire';
import type { Cluster, Host, NodeGroup } from '../../src/core/model/cluster';

export const CLUSTER_ID = 'bdb064ff-2855-4624-90d5-e9a6376abd6e';
export const PROJECT_ID = '0123456789abcdef0123456789abcdef';

export function aNodeGroupDto(overrides: Partial<NodeGroupDto> = {}): NodeGroupDto {
  return {
    groupName: 'core_node_analysis_group',
    nodeNum: 3,
    nodeSize: 's3.xlarge.2.linux.bigdata',
    rootVolumeSize: 40,
    rootVolumeType: 'SATA',
    dataVolumeType: 'SATA',
    dataVolumeCount: 1,
    dataVolumeSize: 100,
    ...overrides,
  };
}

export function aClusterDto(overrides: Partial<ClusterDto> = {}): ClusterDto {
  return {
    clusterId: CLUSTER_ID,
    clusterName: 'analytics',
    clusterState: 'running',
    scale: '',
    stageDesc: null,
    errorInfo: '',
    clusterVersion: 'MRS 3.1.0',
    clusterType: 0,
    masterNodeNum: '2',
    coreNodeNum: '3',
    totalNodeNum: '5',
    masterNodeSize: 's3.2xlarge.2.linux.bigdata',
    coreNodeSize: 's3.xlarge.2.linux.bigdata',
    createAt: '1487570757',
    updateAt: '1487668974',
    billingType: 'Metered',
    periodType: 0,
    dataCenter: 'cn-north-4',
    azName: 'az1.dc1',
    safeMode: 0,
    isMrsManagerFinish: true,
    nodeGroups: [
      aNodeGroupDto({ groupName: 'master_node_default_group', nodeNum: 2 }),
      aNodeGroupDto({ groupName: 'core_node_analysis_group', nodeNum: 3 }),
    ],
    taskNodeGroups: [],
    ...overrides,
  };
}

export function aClusterListDto(
  clusters: ClusterDto[],
  total: NumberOrString = clusters.length,
): ClusterListResponseDto {
  return { clusterTotal: total, clusters };
}

/** The first host of the doc's host list example (hosts.response.json), in CLUSTER_ID: the same in DTO and model. */
export const DOC_HOST = {
  id: '063d1d47-ae91-4a48-840c-b3cfe4efbcf0',
  name: `${CLUSTER_ID}_node_core_IQhiC`,
  ip: '192.168.0.169',
  status: 'ACTIVE',
  flavor: 'c2.2xlarge.linux.mrs',
  type: 'Core',
} as const;

export function aHostDto(overrides: Partial<HostDto> = {}): HostDto {
  return {
    ...DOC_HOST,
    mem: '16384',
    cpu: '8',
    root_volume_size: '40',
    data_volume_type: 'SATA',
    data_volume_size: 100,
    data_volume_count: 1,
    ...overrides,
  };
}

/** `count` hosts with distinct ids `host-<n>`. */
export function someHostDtos(count: number, from = 0): HostDto[] {
  return Array.from({ length: count }, (_, i) =>
    aHostDto({ id: `host-${from + i}`, name: `${CLUSTER_ID}_node_core_${from + i}` }),
  );
}

export function aHostListDto(hosts: HostDto[], total: NumberOrString = hosts.length): HostListResponseDto {
  return { total, hosts };
}

export function aResizeRequestDto(parameters: Partial<ResizeParametersDto> = {}): ResizeRequestDto {
  return {
    parameters: {
      scale_type: 'scale_out',
      node_id: 'node_orderadd',
      node_group: 'core_node_analysis_group',
      instances: 1,
      ...parameters,
    },
  };
}

export function anIamTokenResponseDto(
  expiresAt: string,
  projectId = PROJECT_ID,
  projectName = 'cn-north-4',
): IamTokenResponseDto {
  return {
    token: {
      expires_at: expiresAt,
      issued_at: new Date(Date.parse(expiresAt) - 24 * 3600 * 1000).toISOString(),
      methods: ['password'],
      project: { id: projectId, name: projectName, domain: { id: 'domain-id', name: 'IAMDomain' } },
      catalog: [],
    },
  };
}

export function anMrsErrorDto(code = '12000017', message = 'The cluster is not running.'): MrsErrorDto {
  return { error_code: code, error_msg: message };
}

export function aGatewayErrorDto(
  code = 'APIGW.0301',
  message = 'Incorrect IAM authentication information',
  requestId = 'acbc548ac6f2a0dbdb9e3518a7c0ff84',
): GatewayErrorDto {
  return { error_code: code, error_msg: message, request_id: requestId };
}

export function anIamErrorDto(
  code = 401,
  message = 'The username or password is wrong.',
  title = 'Unauthorized',
): IamErrorDto {
  return { error: { code, message, title } };
}

/** The same object with every key re-cased (SDK PascalCase, or upper case), recursively. */
export function withKeyCase(value: unknown, style: 'pascal' | 'upper' | 'lower'): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => withKeyCase(v, style));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const recase = (k: string): string =>
    style === 'upper' ? k.toUpperCase() : style === 'lower' ? k.toLowerCase() : k.charAt(0).toUpperCase() + k.slice(1);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [recase(k), withKeyCase(v, style)]));
}

// ---- model builders, for code that works on parsed data -----------------------------------------

export function aNodeGroup(overrides: Partial<NodeGroup> = {}): NodeGroup {
  return {
    role: 'core',
    name: 'core_node_analysis_group',
    nodeCount: 3,
    flavor: 's3.xlarge.2.linux.bigdata',
    dataVolume: { type: 'SATA', count: 1, sizeGb: 100 },
    rootVolume: { type: 'SATA', sizeGb: 40 },
    ...overrides,
  };
}

export function aCluster(overrides: Partial<Cluster> = {}): Cluster {
  const nodeGroups = overrides.nodeGroups ?? [
    aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
    aNodeGroup(),
  ];
  return {
    id: CLUSTER_ID,
    name: 'analytics',
    state: 'running',
    stateText: overrides.state ?? 'running',
    scale: undefined,
    stageDesc: undefined,
    errorInfo: undefined,
    version: 'MRS 3.1.0',
    clusterType: 0,
    region: 'cn-north-4',
    availabilityZone: 'az1.dc1',
    billing: { mode: 'payPerUse', period: undefined, billingType: 'Metered' },
    createdAt: new Date(1487570757000),
    updatedAt: new Date(1487668974000),
    masterCount: 2,
    coreCount: 3,
    taskCount: nodeGroups.filter((g) => g.role === 'task').reduce((n, g) => n + g.nodeCount, 0),
    masterFlavor: 's3.2xlarge.2.linux.bigdata',
    coreFlavor: 's3.xlarge.2.linux.bigdata',
    nodeGroups,
    securityMode: false,
    managerInstalled: true,
    vpcId: undefined,
    subnetId: undefined,
    enterpriseProjectId: '0',
    tags: {},
    bootstrapActions: undefined,
    ...overrides,
  };
}

export function aHost(overrides: Partial<Host> = {}): Host {
  return {
    ...DOC_HOST,
    nodeGroupName: undefined,
    resourceId: undefined,
    cpu: 8,
    memoryMb: 16384,
    rootVolumeSizeGb: 40,
    dataVolume: { type: 'SATA', count: 1, sizeGb: 100 },
    ...overrides,
  };
}
