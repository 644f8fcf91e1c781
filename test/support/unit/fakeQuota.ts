// The quota reads of a connection, scripted: ample by default (nothing short, nothing failed), so
// that a plan's problems are the rules' only; a test sets what it needs and counts the reads. MRS's
// offered flavors fail unless a test scripts them (then a plan says nothing of flavors).
import type { CallOptions } from '../../../src/core/api/MrsClient';
import type { EcsFlavor, ZoneFlavors } from '../../../src/core/model/flavors';
import type { EcsQuota, EvsQuota, QuotaLimit } from '../../../src/core/model/quota';
import type { QuotaReads } from '../../../src/core/quota/reader';

export const ample = (used = 0): QuotaLimit => ({ max: 1_000_000, used });

export class FakeQuotaReads implements QuotaReads {
  ecs: EcsQuota | Error = { instances: ample(), cores: ample(), ramMb: ample() };
  evs: EvsQuota | Error = { volumes: ample(), gigabytes: ample() };
  freeIps: number | Error = 1_000;
  zones: ZoneFlavors[] | Error = new Error('MRS flavors not scripted');
  ecsFlavorList: EcsFlavor[] | Error = [];
  readonly calls: string[] = [];

  constructor(init: Partial<Pick<FakeQuotaReads, 'ecs' | 'evs' | 'freeIps' | 'zones' | 'ecsFlavorList'>> = {}) {
    Object.assign(this, init);
  }

  ecsLimits(_options?: CallOptions): Promise<EcsQuota> {
    this.calls.push('ecs');
    return this.ecs instanceof Error ? Promise.reject(this.ecs) : Promise.resolve(this.ecs);
  }

  evsQuota(_options?: CallOptions): Promise<EvsQuota> {
    this.calls.push('evs');
    return this.evs instanceof Error ? Promise.reject(this.evs) : Promise.resolve(this.evs);
  }

  subnetFreeIps(subnetId: string, _options?: CallOptions): Promise<number> {
    this.calls.push(`vpc:${subnetId}`);
    return this.freeIps instanceof Error ? Promise.reject(this.freeIps) : Promise.resolve(this.freeIps);
  }

  mrsFlavors(versionName: string, _options?: CallOptions): Promise<ZoneFlavors[]> {
    this.calls.push(`mrsFlavors:${versionName}`);
    return this.zones instanceof Error ? Promise.reject(this.zones) : Promise.resolve(this.zones);
  }

  ecsFlavors(availabilityZone: string | undefined, _options?: CallOptions): Promise<EcsFlavor[]> {
    this.calls.push(`ecsFlavors:${availabilityZone ?? ''}`);
    const list = this.ecsFlavorList;
    return list instanceof Error ? Promise.reject(list) : Promise.resolve(list);
  }
}
