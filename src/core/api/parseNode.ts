// ListNodes answers → model (docs/mrs-api.md §3.4): `node_total` as a number or a string, `node_type`
// and `billing_type` in any case, `component_infos` only when the details were asked for.
import type { ClusterNode, NodeGroupRole } from '../model/cluster';
import { Fields, isRecord, readListPage, requireRecord, unexpectedShape } from './read';

interface NodePage {
  readonly nodes: ClusterNode[];
  readonly total: number | undefined;
}

function roleOf(nodeType: string | undefined): NodeGroupRole | undefined {
  const type = (nodeType ?? '').trim().toLowerCase();
  if (type.includes('master')) {
    return 'master';
  }
  if (type.includes('core')) {
    return 'core';
  }
  return type.includes('task') ? 'task' : undefined;
}

/** `on-period` (yearly/monthly) or `on-quantity` (pay-per-use), as the SDK documents them. */
function billingOf(billingType: string | undefined): ClusterNode['billing'] {
  const type = (billingType ?? '').trim().toLowerCase();
  if (/period|year|month|prepaid/.test(type)) {
    return 'yearlyMonthly';
  }
  return /quantity|demand|metered|postpaid/.test(type) ? 'payPerUse' : undefined;
}

function componentsOf(items: unknown[] | undefined): string[] | undefined {
  if (items === undefined) {
    return undefined;
  }
  const names = items
    .filter(isRecord)
    .map((item) => new Fields(item))
    .map((f) => f.str('component_name') ?? f.str('role_name'))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/**
 * One node of ListNodes.
 * @throws MrsApiError 'invalidResponse' when it is not an object or has neither a name nor a resource id.
 */
export function parseClusterNodeDto(json: unknown): ClusterNode {
  const f = requireRecord(json, 'node');
  const server = isRecord(f.raw('server_info'))
    ? new Fields(f.raw('server_info') as Record<string, unknown>)
    : undefined;
  const resourceId = f.str('resource_id');
  const name = f.str('node_name') ?? server?.str('server_name') ?? resourceId;
  if (name === undefined) {
    throw unexpectedShape('node without node_name', json);
  }
  return {
    name,
    resourceId,
    groupName: f.str('node_group_name'),
    role: roleOf(f.str('node_type')),
    billing: billingOf(f.str('billing_type')),
    status: f.str('node_status'),
    serverId: server?.str('server_id'),
    ip: server?.str('internal_ip'),
    components: componentsOf(f.arr('component_infos')),
  };
}

/**
 * `GET /v2/{project_id}/clusters/{cluster_id}/nodes` answer.
 * @throws MrsApiError 'invalidResponse' for a body that has neither `nodes` nor `node_total`.
 */
export function parseNodeListDto(json: unknown): NodePage {
  const { items, total } = readListPage(
    json,
    'node list',
    { items: 'nodes', total: 'node_total' },
    parseClusterNodeDto,
  );
  return { nodes: items, total };
}
