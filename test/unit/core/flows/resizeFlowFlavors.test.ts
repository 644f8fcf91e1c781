// The palette's flavor step of the first task nodes: the flavors MRS offers for the cluster's version
// and zone, vCPUs and memory in the description, the cluster's own first; when MRS's answer could not
// be read, the flavors the cluster uses under a note that says why.
import * as assert from 'node:assert/strict';
import type { Cluster } from '../../../../src/core/model/cluster';
import type { FlavorOffer } from '../../../../src/core/quota/offeredFlavors';
import { paletteScript } from '../../../support/paletteScript';
import type { ScriptedPrompter } from '../../../support/ScriptedPrompter';
import { deps, flow, noTask, withTask } from './flowFixtures';

const OFFER: FlavorOffer = {
  ok: true,
  zone: 'az1.dc1',
  flavors: [
    { name: 's3.xlarge.2.linux.bigdata', cores: 4, ramMb: 8192 },
    { name: 'c6.4xlarge.4.linux.bigdata', cores: 16, ramMb: 65536 },
  ],
};

const firstTaskNodes = (flavor: string) =>
  paletteScript('no-task', 'Task', 'Scale out', [
    { input: '2' },
    { pick: flavor },
    { pick: 'SATA' },
    { input: '1' },
    { input: '100' },
    { pickMany: [] },
  ]);

function withOffer(offer: () => Promise<FlavorOffer>, asked: string[] = []) {
  return {
    ...deps([withTask, noTask]),
    flavorOffer: (connection: string, cluster: Cluster) => {
      asked.push(`${connection}/${cluster.name}`);
      return offer();
    },
  };
}

const flavorStep = (p: ScriptedPrompter) => p.asked.find((a) => a.text === 'Instance flavor of the new task nodes');

describe('resize palette flow: the flavor of the first task nodes', () => {
  it('offers the flavors MRS offers, with vCPUs and memory, the ones the cluster uses first', async () => {
    const asked: string[] = [];
    const { result, p } = await flow(
      firstTaskNodes('s3.xlarge'),
      withOffer(() => Promise.resolve(OFFER), asked),
    );
    const step = flavorStep(p);
    assert.deepEqual(step?.labels, ['c6.4xlarge.4.linux.bigdata', 's3.xlarge.2.linux.bigdata']);
    assert.deepEqual(step?.descriptions, ['16 vCPUs, 64 GB · used by core_node_analysis_group', '4 vCPUs, 8 GB']);
    assert.equal(result.draft.taskNodeInfo?.nodeSize, 's3.xlarge.2.linux.bigdata');
    assert.deepEqual(asked, ['prod/no-task']);
  });

  it("falls back to the cluster's flavors under a note saying why MRS's offer could not be read", async () => {
    const { p } = await flow(
      firstTaskNodes('c6.8xlarge'),
      withOffer(() => Promise.resolve({ ok: false, reason: 'no permission (HTTP 403)' })),
    );
    const step = flavorStep(p);
    assert.deepEqual(step?.labels, [
      "MRS's offered flavors could not be read (no permission (HTTP 403)); showing the flavors this cluster uses.",
      'c6.4xlarge.4.linux.bigdata',
      'c6.8xlarge.4.linux.bigdata',
    ]);
    assert.deepEqual(step?.unselectable, [step?.labels[0]]);
    assert.equal(step?.descriptions[2], 'used by master_node_default_group');
  });

  it('falls back the same way when the read itself fails', async () => {
    const { p } = await flow(
      firstTaskNodes('c6.4xlarge'),
      withOffer(() => Promise.reject(new Error('socket hang up'))),
    );
    assert.match(flavorStep(p)?.labels[0] ?? '', /could not be read \(socket hang up\)/);
  });
});
