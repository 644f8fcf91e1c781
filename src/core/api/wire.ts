// MRS and IAM payloads exactly as they travel (docs/mrs-api.md §2.1, §3, §5; the zh-cn resize doc).
// Types say what the docs print; the parse functions re-exported below accept every quirk seen:
// numbers as strings, any key case, "null" strings, missing fields.

/** Numbers MRS sends either as JSON numbers or as numeric strings. */
export type NumberOrString = number | string;

/** A node group in `nodeGroups` / `taskNodeGroups`. Docs print camelCase; SDKs and OTC send PascalCase. */
export interface NodeGroupDto {
  groupName?: string;
  nodeNum?: NumberOrString;
  nodeSize?: string | null;
  nodeSpecId?: string | null;
  nodeProductId?: string | null;
  vmProductId?: string | null;
  vmSpecCode?: string | null;
  rootVolumeSize?: NumberOrString;
  rootVolumeType?: string | null;
  rootVolumeProductId?: string | null;
  rootVolumeResourceSpecCode?: string | null;
  rootVolumeResourceType?: string | null;
  dataVolumeType?: string | null;
  dataVolumeCount?: NumberOrString;
  dataVolumeSize?: NumberOrString;
  dataVolumeProductId?: string | null;
  dataVolumeResourceSpecCode?: string | null;
  dataVolumeResourceType?: string | null;
  assignedRoles?: string[] | null;
  AutoScalingPolicy?: unknown;
}

export interface ComponentDto {
  componentId?: string | null;
  componentName?: string | null;
  componentVersion?: string | null;
  componentDesc?: string | null;
}

/** A cluster as in the list and the details answers (§3.1). */
export interface ClusterDto {
  clusterId?: string;
  clusterName?: string;
  clusterState?: string;
  scale?: string | null;
  stageDesc?: string | null;
  errorInfo?: string | null;
  clusterVersion?: string | null;
  clusterType?: NumberOrString | null;
  masterNodeNum?: NumberOrString;
  coreNodeNum?: NumberOrString;
  totalNodeNum?: NumberOrString;
  masterNodeSize?: string | null;
  coreNodeSize?: string | null;
  nodeGroups?: NodeGroupDto[] | null;
  taskNodeGroups?: NodeGroupDto[] | null;
  createAt?: NumberOrString | null;
  updateAt?: NumberOrString | null;
  chargingStartTime?: NumberOrString | null;
  billingType?: string | null;
  /** 0 = monthly, 1 = yearly (only meaningful for yearly/monthly clusters). */
  periodType?: NumberOrString | null;
  dataCenter?: string | null;
  azName?: string | null;
  azCode?: string | null;
  azId?: string | null;
  vpc?: string | null;
  vpcId?: string | null;
  subnetId?: string | null;
  subnetName?: string | null;
  safeMode?: NumberOrString | null;
  /** Also spelled `ismrsManagerFinish` (details example, golangsdk). */
  isMrsManagerFinish?: boolean | string | null;
  ismrsManagerFinish?: boolean | string | null;
  componentList?: ComponentDto[] | null;
  tags?: string | null;
  enterpriseProjectId?: string | null;
  orderId?: string | null;
  /** The bootstrap actions the cluster was created with (`BootstrapScriptResp` of the official SDK). */
  bootstrapScripts?: BootstrapScriptDto[] | null;
}

/** One bootstrap action of a cluster; only the list's length is read (docs/mrs-api.md §3.2). */
export interface BootstrapScriptDto {
  name?: string;
  uri?: string;
  /** `Master`, `Core`, `Task`. */
  nodes?: string[];
  state?: string | null;
}

/** `GET /v1.1/{project_id}/cluster_infos` answer. */
export interface ClusterListResponseDto {
  clusterTotal?: NumberOrString;
  clusters?: ClusterDto[];
}

/** `GET /v1.1/{project_id}/cluster_infos/{cluster_id}` answer. */
export interface ClusterDetailsResponseDto {
  cluster?: ClusterDto;
}

/** One host of `GET /v1.1/{project_id}/clusters/{cluster_id}/hosts` (§3.3). */
export interface HostDto {
  id?: string;
  name?: string;
  ip?: string | null;
  status?: string | null;
  flavor?: string | null;
  type?: string | null;
  mem?: NumberOrString | null;
  cpu?: NumberOrString | null;
  root_volume_size?: NumberOrString | null;
  data_volume_type?: string | null;
  data_volume_size?: NumberOrString | null;
  data_volume_count?: NumberOrString | null;
  availability_zone_id?: string | null;
  resource_id?: string | null;
  node_group_name?: string | null;
  tags?: { key?: string; value?: string }[] | null;
}

export interface HostListResponseDto {
  total?: NumberOrString;
  hosts?: HostDto[];
}

/** `task_node_info`: only when the cluster has 0 task nodes. */
export interface TaskNodeInfoDto {
  node_size: string;
  /** SATA | SAS | SSD (the SDK also knows GPSSD). */
  data_volume_type?: string;
  data_volume_count?: number;
  data_volume_size?: number;
}

export interface ResizeParametersDto {
  order_id?: string;
  scale_type: 'scale_out' | 'scale_in';
  /** Fixed value `node_orderadd`. */
  node_id: string;
  /** Default `core_node_default_group`; send the real group name. */
  node_group?: string;
  /** Docs print a string (`"1"`), SDKs send an integer: both are accepted by MRS. */
  instances: NumberOrString;
  /** String in the zh doc and SDKs, boolean in examples and OTC. */
  skip_bootstrap_scripts?: boolean | string;
  scale_without_start?: boolean;
  /** Task scale-in only: ECS ids of the hosts to remove. */
  server_ids?: string[];
  task_node_info?: TaskNodeInfoDto;
}

/** Body of `PUT /v1.1/{project_id}/cluster_infos/{cluster_id}`. */
export interface ResizeRequestDto {
  service_id?: string;
  plan_id?: string;
  parameters: ResizeParametersDto;
  previous_values?: Record<string, string>;
}

/**
 * Body of `POST /v2/{project_id}/clusters/{cluster_id}/expand` (docs/mrs-api.md §3.6). The v2 default of
 * `skip_bootstrap_scripts` is true (v1.1: false), so the extension always sends both switches.
 */
export interface ExpandRequestDto {
  node_group_name: string;
  /** An integer; the doc's example sends `"1"`. */
  count: NumberOrString;
  skip_bootstrap_scripts?: boolean;
  scale_without_start?: boolean;
  /** Comma-separated AZ codes of a cross-AZ cluster. */
  az_code?: string;
}

/** Body of `POST /v2/{project_id}/clusters/{cluster_id}/shrink`: `count`, or the abnormal nodes' `resource_ids`. */
export interface ShrinkRequestDto {
  node_group_name: string;
  count?: NumberOrString;
  /** Abnormal nodes only; MRS force-deletes them. */
  resource_ids?: string[];
  /** SDK only; true when `resource_ids` is set. */
  force_delete?: boolean;
  az_code?: string;
}

/** The expand and shrink answer: `result`, or an `order_id` for a yearly/monthly node group. */
export interface ScaleResponseDto {
  result?: string;
  order_id?: string;
}

/** One node of `GET /v2/{project_id}/clusters/{cluster_id}/nodes` (§3.4). */
export interface ClusterNodeDto {
  node_name?: string;
  resource_id?: string | null;
  node_group_name?: string | null;
  node_type?: string | null;
  billing_type?: string | null;
  node_status?: string | null;
  server_info?: {
    server_id?: string | null;
    server_name?: string | null;
    internal_ip?: string | null;
    cpu?: NumberOrString | null;
    mem?: NumberOrString | null;
  } | null;
  component_infos?: { component_name?: string | null; role_name?: string | null }[] | null;
}

export interface ListNodesResponseDto {
  nodes?: ClusterNodeDto[];
  node_total?: NumberOrString;
}

/** `{"result":"succeeded"}`: accepted, not done. */
export interface ResizeResponseDto {
  /** `succeeded`, or an error code of 表9 when the operation failed (docs/mrs-api.md §3.5, 表7). */
  result?: string;
  /** Not documented for this answer; read when present beside an error code. */
  error_msg?: string;
}

/** `POST /v3/auth/tokens` body, password method, project scope (by id or by name). */
export interface IamTokenRequestDto {
  auth: {
    identity: {
      methods: ['password'];
      password: { user: { name: string; password: string; domain: { name: string } } };
    };
    scope: { project: { id: string } | { name: string } };
  };
}

/** Body of the 201 answer; the token itself is the X-Subject-Token header. */
export interface IamTokenResponseDto {
  token?: {
    expires_at?: string;
    issued_at?: string;
    methods?: string[];
    project?: { id?: string; name?: string; domain?: { id?: string; name?: string } };
    catalog?: unknown[];
  };
}

/** MRS service error: `{"error_code":"12000002","error_msg":"…"}`. */
export interface MrsErrorDto {
  error_code: string;
  error_msg: string;
}

/** API gateway error: `{"error_code":"APIGW.0301","error_msg":"…","request_id":"…"}`. */
export interface GatewayErrorDto extends MrsErrorDto {
  request_id: string;
}

/** IAM error: `{"error":{"code":401,"message":"…","title":"Unauthorized"}}`. */
export interface IamErrorDto {
  error: { code: number | string; message: string; title?: string };
}

export { parseClusterDto, parseClusterListDto, parseClusterDetailsDto, parseNodeGroupDto } from './parseCluster';
export { parseHostDto, parseHostListDto, parseResizeResponseDto } from './parseHost';
export { parseIamTokenResponseDto, parseIamProjectsResponseDto } from './parseIam';
export { parseJsonText } from './read';
