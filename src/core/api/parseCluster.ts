// Cluster payloads → model. Quirks handled (docs/mrs-api.md §3.1, §7): counts as strings, node-group keys
// in any case, no task count on the wire (sum the task groups, each group once even when it is listed
// in both nodeGroups and taskNodeGroups), a group taskNodeGroups lists is a task group whatever its
// name, isMrsManagerFinish in either spelling, "null" strings, clusterTotal as number or string, a
// duplicated stageDesc (JSON.parse keeps the last one).
import type { Billing, Cluster, NodeGroup } from '../model/cluster';
import { countByRole, roleFromGroupName, toClusterState } from '../model/cluster';
import { Fields, isRecord, readListPage, requireRecord, toBool, toDate, unexpectedShape } from './read';

interface ClusterListPage {
  readonly clusters: Cluster[];
  /** `clusterTotal`; undefined when the server did not say. */
  readonly total: number | undefined;
}

/** One node group read from its fields; `name` is its `groupName`. */
function nodeGroupFrom(f: Fields, name: string, listedAsTask: boolean): NodeGroup {
  return {
    role: listedAsTask ? 'task' : roleFromGroupName(name),
    name,
    nodeCount: Math.max(0, f.int('nodeNum') ?? 0),
    flavor: f.str('nodeSize'),
    dataVolume: { type: f.str('dataVolumeType'), count: f.int('dataVolumeCount'), sizeGb: f.int('dataVolumeSize') },
    rootVolume: { type: f.str('rootVolumeType'), sizeGb: f.int('rootVolumeSize') },
  };
}

/**
 * One node group; undefined for an entry without a name (it could not be addressed anyway).
 * @param listedAsTask the entry came from `taskNodeGroups`, or its name is also listed there: a task
 * group whatever its name (custom groups are named freely).
 */
export function parseNodeGroupDto(json: unknown, listedAsTask = false): NodeGroup | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const f = new Fields(json);
  const name = f.str('groupName');
  return name === undefined ? undefined : nodeGroupFrom(f, name, listedAsTask);
}

/** Each entry that is an object, with its `groupName` (undefined when it has none). */
function namedEntries(items: unknown[] | undefined): Array<{ readonly f: Fields; readonly name: string | undefined }> {
  return (items ?? []).filter(isRecord).map((item) => {
    const f = new Fields(item);
    return { f, name: f.str('groupName') };
  });
}

/**
 * nodeGroups then taskNodeGroups, each group name once (the first entry wins); a name that
 * taskNodeGroups lists is a task group, wherever its first entry is. Each entry is read once, and an
 * entry whose name came before is not read further (a task group is listed in both arrays).
 */
function mergeGroups(all: unknown[] | undefined, tasks: unknown[] | undefined): NodeGroup[] {
  const taskEntries = namedEntries(tasks);
  const taskNames = new Set(taskEntries.map((e) => e.name).filter((n): n is string => n !== undefined));
  const byName = new Map<string, NodeGroup>();
  for (const { f, name } of [...namedEntries(all), ...taskEntries]) {
    if (name !== undefined && !byName.has(name)) {
      byName.set(name, nodeGroupFrom(f, name, taskNames.has(name)));
    }
  }
  return [...byName.values()];
}

/** Pay-per-use is `Metered`; anything naming a period is yearly/monthly; `periodType` 0 month, 1 year. */
function parseBilling(f: Fields): Billing {
  const billingType = f.str('billingType');
  const t = (billingType ?? '').toLowerCase();
  const payPerUse = t === 'metered' || t === 'postpaid' || t.includes('demand') || t.includes('quantity');
  const periodic = !payPerUse && /year|month|period|prepaid|包/.test(t);
  const periodType = f.int('periodType');
  const period = periodType === 1 ? 'yearly' : periodType === 0 ? 'monthly' : undefined;
  return {
    mode: payPerUse ? 'payPerUse' : periodic ? 'yearlyMonthly' : 'unknown',
    period: periodic ? period : undefined,
    billingType,
  };
}

/** `k1=v1,k2=v2`; a key without a value maps to ''. */
function parseTags(text: string | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    const [key, ...rest] = pair.split('=');
    if (key.trim() !== '') {
      tags[key.trim()] = rest.join('=').trim();
    }
  }
  return tags;
}

/**
 * One cluster object (list entry or `cluster` of the details).
 * @throws MrsApiError 'invalidResponse' when it is not an object or has no `clusterId`.
 */
/** `azCode` only when sent, so that a cluster without it equals one built without it. */
function azCodeOf(f: Fields): { azCode?: string } {
  const azCode = f.str('azCode');
  return azCode === undefined ? {} : { azCode };
}

export function parseClusterDto(json: unknown): Cluster {
  const f = requireRecord(json, 'cluster');
  const id = f.str('clusterId');
  if (id === undefined) {
    throw unexpectedShape('cluster without clusterId', json);
  }
  const groups = mergeGroups(f.arr('nodeGroups'), f.arr('taskNodeGroups'));
  const stateText = f.str('clusterState') ?? '';
  return {
    id,
    name: f.str('clusterName') ?? id,
    state: toClusterState(stateText),
    stateText,
    scale: f.str('scale'),
    stageDesc: f.str('stageDesc'),
    errorInfo: f.str('errorInfo'),
    version: f.str('clusterVersion'),
    clusterType: f.int('clusterType'),
    region: f.str('dataCenter'),
    availabilityZone: f.str('azName') ?? f.str('azCode'),
    ...azCodeOf(f),
    billing: parseBilling(f),
    createdAt: toDate(f.raw('createAt')),
    updatedAt: toDate(f.raw('updateAt')),
    masterCount: f.int('masterNodeNum') ?? countByRole(groups, 'master'),
    coreCount: f.int('coreNodeNum') ?? countByRole(groups, 'core'),
    taskCount: countByRole(groups, 'task'),
    masterFlavor: f.str('masterNodeSize'),
    coreFlavor: f.str('coreNodeSize'),
    nodeGroups: groups,
    securityMode: toBool(f.raw('safeMode')),
    managerInstalled: f.bool('isMrsManagerFinish'),
    vpcId: f.str('vpcId'),
    subnetId: f.str('subnetId'),
    enterpriseProjectId: f.str('enterpriseProjectId'),
    tags: parseTags(f.str('tags')),
    bootstrapActions: f.arr('bootstrapScripts')?.length,
  };
}

/**
 * `GET /v1.1/{project_id}/cluster_infos` answer.
 * @throws MrsApiError 'invalidResponse' for a body that has neither `clusters` nor `clusterTotal`.
 */
export function parseClusterListDto(json: unknown): ClusterListPage {
  const keys = { items: 'clusters', total: 'clusterTotal' };
  const { items, total } = readListPage(json, 'cluster list', keys, parseClusterDto);
  return { clusters: items, total };
}

/**
 * `GET /v1.1/{project_id}/cluster_infos/{cluster_id}` answer.
 * @throws MrsApiError 'invalidResponse' when `cluster` is missing or has no id.
 */
export function parseClusterDetailsDto(json: unknown): Cluster {
  const cluster = requireRecord(json, 'cluster details').raw('cluster');
  if (!isRecord(cluster)) {
    throw unexpectedShape('cluster details without cluster', json);
  }
  return parseClusterDto(cluster);
}
