// VPC: GET /v1/{project_id}/subnets/{subnet_id} (ShowSubnet) and GET /v2.0/network-ip-availabilities/{network_id}
// (ShowNetworkIpAvailabilities), docs/quota-api.md §4. One subnet per cluster; its id is the cluster details'
// `subnetId`; the counts leave the reserved addresses out; each node takes one address.
import type { AppDeps, RequestCtx } from '../http/context';
import { json, type Reply } from '../http/reply';
import { freeIps, ipsInUse, networkOf } from '../network';
import { neutronError, vpcError } from './errors';

export function vpcSubnet(ctx: RequestCtx, deps: AppDeps): Reply {
  const projectId = deps.creds.projectId;
  const c = deps.store.bySubnetId(ctx.params.subnet_id, projectId);
  if (!c) {
    return vpcError(404, 'VPC.0202', `Query subnet error: subnet ${ctx.params.subnet_id} does not exist.`);
  }
  const net = networkOf(c, projectId);
  const created = new Date(c.createAt * 1000 - 600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return json(200, {
    subnet: {
      id: net.subnetId,
      name: net.subnetName,
      description: '',
      cidr: net.cidr,
      gateway_ip: net.gatewayIp,
      ipv6_enable: false,
      dhcp_enable: true,
      primary_dns: '100.125.1.250',
      secondary_dns: '100.125.21.250',
      dnsList: ['100.125.1.250', '100.125.21.250'],
      availability_zone: `${deps.creds.region}a`,
      vpc_id: net.vpcId,
      status: 'ACTIVE',
      neutron_network_id: net.subnetId,
      neutron_subnet_id: net.neutronSubnetId,
      extra_dhcp_opts: [],
      tenant_id: projectId,
      created_at: created,
      updated_at: created,
      available_ip_address_count: Math.max(0, freeIps(c)),
      enable_network_address_usage_metrics: false,
    },
  });
}

export function ipAvailability(ctx: RequestCtx, deps: AppDeps): Reply {
  const projectId = deps.creds.projectId;
  const c = deps.store.bySubnetId(ctx.params.network_id, projectId);
  if (!c) {
    return neutronError(404, 'NetworkNotFound', `Network ${ctx.params.network_id} could not be found.`);
  }
  const net = networkOf(c, projectId);
  const total = c.subnetTotalIps;
  const used = ipsInUse(c);
  return json(200, {
    network_ip_availability: {
      network_id: net.subnetId,
      network_name: net.subnetName,
      tenant_id: projectId,
      project_id: projectId,
      total_ips: total,
      used_ips: used,
      subnet_ip_availability: [
        {
          subnet_id: net.neutronSubnetId,
          subnet_name: net.subnetName,
          ip_version: 4,
          cidr: net.cidr,
          total_ips: total,
          used_ips: used,
        },
      ],
    },
  });
}
