// analyzeLive: checks with what the cache holds, never waits, and says which reads are missing;
// the VS Code cache (RequestFacts) reads each cluster once however many keystrokes ask.
import assert from 'node:assert/strict';
import { analyzeLive, type LiveFacts } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { RequestFacts } from '../../../../src/vscode/requestFiles/RequestFacts';
import type { Clients } from '../../../../src/vscode/connections/Clients';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';
import { clientsOf, oneConnectionStore } from '../../../support/unit/requestFacts';
import { clusterOf, CORE } from '../resize/clusters';

const cluster = clusterOf({ core: 3 });
const TEXT = `{"target": {"cluster_id": "${cluster.id}"}, "request": {"parameters": {"scale_type": "scale_in", "node_id": "node_orderadd", "node_group": "${CORE}", "instances": 1}}}`;

/** No quota limits any count: these tests are about the rules and the cache. */
const none = { max: undefined, used: 0 };
const unlimited = new FakeQuotaReads({
  ecs: { instances: none, cores: none, ramMb: none },
  evs: { volumes: none, gigabytes: none },
});

const fakeClients = (counts: Record<string, number>): Clients => clientsOf(cluster, unlimited, { counts });

describe('request files: live analysis', () => {
  it('checks offline first, names the missing reads, then checks with the live facts', async () => {
    const counts: Record<string, number> = {};
    let now = 0;
    const facts = new RequestFacts(oneConnectionStore(), fakeClients(counts), 60_000, () => now);
    const first = analyzeLive(TEXT, facts, t);
    assert.deepEqual(first.check.problems, []);
    assert.equal(first.missing.length, 1);
    await Promise.all(first.missing);
    const second = analyzeLive(TEXT, facts, t);
    assert.equal(second.missing.length, 1, 'the cluster details come next');
    await Promise.all(second.missing);
    const third = analyzeLive(TEXT, facts, t);
    assert.deepEqual(third.missing, []);
    assert.deepEqual(
      third.check.problems.map((p) => p.code),
      ['instances.belowCoreMinimum'],
    );
    for (let i = 0; i < 500; i++) {
      analyzeLive(TEXT.replace('"instances": 1', `"instances": ${i % 3}`), facts, t);
    }
    assert.deepEqual(counts, { list: 1, get: 1, hosts: 1 }, 'one read per cluster, not one per keystroke');
    now = 61_000;
    await Promise.all(analyzeLive(TEXT, facts, t).missing);
    assert.equal(counts.list, 2, 'read again once stale');
  });

  it('checks with the raised limit set for the cluster, read at each check (a changed setting counts at once)', async () => {
    const setting: { limit?: number } = {};
    const facts = new RequestFacts(
      oneConnectionStore(),
      fakeClients({}),
      60_000,
      () => 0,
      () => setting.limit,
    );
    const out = TEXT.replace('"scale_in"', '"scale_out"').replace('"instances": 1', '"instances": 600');
    await Promise.all(analyzeLive(out, facts, t).missing);
    await Promise.all(analyzeLive(out, facts, t).missing);
    const refused = analyzeLive(out, facts, t).check.problems;
    assert.deepEqual(
      refused.map((p) => p.code),
      ['instances.aboveTotalLimit'],
    );
    assert.match(refused[0].message, /at most 497 here/);
    setting.limit = 1000;
    assert.deepEqual(analyzeLive(out, facts, t).check.problems, []);
    assert.equal((await facts.cluster('emu', cluster.id)).facts.maxCoreAndTaskNodes, 1000);
  });

  it('drops syntax errors for the editor (VS Code shows them) and keeps them for a terminal', () => {
    const none: LiveFacts = {
      connectionNames: () => [],
      connectionOf: () => undefined,
      peekClusterList: () => undefined,
      clusterList: () => Promise.resolve([]),
      peekCluster: () => undefined,
      cluster: () => Promise.reject(new Error('no')),
    };
    assert.deepEqual(analyzeLive('{"target": ', none, t).check.problems, []);
    assert.equal(analyzeLive('{"target": ', none, t, true).check.problems[0]?.code, 'json.syntax');
    assert.equal(analyzeLive('{"target": ', none, t).check.draft, undefined);
  });

  it('keeps a failed read for 5 s: typing while a connection fails does not re-read on every pause', async () => {
    let calls = 0;
    const failing = {
      get: () => Promise.resolve({ listClusters: () => (calls++, Promise.reject(new Error('down'))) }),
    } as unknown as Clients;
    let now = 0;
    const facts = new RequestFacts(oneConnectionStore(), failing, 60_000, () => now);
    await assert.rejects(facts.clusterList('emu'), /down/);
    now = 4_000;
    await assert.rejects(facts.clusterList('emu'), /down/);
    assert.equal(calls, 1, 'the failure is reused');
    now = 5_001;
    await assert.rejects(facts.clusterList('emu'), /down/);
    assert.equal(calls, 2, 'then read again');
  });
});
