// The flavors MRS offers for the first task nodes (docs/quota-api.md §5, §6): MRS's answer for the
// cluster's version kept to its zone, ECS's vCPUs and memory beside each name, both read at once and
// cached per connection; a read that fails is a reason in words, never an error thrown at the user.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import type { FlavorPlacement, ZoneFlavors } from '../../../../src/core/model/flavors';
import { readFlavorOffer } from '../../../../src/core/quota/offeredFlavors';
import { CachedQuotaReads } from '../../../../src/core/quota/reader';
import { englishTranslate as t } from '../../../../src/core/translate';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';
import { T0 } from '../../../support/unit/fakes';

const placement: FlavorPlacement = { version: 'MRS 3.1.0', availabilityZone: 'cn-north-4a' };

const zone = (azCode: string, azName: string, task: string[]): ZoneFlavors => ({
  azCode,
  azName,
  master: [],
  core: [],
  task,
});

const ZONES = [
  zone('cn-north-4a', '可用区1', ['c6.2xlarge.4', 's3.xlarge.2.linux.bigdata']),
  zone('cn-north-4b', '可用区2', ['m6.2xlarge.8']),
];
const ECS = [
  { name: 'c6.2xlarge.4', cores: 8, ramMb: 32768 },
  { name: 's3.xlarge.2', cores: 4, ramMb: 8192 },
  { name: 'm6.2xlarge.8', cores: 8, ramMb: 65536 },
];

describe("the flavors MRS offers, read for a cluster's version and zone", () => {
  it("keeps its zone's task flavors with ECS's vCPUs and memory, in the form a resize sends", async () => {
    const reads = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const offer = await readFlavorOffer(reads, placement, t);
    assert.deepEqual(offer, {
      ok: true,
      zone: 'cn-north-4a',
      flavors: [
        { name: 'c6.2xlarge.4.linux.bigdata', cores: 8, ramMb: 32768 },
        { name: 's3.xlarge.2.linux.bigdata', cores: 4, ramMb: 8192 },
      ],
    });
    assert.deepEqual([...reads.calls].sort(), ['ecsFlavors:cn-north-4a', 'mrsFlavors:MRS 3.1.0']);
  });

  it('starts both reads at once', async () => {
    const reads = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const pending = readFlavorOffer(reads, placement, t);
    assert.equal(reads.calls.length, 2, 'both asked before either answered');
    await pending;
  });

  it("finds the zone by its name when the details name it so (the doc's azName)", async () => {
    const reads = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const offer = await readFlavorOffer(reads, { version: 'MRS 3.1.0', availabilityZone: '可用区2' }, t);
    assert.ok(offer.ok);
    assert.deepEqual(
      offer.flavors.map((f) => f.name),
      ['m6.2xlarge.8.linux.bigdata'],
    );
  });

  it('gives a 403, a missing endpoint or a network failure of MRS as a reason, never thrown', async () => {
    const cases: [Error, string][] = [
      [
        new MrsApiError('no permission', { kind: 'forbidden', status: 403, code: 'MRS.0003' }),
        'no permission (HTTP 403, MRS.0003)',
      ],
      [
        new MrsApiError('Not Found', { kind: 'notFound', status: 404 }),
        'the endpoint does not serve this API (HTTP 404)',
      ],
      [
        new MrsApiError('connect ECONNREFUSED', { kind: 'network' }),
        'the endpoint could not be reached (connect ECONNREFUSED)',
      ],
    ];
    for (const [error, reason] of cases) {
      const offer = await readFlavorOffer(new FakeQuotaReads({ zones: error, ecsFlavorList: ECS }), placement, t);
      assert.deepEqual(offer, { ok: false, reason });
    }
  });

  it("keeps MRS's names when ECS cannot be read, and says why the sizes are missing", async () => {
    const denied = new MrsApiError('Policy doesn’t allow', { kind: 'forbidden', status: 403, code: 'Pdp.0001' });
    const offer = await readFlavorOffer(new FakeQuotaReads({ zones: ZONES, ecsFlavorList: denied }), placement, t);
    assert.deepEqual(offer, {
      ok: true,
      zone: 'cn-north-4a',
      flavors: [{ name: 'c6.2xlarge.4.linux.bigdata' }, { name: 's3.xlarge.2.linux.bigdata' }],
      sizesNotRead: 'no permission (HTTP 403, Pdp.0001)',
    });
  });

  it('says so when the answer lists no such zone, or the cluster has no version', async () => {
    const reads = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const elsewhere = await readFlavorOffer(reads, { ...placement, availabilityZone: 'cn-north-4c' }, t);
    assert.deepEqual(elsewhere, { ok: false, reason: "MRS's answer lists no availability zone cn-north-4c" });
    const calls = reads.calls.length;
    const noVersion = await readFlavorOffer(reads, { ...placement, version: undefined }, t);
    assert.deepEqual(noVersion, { ok: false, reason: "the cluster's version is not known" });
    assert.equal(reads.calls.length, calls, 'nothing is asked without a version');
  });

  it('is read once per connection for 30 s through the cached reader', async () => {
    let now = T0;
    const inner = new FakeQuotaReads({ zones: ZONES, ecsFlavorList: ECS });
    const reads = new CachedQuotaReads(inner, () => now);
    await readFlavorOffer(reads, placement, t);
    await readFlavorOffer(reads, placement, t);
    assert.equal(inner.calls.length, 2);
    now += 30_001;
    await readFlavorOffer(reads, placement, t);
    assert.equal(inner.calls.length, 4);
  });
});
