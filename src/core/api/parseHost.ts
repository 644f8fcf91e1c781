// Host list and resize answers → model. `total`, `data_volume_size`, `data_volume_count` arrive as
// numbers (OTC) or strings (zh doc); `mem`, `cpu`, `root_volume_size` are strings.
import type { Host } from '../model/cluster';
import { readListPage, requireRecord, unexpectedShape } from './read';

interface HostListPage {
  readonly hosts: Host[];
  /** `total`; undefined when the server did not say. */
  readonly total: number | undefined;
}

/**
 * One host.
 * @throws MrsApiError 'invalidResponse' when it is not an object or has no `id`.
 */
export function parseHostDto(json: unknown): Host {
  const f = requireRecord(json, 'host');
  const id = f.str('id');
  if (id === undefined) {
    throw unexpectedShape('host without id', json);
  }
  return {
    id,
    name: f.str('name') ?? id,
    ip: f.str('ip'),
    status: f.str('status'),
    flavor: f.str('flavor'),
    type: f.str('type'),
    nodeGroupName: f.str('node_group_name'),
    resourceId: f.str('resource_id'),
    cpu: f.int('cpu'),
    memoryMb: f.int('mem'),
    rootVolumeSizeGb: f.int('root_volume_size'),
    dataVolume: {
      type: f.str('data_volume_type'),
      count: f.int('data_volume_count'),
      sizeGb: f.int('data_volume_size'),
    },
  };
}

/**
 * `GET /v1.1/{project_id}/clusters/{cluster_id}/hosts` answer.
 * @throws MrsApiError 'invalidResponse' for a body that has neither `hosts` nor `total`.
 */
export function parseHostListDto(json: unknown): HostListPage {
  const { items, total } = readListPage(json, 'host list', { items: 'hosts', total: 'total' }, parseHostDto);
  return { hosts: items, total };
}

/**
 * The resize answer `{"result":"succeeded"}`.
 * @returns the `result` text (`succeeded` when accepted).
 * @throws MrsApiError 'invalidResponse' when `result` is missing.
 */
export function parseResizeResponseDto(json: unknown): string {
  const result = requireRecord(json, 'resize answer').str('result');
  if (result === undefined) {
    throw unexpectedShape('resize answer without result', json);
  }
  return result;
}
