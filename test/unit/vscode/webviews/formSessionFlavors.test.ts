// The resize form's session and the flavors MRS offers (issue 23): read once per reading of a cluster
// without task nodes, for the reading's version and zone, through the reader it is handed; the form gets
// them in a `flavors` message and in every later init; a cluster with task nodes reads none.
import * as assert from 'node:assert/strict';
import type { FlavorPlacement } from '../../../../src/core/model/flavors';
import type { FlavorOffer } from '../../../../src/core/quota/offeredFlavors';
import { clusterFactsOf } from '../../../../src/core/resize/facts';
import { ResizeFormSession } from '../../../../src/vscode/webviews/ResizeFormSession';
import { aCluster, aNodeGroup } from '../../../support/builders';
import { quietFormDeps, recordingForm } from '../../../support/unit/formSession';

const placement: FlavorPlacement = { version: 'MRS 3.1.0', availabilityZone: 'az1.dc1' };
const OFFER: FlavorOffer = { ok: true, zone: 'az1.dc1', flavors: [{ name: 's3.xlarge.2.linux.bigdata', cores: 4 }] };

function aSession(withTask: boolean) {
  const groups = [
    aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
    aNodeGroup({ nodeCount: 3 }),
    ...(withTask ? [aNodeGroup({ role: 'task', name: 'task_node_analysis_group', nodeCount: 2 })] : []),
  ];
  const facts = clusterFactsOf(aCluster({ id: 'c1', name: 'etl', nodeGroups: groups }));
  const form = recordingForm();
  const asked: FlavorPlacement[] = [];
  const session = new ResizeFormSession(
    { connection: 'prod', clusterId: 'c1', group: undefined },
    quietFormDeps({
      form,
      read: () => Promise.resolve({ facts, hosts: [], placement }),
      flavors: (p) => {
        asked.push(p);
        return Promise.resolve(OFFER);
      },
    }),
  );
  return { session, form, asked };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('resize form session: the flavors MRS offers', () => {
  it('reads them once for a reading without task nodes and hands them to the form, then in every init', async () => {
    const { session, form, asked } = aSession(false);
    await session.load();
    await settle();
    assert.deepEqual(asked, [placement]);
    assert.deepEqual(
      form.posted.filter((m) => m.type === 'flavors'),
      [{ type: 'flavors', offer: OFFER }],
    );
    await session.handle({ type: 'ready' });
    const again = form.posted.at(-1);
    assert.ok(again?.type === 'init');
    assert.deepEqual(again.flavorOffer, OFFER);
    assert.equal(asked.length, 1, 'no read for a re-init');
  });

  it('reads none for a cluster that has task nodes (no first task nodes to choose a flavor for)', async () => {
    const { session, form, asked } = aSession(true);
    await session.load();
    await settle();
    assert.deepEqual(asked, []);
    assert.equal(form.posted.filter((m) => m.type === 'flavors').length, 0);
  });
});
