// EVS: GET /v2/{project_id}/os-quota-sets/{target_project_id}?usage=True (CinderListQuotas; the v3 path answers
// the same), docs/quota-api.md §3: every entry `{in_use, limit, reserved}`, −1 = no limit. `volumes` and
// `gigabytes` carry the project's limits; the per-type entries are unlimited, their use counted per disk type.
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { OTHER_SERVERS } from '../quotas';
import type { ClusterRecord } from '../model';
import { nestedError } from './errors';

const TYPES = ['SATA', 'SAS', 'SSD', 'GPSSD'] as const;

interface Use {
  volumes: number;
  gigabytes: number;
}

/** Disks and GB per type: each node's data disks and its system disk; the other servers' disks are SAS. */
function useByType(clusters: readonly ClusterRecord[]): Record<string, Use> {
  const out: Record<string, Use> = Object.fromEntries(TYPES.map((t) => [t, { volumes: 0, gigabytes: 0 }]));
  const addTo = (type: string, volumes: number, gigabytes: number): void => {
    const u = (out[type] ??= { volumes: 0, gigabytes: 0 });
    u.volumes += volumes;
    u.gigabytes += gigabytes;
  };
  addTo('SAS', OTHER_SERVERS.volumes, OTHER_SERVERS.gigabytes);
  for (const c of clusters) {
    const job = c.job?.direction === 'out' ? c.job : undefined;
    for (const g of c.groups) {
      const shape = job?.groupName === g.groupName ? (job.redefineGroup ?? g) : g;
      const nodes = c.hosts.filter((h) => h.groupName === g.groupName).length;
      const pending = job?.groupName === g.groupName ? job.count : 0;
      addTo(g.dataVolumeType, nodes * g.dataVolumeCount, nodes * g.dataVolumeCount * g.dataVolumeSize);
      addTo(g.rootVolumeType, nodes, nodes * g.rootVolumeSize);
      addTo(
        shape.dataVolumeType,
        pending * shape.dataVolumeCount,
        pending * shape.dataVolumeCount * shape.dataVolumeSize,
      );
      addTo(shape.rootVolumeType, pending, pending * shape.rootVolumeSize);
    }
    if (job?.newGroup) {
      const g = job.newGroup;
      addTo(g.dataVolumeType, job.count * g.dataVolumeCount, job.count * g.dataVolumeCount * g.dataVolumeSize);
      addTo(g.rootVolumeType, job.count, job.count * g.rootVolumeSize);
    }
  }
  return out;
}

const entry = (inUse: number, limit: number): { in_use: number; limit: number; reserved: number } => ({
  in_use: inUse,
  limit,
  reserved: 0,
});

export function evsQuota(ctx: RequestCtx, deps: AppDeps): Reply {
  if (ctx.params.target_project_id !== ctx.params.project_id) {
    return nestedError(403, 'EVS.2056', 'action in pdp check deny!');
  }
  if (ctx.query.get('usage') !== 'True') {
    return json(400, { badRequest: { code: 400, message: 'Invalid input received: usage must be True.' } });
  }
  const used = deps.store.used();
  const perType = useByType(deps.store.all());
  const quotaSet: Record<string, unknown> = {
    id: ctx.params.project_id,
    volumes: entry(used.volumes, deps.store.limits.volumes),
    gigabytes: entry(used.gigabytes, deps.store.limits.gigabytes),
    snapshots: entry(0, 1000),
    backups: entry(0, 1000),
    backup_gigabytes: entry(0, -1),
    per_volume_gigabytes: entry(0, 32768),
  };
  for (const [type, u] of Object.entries(perType)) {
    quotaSet[`volumes_${type}`] = entry(u.volumes, -1);
    quotaSet[`gigabytes_${type}`] = entry(u.gigabytes, -1);
    quotaSet[`snapshots_${type}`] = entry(0, -1);
  }
  return json(200, { quota_set: quotaSet });
}
