// The flavor reads' answers as the docs print them (docs/quota-api.md §5, §6), and the two GETs: MRS's
// available-flavor with the version's space percent-encoded, ECS ListFlavors with the zone as a query.
import assert from 'node:assert/strict';
import { isMrsApiError } from '../../../../src/core/api/errors';
import { parseEcsFlavorsDto, parseMrsFlavorsDto } from '../../../../src/core/api/parseFlavors';
import { PROJECT_ID } from '../../../support/builders';
import { MRS_HOST, REGION, harness } from '../../../support/unit/harness';

/** The doc's example answer (mrs_02_0238), names without MRS's suffix. */
const MRS_DOC = {
  version_name: 'MRS 3.1.0',
  available_flavors: [
    {
      az_code: 'az1.cn-fcs-xxx',
      az_name: '可用区1',
      master: [{ flavor_name: 'Si3.4xlarge.4' }, { flavor_name: 'm3.8xlarge.8' }],
      core: [{ flavor_name: 'c6.xlarge.4' }],
      task: [{ flavor_name: 'c6.xlarge.4' }, { flavor_name: 'm6.xlarge.8' }],
    },
  ],
};

const ECS_DOC = {
  flavors: [
    { id: 'c6.xlarge.4', name: 'c6.xlarge.4', vcpus: '4', ram: 16384, os_extra_specs: {} },
    { id: 'm6.xlarge.8', name: 'm6.xlarge.8', vcpus: 4, ram: '32768' },
    { id: 'odd', name: 'odd.flavor', vcpus: 'many' },
  ],
};

const FLAVORS_PATH = `/v2/${PROJECT_ID}/metadata/version/MRS%203.1.0/available-flavor`;

describe('flavor reads: parsing the documented answers', () => {
  it("reads MRS's offered flavors per zone and role, names only", () => {
    assert.deepEqual(parseMrsFlavorsDto(MRS_DOC), [
      {
        azCode: 'az1.cn-fcs-xxx',
        azName: '可用区1',
        master: ['Si3.4xlarge.4', 'm3.8xlarge.8'],
        core: ['c6.xlarge.4'],
        task: ['c6.xlarge.4', 'm6.xlarge.8'],
      },
    ]);
  });

  it('reads ECS flavors: vcpus a string or a number, ram in MB; a field it cannot read is left unknown', () => {
    assert.deepEqual(parseEcsFlavorsDto(ECS_DOC), [
      { name: 'c6.xlarge.4', cores: 4, ramMb: 16384 },
      { name: 'm6.xlarge.8', cores: 4, ramMb: 32768 },
      { name: 'odd.flavor', cores: undefined, ramMb: undefined },
    ]);
  });

  it('refuses answers without the lists as an invalid response', () => {
    assert.throws(
      () => parseMrsFlavorsDto({ version_name: 'MRS 3.1.0' }),
      (e) => isMrsApiError(e, 'invalidResponse'),
    );
    assert.throws(
      () => parseEcsFlavorsDto({ flavor: [] }),
      (e) => isMrsApiError(e, 'invalidResponse'),
    );
  });

  it("sends MRS's read to the MRS endpoint with the version's space encoded, ECS's with the zone", async () => {
    const h = harness(undefined, { ecsEndpoint: 'https://ecs.test' });
    h.server
      .on('GET', FLAVORS_PATH, { status: 200, body: MRS_DOC })
      .on('GET', `/v1/${PROJECT_ID}/cloudservers/flavors`, { status: 200, body: ECS_DOC });
    const zones = await h.quota.mrsFlavors('MRS 3.1.0');
    assert.deepEqual(zones[0].task, ['c6.xlarge.4', 'm6.xlarge.8']);
    const flavors = await h.quota.ecsFlavors(`${REGION}a`);
    assert.equal(flavors.length, 3);
    const [mrs] = h.server.requestsTo('GET', FLAVORS_PATH);
    assert.equal(mrs.url.host, MRS_HOST);
    const auth = Object.entries(mrs.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    assert.match(auth ?? '', /^SDK-HMAC-SHA256 /);
    const [ecs] = h.server.requestsTo('GET', `/v1/${PROJECT_ID}/cloudservers/flavors`);
    assert.equal(ecs.url.host, 'ecs.test');
    assert.equal(ecs.url.search, `?availability_zone=${REGION}a`);
  });

  it('gives a 403 as a forbidden error, and asks ECS for every zone when the zone is not known', async () => {
    const h = harness();
    h.server
      .on('GET', FLAVORS_PATH, { status: 403, body: { error_code: 'MRS.0003', error_msg: 'no permission' } })
      .on('GET', `/v1/${PROJECT_ID}/cloudservers/flavors`, { status: 200, body: { flavors: [] } });
    await assert.rejects(h.quota.mrsFlavors('MRS 3.1.0'), (e) => isMrsApiError(e, 'forbidden') && e.status === 403);
    assert.deepEqual(await h.quota.ecsFlavors(undefined), []);
    assert.equal(h.server.requestsTo('GET', `/v1/${PROJECT_ID}/cloudservers/flavors`)[0].url.search, '');
  });
});
