// GET /v2/{project_id}/metadata/version/{version_name}/available-flavor (ShowMrsFlavors), docs/quota-api.md §5:
// per availability zone, the flavors offered for master, core and task nodes, names only (`{flavor_name}`), in
// the `.linux.bigdata` form the node groups use. Every version the seed uses is offered every flavor of the
// table that it sells (MRS 1.5.1: the older families only); the second zone sells no s3 flavors.
import { soldIn, zonesOf } from '../cloud/zones';
import { FLAVORS, mrsFlavorName, type FlavorSpec } from '../flavors';
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { resizeError } from './resizeParams';

const OLD_VERSIONS: readonly string[] = ['MRS 1.5.1'];
const VERSIONS: readonly string[] = ['MRS 1.5.1', 'MRS 3.1.0', 'MRS 3.2.0-LTS.1', 'MRS 3.3.0-LTS', 'MRS 3.5.0-LTS'];

function offered(version: string, f: FlavorSpec): boolean {
  return !OLD_VERSIONS.includes(version) || (f.name.startsWith('c6.') && f.vcpus <= 32);
}

export function availableFlavors(ctx: RequestCtx, deps: AppDeps): Reply {
  const version = ctx.params.version_name;
  if (!VERSIONS.includes(version)) {
    return resizeError('12000002', `Invalid parameter: version_name "${version}" is not a supported cluster version.`);
  }
  const az = ctx.query.get('availability_zone');
  const zones = zonesOf(deps.creds.region)
    .map((z, i) => ({ ...z, i }))
    .filter((z) => az === null || z.code === az);
  const names = (zone: number, min: number): { flavor_name: string }[] =>
    FLAVORS.filter((f) => offered(version, f) && soldIn(zone, f.name) && f.vcpus >= min).map((f) => ({
      flavor_name: mrsFlavorName(f.name),
    }));
  return json(200, {
    version_name: version,
    available_flavors: zones.map((z) => ({
      az_code: z.code,
      az_name: z.name,
      master: names(z.i, 8),
      core: names(z.i, 4),
      task: names(z.i, 4),
    })),
  });
}
