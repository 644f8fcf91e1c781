// A request file and the quota (issue 23): on a scale-out, the count the quota cannot hold is an error
// on `instances` naming MRS's code and the numbers; a read that failed is one info "quota not checked
// (why)" there, never an error; the quota is read beside the cluster, once per reading of it (not per
// keystroke), through the connection's reads; a scale-in reads none.
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import type { LiveQuota } from '../../../../src/core/quota/live';
import { analyzeLive, sendLens, type LiveFacts } from '../../../../src/core/requests';
import { clusterFactsOf, hostFactsOf } from '../../../../src/core/resize/facts';
import { englishTranslate as t } from '../../../../src/core/translate';
import type { Clients } from '../../../../src/vscode/connections/Clients';
import { RequestFacts } from '../../../../src/vscode/requestFiles/RequestFacts';
import { completedLake, lakeHosts } from '../../../support/customLake';
import { FakeQuotaReads, ample } from '../../../support/unit/fakeQuota';
import { clientsOf, oneConnectionStore, settled as settledWith } from '../../../support/unit/requestFacts';
import { CORE, TASK, clusterOf, coreHosts, taskHosts } from '../resize/clusters';

/** 3 core nodes of 8 vCPUs (the hosts say so) and 2 task nodes; the subnet `subnet-1`. */
const cluster = clusterOf({ core: 3, task: 2, cluster: { subnetId: 'subnet-1' } });

const fileOf = (scaleType: string, group: string, instances: number) =>
  `{"target": {"cluster_id": "${cluster.id}"},\n "request": {"parameters": {"scale_type": "${scaleType}", "node_id": "node_orderadd", "node_group": "${group}", "instances": ${instances}}}}`;

const fakeClients = (quota: FakeQuotaReads, counts: Record<string, number> = {}): Clients =>
  clientsOf(cluster, quota, { hosts: [...coreHosts(3), ...taskHosts(2)], counts });
const settled = (text: string, facts: RequestFacts) => settledWith(text, facts, t);

/** 20 vCPUs free: 2 core nodes fit. */
const shortOfCores = () =>
  new FakeQuotaReads({ ecs: { instances: ample(), cores: { max: 100, used: 80 }, ramMb: ample() } });

describe('request files: the quota of a scale-out', () => {
  it('puts an error on instances naming MRS’s code and the numbers, and the Send lens says it cannot send', async () => {
    const text = fileOf('scale_out', CORE, 3);
    const facts = new RequestFacts(oneConnectionStore(), fakeClients(shortOfCores()), 60_000, () => 0);
    const analysis = await settled(text, facts);
    const quota = analysis.check.problems.filter((p) => p.code.startsWith('quota.'));
    assert.deepEqual(
      quota.map((p) => [p.severity, p.code, p.path.join('.'), text.slice(p.offset, p.offset + p.length)]),
      [['error', 'quota.cores', 'request.parameters.instances', '3']],
    );
    assert.equal(
      quota[0].message,
      'Needs 24 vCPUs, 20 free: MRS would refuse with 12000031. Ask for a higher quota or add fewer nodes (at most 2 fit).',
    );
    assert.equal(analysis.check.draft, undefined, 'a file the quota refuses gives no draft');
    assert.equal(sendLens(analyzeLive(text, facts, t, true), t).kind, 'blocked');
    const fits = await settled(fileOf('scale_out', CORE, 2), facts);
    assert.deepEqual(
      fits.check.problems.filter((p) => p.code.startsWith('quota.')),
      [],
    );
  });

  it('reads the quota beside the cluster, once per reading of it, not once per keystroke', async () => {
    const quota = shortOfCores();
    const counts: Record<string, number> = {};
    let now = 0;
    const facts = new RequestFacts(oneConnectionStore(), fakeClients(quota, counts), 60_000, () => now);
    await settled(fileOf('scale_out', CORE, 3), facts);
    for (let i = 0; i < 200; i++) {
      analyzeLive(fileOf('scale_out', CORE, i % 5), facts, t);
    }
    assert.deepEqual([...quota.calls].sort(), ['ecs', 'evs', 'vpc:subnet-1']);
    assert.deepEqual(counts, { list: 1, get: 1, hosts: 1 });
    now = 61_000;
    await settled(fileOf('scale_out', CORE, 3), facts);
    assert.equal(quota.calls.length, 6, 'read again with the cluster once stale');
    assert.equal(counts.get, 2);
  });

  it('says "quota not checked" and why once, as an info on instances, and refuses nothing', async () => {
    const denied = new MrsApiError("Policy doesn't allow ecs:cloudServerQuotas:get to be performed.", {
      kind: 'forbidden',
      status: 403,
      code: 'Pdp.0001',
    });
    const gone = new MrsApiError('Not Found', { kind: 'notFound', status: 404 });
    const facts = new RequestFacts(
      oneConnectionStore(),
      fakeClients(new FakeQuotaReads({ ecs: denied, freeIps: gone })),
      60_000,
      () => 0,
    );
    const text = fileOf('scale_out', CORE, 40);
    const analysis = await settled(text, facts);
    const quota = analysis.check.problems.filter((p) => p.code.startsWith('quota.'));
    assert.deepEqual(
      quota.map((p) => [p.severity, p.code, text.slice(p.offset, p.offset + p.length)]),
      [['info', 'quota.notChecked', '40']],
    );
    assert.equal(
      quota[0].message,
      'Quota not checked (ECS quota: no permission (HTTP 403, Pdp.0001); subnet IPs (VPC): the endpoint does not serve this API (HTTP 404)). The resize can be sent; MRS checks the quota itself.',
    );
    assert.notEqual(analysis.check.draft, undefined);
  });

  it('reads no quota for a scale-in', async () => {
    const quota = shortOfCores();
    const facts = new RequestFacts(oneConnectionStore(), fakeClients(quota), 60_000, () => 0);
    const analysis = await settled(fileOf('scale_in', TASK, 1), facts);
    assert.deepEqual(quota.calls, []);
    assert.deepEqual(
      analysis.check.problems.filter((p) => p.code.startsWith('quota.')),
      [],
    );
  });

  it('puts the error on the count of an expand body', () => {
    const lake = completedLake();
    const quota: LiveQuota = {
      basis: { groups: { node_group_data: { cores: 8, ramMb: 16384 } }, flavors: {} },
      free: { cores: 20 },
      notRead: [],
    };
    const asked: string[] = [];
    const facts: LiveFacts = {
      connectionNames: () => ['emu'],
      connectionOf: () => 'emu',
      peekClusterList: () => [lake],
      clusterList: () => Promise.resolve([lake]),
      peekCluster: () => ({ facts: clusterFactsOf(lake), hosts: lakeHosts().map(hostFactsOf) }),
      cluster: () => Promise.reject(new Error('cached')),
      peekQuota: () => quota,
      quota: (_c, id) => (asked.push(id), Promise.resolve(quota)),
    };
    const text = `{"target": {"cluster_id": "${lake.id}"},\n "expand": {"node_group_name": "node_group_data", "count": 3}}`;
    const problems = analyzeLive(text, facts, t).check.problems.filter((p) => p.code.startsWith('quota.'));
    assert.deepEqual(
      problems.map((p) => [p.code, p.path.join('.'), text.slice(p.offset, p.offset + p.length)]),
      [['quota.cores', 'expand.count', '3']],
    );
    assert.match(problems[0].message, /^Needs 24 vCPUs, 20 free: MRS would refuse with 12000031\./);
    assert.deepEqual(asked, [], 'a cached quota is not read again');
  });
});
