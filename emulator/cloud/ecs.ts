// ECS: GET /v1/{project_id}/cloudservers/limits (ShowServerLimits) and GET /v1/{project_id}/cloudservers/flavors
// (ListFlavors), docs/quota-api.md §2 and §6: RAM in MB, −1 = unlimited, a flavor's vcpus a string.
import { FLAVORS } from '../flavors';
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { soldIn, zonesOf } from './zones';

export function ecsLimits(_ctx: RequestCtx, deps: AppDeps): Reply {
  const used = deps.store.used();
  const max = deps.store.limits;
  return json(200, {
    absolute: {
      maxTotalInstances: max.instances,
      totalInstancesUsed: used.instances,
      maxTotalCores: max.cores,
      totalCoresUsed: used.cores,
      maxTotalRAMSize: max.ramMb,
      totalRAMUsed: used.ramMb,
      maxTotalSpotInstances: -1,
      totalSpotInstancesUsed: 0,
      maxTotalSpotCores: -1,
      totalSpotCoresUsed: 0,
      maxTotalSpotRAMSize: -1,
      totalSpotRAMUsed: 0,
      maxTotalKeypairs: -1,
      maxServerMeta: 128,
      maxPersonality: 5,
      maxPersonalitySize: 10240,
      maxImageMeta: 128,
      maxServerGroups: 10,
      maxServerGroupMembers: 16,
      totalServerGroupsUsed: 0,
      maxSecurityGroups: -1,
      maxSecurityGroupRules: -1,
      totalSecurityGroupsUsed: 0,
      maxTotalFloatingIps: -1,
      totalFloatingIpsUsed: 0,
      limit_by_flavor: [],
    },
  });
}

/** The flavor table under ECS names; `availability_zone` keeps the flavors sold in that zone. */
export function ecsFlavors(ctx: RequestCtx, deps: AppDeps): Reply {
  const zones = zonesOf(deps.creds.region);
  const az = ctx.query.get('availability_zone');
  const zoneIndex = az === null ? undefined : zones.findIndex((z) => z.code === az);
  const flavors = FLAVORS.filter((f) => zoneIndex === undefined || (zoneIndex >= 0 && soldIn(zoneIndex, f.name))).map(
    (f) => ({
      id: f.name,
      name: f.name,
      vcpus: String(f.vcpus),
      ram: f.ramMb,
      disk: '0',
      swap: '',
      links: [],
      'OS-FLV-EXT-DATA:ephemeral': 0,
      'OS-FLV-DISABLED:disabled': false,
      rxtx_factor: 1,
      'os-flavor-access:is_public': true,
      os_extra_specs: {
        'ecs:performancetype': f.performanceType,
        'cond:operation:status': 'normal',
        'cond:operation:az': zones.map((z, i) => `${z.code}(${soldIn(i, f.name) ? 'normal' : 'sellout'})`).join(','),
      },
    }),
  );
  return json(200, { flavors });
}
