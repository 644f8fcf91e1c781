// The request-file fixtures with live facts read from the emulator over real HTTP: each rule that needs
// the cluster fires on its node (test/fixtures/requests/expected.json, `live`), the valid ones give a draft.
import assert from 'node:assert/strict';
import { checkRequestFile, offsetToPosition, parseRequestFile } from '../../src/core/requests';
import { clusterFactsOf, hostFactsOf } from '../../src/core/resize/rules';
import { englishTranslate as t } from '../../src/core/translate';
import { requestExpectations, requestFixture } from '../fixtures/requests';
import { akskOf, connect, useEmulator } from './support';
import { v11Body } from '../unit/core/resize/v11Body';

describe('request files with live facts (emulator)', () => {
  const ctx = useEmulator();
  const live = Object.entries(requestExpectations()).filter(([, e]) => e.cluster !== undefined);

  it('has fixtures aimed at seeded clusters', () => {
    assert.ok(live.length >= 10, `${live.length} fixtures with live expectations`);
  });

  for (const [name, expected] of live) {
    it(`${name} on ${expected.cluster}: ${(expected.live ?? []).join(', ') || 'no problem'}`, async () => {
      const { client } = connect(ctx.emu, akskOf(ctx.emu));
      const text = requestFixture(name);
      const parsed = parseRequestFile(text, t);
      const clusters = await client.listClusters();
      const id = parsed.target.clusterId ?? '';
      const known = clusters.some((c) => c.id === id);
      const cluster = known ? clusterFactsOf(await client.getCluster(id)) : undefined;
      const hosts = known ? (await client.listHosts(id)).map(hostFactsOf) : undefined;
      const result = checkRequestFile(parsed, t, { clusters, cluster, hosts });
      const got = result.problems.map((p) => {
        const at = offsetToPosition(text, p.offset);
        return `${at.line}:${at.col} ${p.severity} ${p.code}`;
      });
      assert.deepEqual(got, expected.live);
      const errors = result.problems.some((p) => p.severity === 'error');
      assert.equal(result.draft !== undefined, !errors);
      assert.equal((result.resize && v11Body(result.resize)) !== undefined, known && !errors);
    });
  }
});
