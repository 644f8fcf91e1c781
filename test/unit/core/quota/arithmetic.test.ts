// The quota arithmetic of a scale-out: each resource can be the one that limits, the first task
// nodes' disks count, memory is compared in MB (GiB only for the sentence), -1 is unlimited.
import assert from 'node:assert/strict';
import { fitQuota, freeOf, takesOf } from '../../../../src/core/quota/arithmetic';
import { flavorSizeFromName } from '../../../../src/core/quota/flavorSize';
import { perNodeOf } from '../../../../src/core/quota/perNode';
import type { QuotaBasis } from '../../../../src/core/quota/basis';
import { gib } from '../../../../src/core/quota/words';

const node = { flavor: 'c6.4xlarge.4', cores: 16, ramMb: 65536, volumes: 2, gigabytes: 140, estimated: false };
const plenty = { instances: 1000, cores: 1000, ramMb: 10_000_000, volumes: 1000, gigabytes: 100_000, ips: 1000 };

describe('quota: arithmetic', () => {
  for (const [resource, free, fits] of [
    ['instances', 1, 1],
    ['cores', 40, 2],
    ['ramMb', 3 * 65536 + 1000, 3],
    ['volumes', 7, 3],
    ['gigabytes', 140 * 4 + 139, 4],
    ['ips', 2, 2],
  ] as const) {
    it(`names ${resource} as the limit when it is the scarcest, with the nodes that fit`, () => {
      const fit = fitQuota(5, takesOf(node), { ...plenty, [resource]: free });
      assert.equal(fit.limiting, resource);
      assert.equal(fit.fits, fits);
      assert.deepEqual(
        fit.short.map((r) => r.resource),
        [resource],
      );
      const r = fit.resources.find((x) => x.resource === resource);
      assert.equal(r?.needed, 5 * takesOf(node)[resource]!);
    });
  }

  it('never limits by an unlimited quota (-1) and is silent about a resource not read', () => {
    assert.equal(freeOf({ max: undefined, used: 99 }), undefined);
    assert.equal(freeOf({ max: 10, used: 12 }), 0, 'used above the max is nothing free, not a negative');
    const fit = fitQuota(500, takesOf(node), { instances: 'unlimited', cores: 'unlimited' });
    assert.equal(fit.fits, undefined);
    assert.equal(fit.limiting, undefined);
    assert.deepEqual(fit.short, []);
    assert.deepEqual(
      fit.resources.map((r) => r.resource),
      ['instances', 'cores'],
    );
  });

  it('fits exactly at the boundary: 32 vCPUs free hold 2 nodes of 16, not 3', () => {
    const fit = fitQuota(2, takesOf(node), { cores: 32 });
    assert.deepEqual([fit.fits, fit.short.length], [2, 0]);
    assert.equal(fitQuota(3, takesOf(node), { cores: 32 }).short.length, 1);
  });

  it('compares memory in MB: 1 MB less than a node of 64 GiB fits none, and the sentence rounds needs up, free down', () => {
    assert.equal(fitQuota(1, takesOf(node), { ramMb: 65535 }).fits, 0);
    assert.equal(fitQuota(1, takesOf(node), { ramMb: 65536 }).fits, 1);
    assert.equal(gib(65535, 'down'), '63.9');
    assert.equal(gib(65536, 'up'), '64');
    assert.equal(gib(65537, 'up'), '64.1');
    assert.equal(gib(1536, 'down'), '1.5');
  });
});

describe('quota: what one node takes', () => {
  const basis: QuotaBasis = {
    subnetId: 'subnet-1',
    groups: {
      core_node_analysis_group: {
        flavor: 'c6.4xlarge.4.linux.bigdata',
        cores: 16,
        ramMb: 65536,
        dataVolumeCount: 2,
        dataVolumeSizeGb: 600,
        rootVolumeSizeGb: 480,
      },
    },
    flavors: { 'c6.4xlarge.4.linux.bigdata': { cores: 16, ramMb: 65536 } },
  };

  it("reads a group's node from its hosts and disks: data disks + the system disk", () => {
    assert.deepEqual(perNodeOf(basis, 'core_node_analysis_group'), {
      flavor: 'c6.4xlarge.4.linux.bigdata',
      cores: 16,
      ramMb: 65536,
      volumes: 3,
      gigabytes: 480 + 2 * 600,
      estimated: false,
    });
  });

  it("reads the first task nodes' disks from task_node_info and their size from the flavor's name, marked estimated", () => {
    const first = { nodeSize: 's3.xlarge.2.linux.bigdata', dataVolumeCount: 4, dataVolumeSizeGb: 200 };
    assert.deepEqual(perNodeOf(basis, 'task_node_analysis_group', first), {
      flavor: 's3.xlarge.2.linux.bigdata',
      cores: 4,
      ramMb: 8192,
      volumes: 5,
      gigabytes: 480 + 4 * 200,
      estimated: true,
    });
    const same = perNodeOf(basis, 'task_node_analysis_group', { nodeSize: 'c6.4xlarge.4.linux.bigdata' });
    assert.deepEqual([same.cores, same.ramMb, same.estimated, same.volumes], [16, 65536, false, 1]);
  });

  it('reads flavor names: sizes, ratios, and none from an old name without a ratio', () => {
    assert.deepEqual(flavorSizeFromName('c6.4xlarge.4.linux.bigdata'), { cores: 16, ramMb: 65536 });
    assert.deepEqual(flavorSizeFromName('m3.large.8'), { cores: 2, ramMb: 16384 });
    assert.deepEqual(flavorSizeFromName('c2.2xlarge.linux.mrs'), undefined);
    assert.deepEqual(flavorSizeFromName('s1.xlarge'), undefined);
  });
});
