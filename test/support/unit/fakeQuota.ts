// The quota reads of a connection, scripted: ample by default (nothing short, nothing failed), so
// that a plan's problems are the rules' only; a test sets what it needs and counts the reads.
import type { CallOptions } from '../../../src/core/api/MrsClient';
import type { EcsQuota, EvsQuota, QuotaLimit } from '../../../src/core/model/quota';
import type { QuotaReads } from '../../../src/core/quota/reader';

export const ample = (used = 0): QuotaLimit => ({ max: 1_000_000, used });

export class FakeQuotaReads implements QuotaReads {
  ecs: EcsQuota | Error = { instances: ample(), cores: ample(), ramMb: ample() };
  evs: EvsQuota | Error = { volumes: ample(), gigabytes: ample() };
  freeIps: number | Error = 1_000;
  readonly calls: string[] = [];

  constructor(init: Partial<Pick<FakeQuotaReads, 'ecs' | 'evs' | 'freeIps'>> = {}) {
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
}
