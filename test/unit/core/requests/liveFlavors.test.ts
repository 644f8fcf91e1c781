// A request file's first task nodes against the flavors MRS offers: the editor reads them once (the
// cluster's version and zone from the connection's cluster list), then shows a warning on node_size
// that names the offered ones; a file without task_node_info reads none.
import assert from 'node:assert/strict';
import type { ZoneFlavors } from '../../../../src/core/model/flavors';
import { analyzeLive } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { RequestFacts } from '../../../../src/vscode/requestFiles/RequestFacts';
import { FakeQuotaReads } from '../../../support/unit/fakeQuota';
import { clientsOf, oneConnectionStore, settled as settledWith } from '../../../support/unit/requestFacts';
import { clusterOf, CORE } from '../resize/clusters';

const cluster = clusterOf({ core: 3 });
const ZONES: ZoneFlavors[] = [{ azCode: 'az1.dc1', azName: undefined, master: [], core: [], task: ['s3.xlarge.2'] }];

const fileOf = (parameters: Record<string, unknown>) =>
  JSON.stringify({ target: { cluster_id: cluster.id }, request: { parameters } }, null, 2);
const FIRST_TASK = fileOf({
  scale_type: 'scale_out',
  node_id: 'node_orderadd',
  node_group: 'task_node_default_group',
  instances: 1,
  task_node_info: { node_size: 'm6.8xlarge.8.linux.bigdata' },
});

const factsOf = (quota: FakeQuotaReads): RequestFacts =>
  new RequestFacts(oneConnectionStore(), clientsOf(cluster, quota), 60_000, () => 0, undefined, t);
const settled = (text: string, facts: RequestFacts) => settledWith(text, facts, t);

/** The flavor reads among the fake's calls (a scale-out's quota reads are there too). */
const flavorReads = (q: { readonly calls: readonly string[] }) => q.calls.filter((c) => /Flavors:/.test(c));

describe('request files: the flavor of the first task nodes against what MRS offers', () => {
  it('warns on node_size, naming the offered ones, after one read', async () => {
    const quota = new FakeQuotaReads({ zones: ZONES });
    const facts = factsOf(quota);
    const analysis = await settled(FIRST_TASK, facts);
    const warning = analysis.check.problems.find((p) => p.code === 'taskNodeInfo.flavorNotOffered');
    assert.equal(warning?.severity, 'warning');
    assert.equal(
      FIRST_TASK.slice(warning?.offset, (warning?.offset ?? 0) + (warning?.length ?? 0)),
      '"m6.8xlarge.8.linux.bigdata"',
    );
    assert.match(warning?.message ?? '', /Offered: s3\.xlarge\.2\.linux\.bigdata\.$/);
    for (let i = 0; i < 50; i++) {
      analyzeLive(FIRST_TASK.replace('"instances": 1', `"instances": ${i}`), facts, t);
    }
    assert.deepEqual(flavorReads(quota).sort(), ['ecsFlavors:az1.dc1', 'mrsFlavors:MRS 3.1.0']);
    assert.deepEqual(facts.peekFlavorOffer('emu', cluster.id), {
      ok: true,
      zone: 'az1.dc1',
      flavors: [{ name: 's3.xlarge.2.linux.bigdata' }],
    });
  });

  it('reads no flavors for a file without task_node_info', async () => {
    const quota = new FakeQuotaReads({ zones: ZONES });
    await settled(
      fileOf({ scale_type: 'scale_out', node_id: 'node_orderadd', node_group: CORE, instances: 1 }),
      factsOf(quota),
    );
    assert.deepEqual(flavorReads(quota), [], 'the quota is read (a scale-out), the flavors are not');
  });
});
