// The resize form's session and the quota (issue 23): one quota read per reading of the cluster,
// through the reader it is handed (the connection's cached one), never per keystroke; the form gets
// it in a `quota` message and in every later init; an answer for an older reading is dropped.
import * as assert from 'node:assert/strict';
import type { QuotaBasis } from '../../../../src/core/quota/basis';
import type { LiveQuota } from '../../../../src/core/quota/live';
import { clusterFactsOf } from '../../../../src/core/resize/facts';
import type { HostToForm } from '../../../../src/shared/resizeForm';
import { ResizeFormSession } from '../../../../src/vscode/webviews/ResizeFormSession';
import type { ClusterFacts } from '../../../../src/core/resize/facts';
import { aCluster, aNodeGroup } from '../../../support/builders';
import { quietFormDeps, recordingForm } from '../../../support/unit/formSession';

const facts = clusterFactsOf(aCluster({ id: 'c1', name: 'etl' }));
const basisOf = (cores: number): QuotaBasis => ({ groups: { core_node_analysis_group: { cores } }, flavors: {} });
const quotaOf = (basis: QuotaBasis): LiveQuota => ({ basis, free: { cores: 20 }, notRead: [] });

function aSession() {
  const form = recordingForm();
  const the = {
    basis: basisOf(8),
    tree: undefined as ClusterFacts | undefined,
    asked: [] as QuotaBasis[],
    answers: [] as Array<(q: LiveQuota) => void>,
  };
  const session = new ResizeFormSession(
    { connection: 'prod', clusterId: 'c1', group: undefined },
    quietFormDeps({
      form,
      read: () => Promise.resolve({ facts, hosts: [], basis: the.basis }),
      quota: (basis) => {
        the.asked.push(basis);
        return new Promise<LiveQuota>((resolve) => the.answers.push(resolve));
      },
      inTree: () => the.tree,
    }),
  );
  return { session, form, the };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const quotas = (posted: readonly HostToForm[]) => posted.flatMap((m) => (m.type === 'quota' ? [m.quota] : []));

describe('resize form session: the quota', () => {
  it('reads the quota once for its reading and hands it to the form, then in every init', async () => {
    const { session, form, the } = aSession();
    await session.load();
    assert.deepEqual(the.asked, [the.basis], 'one read, for the reading’s basis');
    const init = form.posted[0];
    assert.ok(init.type === 'init' && init.quota === undefined, 'the init does not wait for the quota');
    the.answers[0](quotaOf(the.basis));
    await settle();
    assert.deepEqual(quotas(form.posted), [quotaOf(the.basis)]);
    await session.handle({ type: 'ready' }); // shown again after it was hidden
    const again = form.posted.at(-1);
    assert.ok(again?.type === 'init');
    assert.deepEqual(again.quota, quotaOf(the.basis));
    assert.equal(the.asked.length, 1, 'no read for a re-init');
  });

  it('drops the answer for an older reading once the cluster was read again', async () => {
    const { session, form, the } = aSession();
    await session.load();
    the.basis = basisOf(16);
    // The tree shows another count: the session reads the cluster again, and its quota.
    const groups = [
      aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
      aNodeGroup({ nodeCount: 5 }),
    ];
    the.tree = clusterFactsOf(aCluster({ id: 'c1', name: 'etl', nodeGroups: groups }));
    session.treeChanged();
    await settle();
    assert.equal(the.asked.length, 2);
    the.answers[1](quotaOf(basisOf(16)));
    the.answers[0](quotaOf(basisOf(8)));
    await settle();
    assert.deepEqual(quotas(form.posted), [quotaOf(basisOf(16))]);
  });
});
