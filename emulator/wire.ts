// The emulator's own wire shapes, written from the API docs and examples (docs/mrs-api.md §3, §5, §7).
// They deliberately keep the real service's quirks: counts as strings, PascalCase node-group keys
// in the details answer, `total` as a string in the host list.
import type * as Client from '../src/core/api/wire';

export interface NodeGroupCamelDto {
  groupName: string;
  nodeNum: number;
  nodeSize: string;
  nodeSpecId: string;
  vmProductId: string;
  vmSpecCode: string | null;
  nodeProductId: string;
  rootVolumeSize: number;
  rootVolumeProductId: string;
  rootVolumeType: string;
  rootVolumeResourceSpecCode: string;
  rootVolumeResourceType: string;
  dataVolumeType: string;
  dataVolumeCount: number;
  dataVolumeSize: number;
  dataVolumeProductId: string;
  dataVolumeResourceSpecCode: string;
  dataVolumeResourceType: string;
  AutoScalingPolicy?: null;
  /** A custom cluster's group: the roles it runs (kept camelCase in the details too, as a captured OTC answer has it). */
  assignedRoles?: string[];
}

/** The same group with the PascalCase keys of the SDK models and captured responses. */
export type NodeGroupPascalDto = {
  [
    K in keyof NodeGroupCamelDto as K extends 'AutoScalingPolicy' | 'assignedRoles' ? K : Capitalize<K>
  ]: NodeGroupCamelDto[K];
};

export interface ComponentDto {
  id: null;
  componentId: string;
  componentName: string;
  componentVersion: string;
  external_datasources: null;
  componentDesc: string;
  componentDescEn: string;
}

/** One bootstrap action of a cluster (`BootstrapScriptResp` of the official SDK). */
export interface BootstrapScriptDto {
  name: string;
  uri: string;
  parameters: string;
  nodes: string[];
  active_master: boolean;
  fail_action: 'continue' | 'errorout';
  before_component_start: boolean;
  start_time: number;
  state: 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE';
}

export interface ClusterBaseDto {
  clusterId: string;
  clusterName: string;
  masterNodeNum: string;
  coreNodeNum: string;
  totalNodeNum: string;
  clusterState: string;
  scale: string;
  stageDesc: string | null;
  errorInfo: string;
  createAt: string;
  updateAt: string;
  chargingStartTime: string;
  billingType: string;
  periodType: number;
  dataCenter: string;
  azName: string;
  azCode: string;
  vpc: string;
  vpcId: string;
  subnetId: string;
  subnetName: string;
  securityGroupsId: string;
  duration: string;
  fee: string;
  hadoopVersion: string;
  masterNodeSize: string;
  coreNodeSize: string;
  componentList: ComponentDto[];
  externalIp: string | null;
  internalIp: string;
  masterNodeIp: string;
  privateIpFirst: string;
  deploymentId: string;
  remark: string;
  orderId: string | null;
  instanceId: string;
  tenantId: string;
  volumeSize: number;
  volumeType: string;
  safeMode: number;
  clusterVersion: string;
  nodePublicCertName: string;
  clusterType: number;
  logCollection: number;
  enterpriseProjectId: string;
  tags: string;
  masterDataVolumeType: string;
  masterDataVolumeSize: number;
  masterDataVolumeCount: number;
  coreDataVolumeType: string;
  coreDataVolumeSize: number;
  coreDataVolumeCount: number;
  /** The bootstrap actions the cluster was created with; `[]` for none. */
  bootstrapScripts: BootstrapScriptDto[];
}

/** A cluster in the list: camelCase node groups, `isMrsManagerFinish` as in the list example. */
export interface ClusterListItemDto extends ClusterBaseDto {
  isMrsManagerFinish: boolean;
  nodeGroups: NodeGroupCamelDto[];
  taskNodeGroups: NodeGroupCamelDto[];
}

/** A cluster in the details answer: PascalCase node groups, `ismrsManagerFinish` as in the detail example. */
export interface ClusterDetailDto extends ClusterBaseDto {
  ismrsManagerFinish: boolean;
  nodeGroups: NodeGroupPascalDto[];
  taskNodeGroups: NodeGroupPascalDto[];
}

export interface ListClustersResponseDto {
  clusterTotal: number;
  clusters: ClusterListItemDto[];
}

export interface ClusterDetailResponseDto {
  cluster: ClusterDetailDto;
}

export interface HostDto {
  id: string;
  name: string;
  ip: string;
  status: string;
  flavor: string;
  type: 'Master' | 'Core' | 'Task';
  mem: string;
  cpu: string;
  root_volume_size: string;
  data_volume_type: string;
  data_volume_size: string;
  data_volume_count: string;
  node_group_name: string;
  /** The MRS resource id (v2 shrink's `resource_ids` names these), distinct from the ECS `id`. */
  resource_id: string;
}

export interface ListHostsResponseDto {
  total: string;
  hosts: HostDto[];
}

export interface ResizeResponseDto {
  result: 'succeeded';
}

// Error bodies are the client's own types (the emulator may `import type` the wire DTOs).
export type { GatewayErrorDto, MrsErrorDto } from '../src/core/api/wire';

/** IAM's nested error body. */
export interface IamErrorDto {
  error: { code: number; message: string; title: string };
}

// Drift check: what the emulator sends must be something the client's DTOs describe. A change on
// either side that breaks this fails to compile (docs/ARCHITECTURE.md: emulator ↔ wire.ts).
type Assignable<T extends U, U> = [T, U];
export type WireDriftCheck = [
  Assignable<ListClustersResponseDto, Client.ClusterListResponseDto>,
  Assignable<ClusterDetailResponseDto, Client.ClusterDetailsResponseDto>,
  Assignable<ListHostsResponseDto, Client.HostListResponseDto>,
  Assignable<ResizeResponseDto, Client.ResizeResponseDto>,
  Assignable<IamErrorDto, Client.IamErrorDto>,
];
