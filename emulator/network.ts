// The VPC and subnet of a cluster: the ids the cluster details show (vpcId, subnetId) and the subnet's
// size, which the VPC reads and the MRS.105 rule count against (docs/quota-api.md §4).
import { uuidFrom } from './ids';
import type { ClusterRecord } from './model';

/** Addresses the API counts as a subnet's total when a seed gives none (a /22 less the reserved ones). */
export const DEFAULT_SUBNET_IPS = 1000;

export interface ClusterNetwork {
  vpcId: string;
  vpcName: string;
  /** The VPC v1 subnet id (= the Neutron network id), MRS's `subnetId`. */
  subnetId: string;
  subnetName: string;
  /** The Neutron subnet id (`neutron_subnet_id`). */
  neutronSubnetId: string;
  cidr: string;
  gatewayIp: string;
}

/** The smallest block that holds the total plus 5 reserved addresses, at the cluster's hosts' base. */
function cidrOf(c: ClusterRecord): { cidr: string; gatewayIp: string } {
  const third = (c.netIndex * 4) % 256;
  const bits = Math.max(2, Math.ceil(Math.log2(c.subnetTotalIps + 5)));
  return { cidr: `192.168.${third}.0/${32 - bits}`, gatewayIp: `192.168.${third}.1` };
}

export function networkOf(c: ClusterRecord, projectId: string): ClusterNetwork {
  const net = `${projectId}/net/${c.netIndex}`;
  return {
    vpcId: uuidFrom(`${net}/vpc`),
    vpcName: `vpc-mrs-${c.netIndex}`,
    subnetId: uuidFrom(`${net}/subnet`),
    subnetName: `subnet-mrs-${c.netIndex}`,
    neutronSubnetId: uuidFrom(`${net}/neutron-subnet`),
    ...cidrOf(c),
  };
}

/** Addresses the cluster takes in its subnet: one per node, and one per node of a scale-out under way. */
export function ipsInUse(c: ClusterRecord): number {
  return c.hosts.length + (c.job?.direction === 'out' ? c.job.count : 0);
}

export function freeIps(c: ClusterRecord): number {
  return c.subnetTotalIps - ipsInUse(c);
}
