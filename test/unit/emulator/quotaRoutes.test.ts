// The ECS, EVS, VPC and MRS-metadata reads of a quota pre-flight (docs/quota-api.md): shapes, auth, and
// that they agree with one another and with the cluster details.
import assert from 'node:assert/strict';
import { ROUTES } from '../../../emulator';
import { findFlavor } from '../../../emulator/flavors';
import { seedClusters } from '../../../emulator/seeds';
import { call, getToken } from './helpers';
import { useClockedEmulator } from './resizeHarness';

type Json = Record<string, unknown>;

describe('emulator quota reads: ECS, EVS, VPC, MRS available flavors', () => {
  const h = useClockedEmulator();
  const get = async (path: string): Promise<{ status: number; json: Json; text: string }> => {
    const res = await call(h.running(), 'GET', path, { token: h.token() });
    return { status: res.status, json: res.json as Json, text: res.text };
  };
  const subnetOf = async (name: string): Promise<string> => {
    const id = h.running().clusterIdByName(name) ?? '';
    const details = await get(`/v1.1/{p}/cluster_infos/${id}`);
    return (details.json.cluster as { subnetId: string }).subnetId;
  };

  it('ECS limits: {absolute} with max/used of instances, cores and RAM in MB, agreeing with the control view', async () => {
    const res = await get('/v1/{p}/cloudservers/limits');
    assert.equal(res.status, 200, res.text);
    const a = res.json.absolute as Record<string, number>;
    const q = h.running().quotas();
    assert.deepEqual(
      [a.maxTotalInstances, a.totalInstancesUsed, a.maxTotalCores, a.totalCoresUsed, a.maxTotalRAMSize, a.totalRAMUsed],
      [q.limits.instances, q.used.instances, q.limits.cores, q.used.cores, q.limits.ramMb, q.used.ramMb],
    );
    assert.deepEqual(
      [
        a.maxTotalInstances - a.totalInstancesUsed,
        a.maxTotalCores - a.totalCoresUsed,
        a.maxTotalRAMSize - a.totalRAMUsed,
      ],
      [310, 2560, 10240 * 1024],
    );
    assert.equal(a.maxTotalKeypairs, -1);
    assert.deepEqual(a.limit_by_flavor, []);
  });

  it('ECS limits: -1 when unlimited', async () => {
    h.running().clearQuota();
    const a = (await get('/v1/{p}/cloudservers/limits')).json.absolute as Record<string, number>;
    assert.deepEqual([a.maxTotalInstances, a.maxTotalCores, a.maxTotalRAMSize], [-1, -1, -1]);
  });

  it('ECS flavors: vcpus a string, ram in MB, ECS names; availability_zone filters', async () => {
    const res = await get('/v1/{p}/cloudservers/flavors');
    assert.equal(res.status, 200, res.text);
    const flavors = res.json.flavors as { name: string; vcpus: string; ram: number }[];
    const c6 = flavors.find((f) => f.name === 'c6.4xlarge.4');
    assert.deepEqual([c6?.vcpus, c6?.ram], ['16', 65536]);
    assert.ok(flavors.every((f) => !f.name.endsWith('.linux.bigdata')));
    const zoneB = (await get('/v1/{p}/cloudservers/flavors?availability_zone=cn-north-4b')).json.flavors as Json[];
    assert.ok(zoneB.length > 0 && zoneB.length < flavors.length);
    assert.deepEqual((await get('/v1/{p}/cloudservers/flavors?availability_zone=nowhere')).json.flavors, []);
  });

  it('EVS quota (v2 and v3): {quota_set} of {in_use, limit, reserved}; usage=True required', async () => {
    const v2 = await get('/v2/{p}/os-quota-sets/{p}?usage=True'.replace('{p}', h.running().credentials.projectId));
    assert.equal(v2.status, 200, v2.text);
    const set = v2.json.quota_set as Record<string, { in_use: number; limit: number; reserved: number }>;
    const q = h.running().quotas();
    assert.equal(set.id, h.running().credentials.projectId);
    assert.deepEqual(set.volumes, { in_use: q.used.volumes, limit: q.limits.volumes, reserved: 0 });
    assert.deepEqual(set.gigabytes, { in_use: q.used.gigabytes, limit: q.limits.gigabytes, reserved: 0 });
    const typed = ['SATA', 'SAS', 'SSD', 'GPSSD'].reduce((s, t) => s + set[`volumes_${t}`].in_use, 0);
    assert.equal(typed, q.used.volumes, 'the per-type disks add up to the total');
    const p = h.running().credentials.projectId;
    const v3 = await get(`/v3/{p}/os-quota-sets/${p}?usage=True`);
    assert.deepEqual(v3.json, v2.json);
    assert.equal((await get(`/v2/{p}/os-quota-sets/${p}`)).status, 400);
  });

  it('VPC subnet: the details subnetId, ACTIVE, available_ip_address_count; ip-availability agrees', async () => {
    const subnetId = await subnetOf('branch-subnet');
    const res = await get(`/v1/{p}/subnets/${subnetId}`);
    assert.equal(res.status, 200, res.text);
    const s = res.json.subnet as Json;
    assert.equal(s.id, subnetId);
    assert.equal(s.status, 'ACTIVE');
    assert.equal(s.name, 'subnet-mrs-26');
    assert.equal(s.available_ip_address_count, 3);
    assert.match(String(s.cidr), /^192\.168\.\d+\.0\/28$/);
    const ipa = await get(`/v2.0/network-ip-availabilities/${subnetId}`);
    assert.equal(ipa.status, 200, ipa.text);
    const n = ipa.json.network_ip_availability as { total_ips: number; used_ips: number; network_id: string };
    assert.deepEqual([n.network_id, n.total_ips, n.used_ips], [subnetId, 8, 5]);
    assert.equal((await get('/v1/{p}/subnets/00000000-0000-4000-8000-000000000000')).status, 404);
    const missing = await get('/v2.0/network-ip-availabilities/nope');
    assert.deepEqual(Object.keys(missing.json), ['NeutronError']);
  });

  it('MRS available flavors: per AZ master/core/task {flavor_name}, covering every group of every seeded version', async () => {
    const res = await get('/v2/{p}/metadata/version/MRS%203.1.0/available-flavor');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.version_name, 'MRS 3.1.0');
    const azs = res.json.available_flavors as { az_code: string; az_name: string; core: { flavor_name: string }[] }[];
    assert.deepEqual(
      azs.map((a) => a.az_code),
      ['cn-north-4a', 'cn-north-4b'],
    );
    const core = azs[0].core.map((f) => f.flavor_name);
    for (const extra of ['s3.xlarge.2.linux.bigdata', 'c6.2xlarge.4.linux.bigdata', 'm6.2xlarge.8.linux.bigdata']) {
      assert.ok(core.includes(extra), extra);
    }
    for (const c of seedClusters('default')) {
      const answer = await get(`/v2/{p}/metadata/version/${encodeURIComponent(c.clusterVersion)}/available-flavor`);
      const zone = (answer.json.available_flavors as Record<string, { flavor_name: string }[]>[])[0];
      for (const g of c.groups) {
        assert.ok(
          zone[g.role].some((f) => f.flavor_name === g.nodeSize),
          `${c.clusterName} ${g.groupName} ${g.nodeSize}`,
        );
        assert.ok(findFlavor(g.nodeSize), `${g.nodeSize} is in the flavor table`);
      }
    }
    const one = await get('/v2/{p}/metadata/version/MRS%203.1.0/available-flavor?availability_zone=cn-north-4b');
    assert.equal((one.json.available_flavors as Json[]).length, 1);
    assert.equal((await get('/v2/{p}/metadata/version/MRS%209.9/available-flavor')).status, 400);
  });

  it('every new route needs authentication and the account project, and is counted under its key', async () => {
    const emu = h.running();
    const p = emu.credentials.projectId;
    const paths = [
      '/v1/{p}/cloudservers/limits',
      '/v1/{p}/cloudservers/flavors',
      `/v2/{p}/os-quota-sets/${p}?usage=True`,
      `/v3/{p}/os-quota-sets/${p}?usage=True`,
      `/v1/{p}/subnets/${await subnetOf('etl-nightly')}`,
      `/v2.0/network-ip-availabilities/${await subnetOf('etl-nightly')}`,
      '/v2/{p}/metadata/version/MRS%203.1.0/available-flavor',
    ];
    emu.resetRequests();
    for (const path of paths) {
      assert.equal((await call(emu, 'GET', path, 'none')).status, 401, path);
      assert.equal((await call(emu, 'GET', path, { sign: true, now: h.clock.t })).status, 200, path);
    }
    const other = '/v1/ffffffffffffffffffffffffffffffff/cloudservers/limits';
    assert.equal((await call(emu, 'GET', other, { token: h.token() })).status, 401);
    const keys = [
      'ecsLimits',
      'ecsFlavors',
      'evsQuota',
      'evsQuotaV3',
      'vpcSubnet',
      'ipAvailability',
      'availableFlavors',
    ];
    const routes = emu.requests().routes;
    for (const key of keys) {
      assert.ok(
        ROUTES.some((r) => r.key === key),
        key,
      );
      assert.equal(routes[key]?.count, key === 'ecsLimits' ? 3 : 2, key);
    }
  });

  it('a fault on a new route key answers in its place (e.g. a 403 on ecsLimits)', async () => {
    const emu = h.running();
    emu.addFault({ kind: 'status', status: 403, route: 'ecsLimits' });
    assert.equal((await get('/v1/{p}/cloudservers/limits')).status, 403);
    assert.equal((await get('/v1/{p}/cloudservers/limits')).status, 200);
    assert.ok(await getToken(emu));
  });
});
