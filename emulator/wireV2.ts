// The v2 wire shapes (docs/mrs-api.md §3.4, §3.6), written from the official SDK's models
// (huaweicloud-sdk-go-v3 services/mrs/v2/model: ExpandParam, ShrinkParam, ExpandClusterResponse,
// ListNodesResponse, ClusterNode, ServerInfo, VolumeInfo, NodeDetail, ComponentInfo, Tag), so that the
// SDK's clients read what the emulator sends: numbers where the SDK has int32, strings everywhere else.

/** `POST …/expand` 200: `result` for a pay-per-use group, `order_id` (only) for a yearly/monthly one. */
export interface ExpandResponseDto {
  result?: string;
  order_id?: string;
}

export interface ShrinkResponseDto {
  result: string;
}

export interface VolumeInfoDto {
  type: string;
  size: number;
  count: number;
}

export interface ServerInfoDto {
  server_id: string;
  server_name: string;
  /** `ECS` or `BMS`. */
  server_type: string;
  data_volumes: VolumeInfoDto[];
  root_volume: VolumeInfoDto;
  /** `x86` or `ARM`. */
  cpu_type: string;
  cpu: string;
  /** MB, as the v1.1 hosts' `mem`. */
  mem: string;
  internal_ip: string;
}

export interface NodeDetailDto {
  running_status: string;
  cpu_usage: string;
  memory_usage: string;
  disk_usage: string;
  total_memory: string;
  available_memory: string;
  total_hard_disk_space: string;
  available_hard_disk_space: string;
  network_read: string;
  network_write: string;
}

export interface ComponentInfoDto {
  id: string;
  name: string;
  instance_group_name: string;
  running_status: string;
  ha_status: string;
  config_status: string;
  role_name: string;
  role_short_name: string;
  role_type: string;
  service_name: string;
  pair_name: string;
  relation_pairs: string;
  support_decom: string;
  support_reinstall: string;
  support_collect_stack_info: string;
}

export interface ClusterNodeDto {
  node_name: string;
  resource_id: string;
  node_group_name: string;
  /** `Master`, `Core` or `Task`: the group's role (Terraform's data source lists these three). */
  node_type: string;
  /** `on-period` (yearly/monthly) or `on-quantity` (pay-per-use). */
  billing_type: string;
  deployment_type: string;
  server_info: ServerInfoDto;
  tags: { key: string; value: string }[];
  node_status: string;
  /** Only with `query_node_detail=true`. */
  node_detail?: NodeDetailDto;
  /** Only with `query_node_detail=true`. */
  component_infos?: ComponentInfoDto[];
}

export interface ListNodesResponseDto {
  nodes: ClusterNodeDto[];
  node_total: number;
}
