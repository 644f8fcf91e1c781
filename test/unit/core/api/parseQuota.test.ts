// The quota reads' answers as the docs print them (docs/quota-api.md §2–§4), and the reads' paths,
// signing and endpoints over the same transport as MRS's.
import assert from 'node:assert/strict';
import {
  parseEcsLimitsDto,
  parseEvsQuotaDto,
  parseIpAvailabilityFreeIps,
  parseSubnetFreeIps,
} from '../../../../src/core/api/parseQuota';
import { quotaEndpoint, quotaEndpointFromEnv } from '../../../../src/core/api/quotaEndpoints';
import { isMrsApiError } from '../../../../src/core/api/errors';
import { PROJECT_ID } from '../../../support/builders';
import { REGION, harness } from '../../../support/unit/harness';

const ECS_DOC = {
  absolute: {
    maxTotalInstances: 2048,
    totalInstancesUsed: 21,
    maxTotalCores: 20480,
    totalCoresUsed: 40,
    maxTotalRAMSize: 25165824,
    totalRAMUsed: 75776,
    maxTotalKeypairs: -1,
    limit_by_flavor: [],
  },
};
const EVS_DOC = {
  quota_set: {
    id: 'p',
    gigabytes: { reserved: 0, limit: 42790, in_use: 2792 },
    volumes: { reserved: 0, limit: -1, in_use: 108 },
    gigabytes_SSD: { limit: -1, in_use: 1085 },
  },
};

describe('quota reads: parsing the documented answers', () => {
  it('reads ECS limits (numbers or numeric strings)', () => {
    assert.deepEqual(parseEcsLimitsDto(ECS_DOC), {
      instances: { max: 2048, used: 21 },
      cores: { max: 20480, used: 40 },
      ramMb: { max: 25165824, used: 75776 },
    });
    const strings = { absolute: { ...ECS_DOC.absolute, maxTotalCores: '-1', totalCoresUsed: '8' } };
    assert.deepEqual(parseEcsLimitsDto(strings).cores, { max: undefined, used: 8 });
    assert.throws(
      () => parseEcsLimitsDto({ limits: {} }),
      (e) => isMrsApiError(e, 'invalidResponse'),
    );
  });

  it('reads the EVS quota set: -1 is unlimited, reserved counts as used', () => {
    assert.deepEqual(parseEvsQuotaDto(EVS_DOC), {
      volumes: { max: undefined, used: 108 },
      gigabytes: { max: 42790, used: 2792 },
    });
    const reserved = { quota_set: { ...EVS_DOC.quota_set, gigabytes: { limit: 100, in_use: 10, reserved: 5 } } };
    assert.deepEqual(parseEvsQuotaDto(reserved).gigabytes, { max: 100, used: 15 });
    assert.throws(
      () => parseEvsQuotaDto({ quota_set: {} }),
      (e) => isMrsApiError(e, 'invalidResponse'),
    );
  });

  it("reads a subnet's free addresses, or none when the region does not send them; and the fallback's IPv4 counts", () => {
    assert.equal(parseSubnetFreeIps({ subnet: { id: 's', available_ip_address_count: 17 } }), 17);
    assert.equal(parseSubnetFreeIps({ subnet: { id: 's', cidr: '10.0.0.0/24' } }), undefined);
    const availability = {
      network_ip_availability: {
        total_ips: 300,
        used_ips: 4,
        subnet_ip_availability: [
          { ip_version: 4, total_ips: 300, used_ips: 4 },
          { ip_version: 6, total_ips: 1000, used_ips: 1 },
        ],
      },
    };
    assert.equal(parseIpAvailabilityFreeIps(availability), 296);
    assert.equal(parseIpAvailabilityFreeIps({ network_ip_availability: { total_ips: 10, used_ips: 3 } }), 7);
  });
});

describe('quota reads: endpoints and requests', () => {
  it('defaults to {service}.{region}.myhuaweicloud.com, refuses http off loopback, reads both env forms', () => {
    assert.equal(quotaEndpoint('ecs', 'ap-southeast-1').href, 'https://ecs.ap-southeast-1.myhuaweicloud.com/');
    assert.equal(quotaEndpoint('vpc', 'cn-north-4', 'http://127.0.0.1:9000').href, 'http://127.0.0.1:9000/');
    assert.throws(() => quotaEndpoint('evs', 'cn-north-4', 'http://evs.example.com'), /Only https/);
    const env = {
      HUAWEICLOUD_SDK_ECS_ENDPOINT: 'https://ecs.example.com',
      HUAWEICLOUD_SDK_REGION_EVS_CN_NORTH_4: 'evs.example.com, evs2.example.com',
    };
    assert.equal(quotaEndpointFromEnv(env, 'ecs', 'cn-north-4'), 'https://ecs.example.com');
    assert.equal(quotaEndpointFromEnv(env, 'evs', 'cn-north-4'), 'https://evs.example.com');
    assert.equal(quotaEndpointFromEnv(env, 'vpc', 'cn-north-4'), undefined);
  });

  it('signs and sends the three GETs to their endpoints; the subnet falls back to network-ip-availabilities', async () => {
    const h = harness(undefined, { ecsEndpoint: 'https://ecs.test', evsEndpoint: 'https://evs.test' });
    h.server
      .on('GET', `/v1/${PROJECT_ID}/cloudservers/limits`, { status: 200, body: ECS_DOC })
      .on('GET', `/v2/${PROJECT_ID}/os-quota-sets/${PROJECT_ID}`, { status: 200, body: EVS_DOC })
      .on('GET', `/v1/${PROJECT_ID}/subnets/sub-1`, { status: 200, body: { subnet: { id: 'sub-1' } } })
      .on('GET', '/v2.0/network-ip-availabilities/sub-1', {
        status: 200,
        body: { network_ip_availability: { total_ips: 9, used_ips: 2 } },
      });
    assert.equal((await h.quota.ecsLimits()).cores.used, 40);
    assert.equal((await h.quota.evsQuota()).gigabytes.max, 42790);
    assert.equal(await h.quota.subnetFreeIps('sub-1'), 7);
    const [ecs] = h.server.requestsTo('GET', `/v1/${PROJECT_ID}/cloudservers/limits`);
    assert.equal(ecs.url.host, 'ecs.test');
    const auth = Object.entries(ecs.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    assert.match(auth ?? '', /^SDK-HMAC-SHA256 /);
    const [evs] = h.server.requestsTo('GET', `/v2/${PROJECT_ID}/os-quota-sets/${PROJECT_ID}`);
    assert.equal(evs.url.search, '?usage=True');
    const [vpc] = h.server.requestsTo('GET', '/v2.0/network-ip-availabilities/sub-1');
    assert.equal(vpc.url.host, `vpc.${REGION}.myhuaweicloud.com`);
  });

  it('gives the 403 of a missing permission as a forbidden error (the plan says "not checked")', async () => {
    const h = harness();
    const body = {
      error: { code: 'Pdp.0001', message: "Policy doesn't allow ecs:cloudServerQuotas:get to be performed." },
    };
    h.server.on('GET', `/v1/${PROJECT_ID}/cloudservers/limits`, { status: 403, body });
    await assert.rejects(h.quota.ecsLimits(), (e) => isMrsApiError(e, 'forbidden') && e.status === 403);
  });

  it('turns a refused override into reads that fail with the configuration error, never a request', async () => {
    const h = harness(undefined, { vpcEndpoint: 'http://vpc.example.com' });
    await assert.rejects(h.quota.subnetFreeIps('s'), (e) => isMrsApiError(e, 'configuration'));
    assert.equal(h.server.requests.length, 0);
  });
});
