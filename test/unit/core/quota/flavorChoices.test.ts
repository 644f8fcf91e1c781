// The flavor choice of the first task nodes as every way in shows it: the offered flavors with
// "8 vCPUs, 32 GB", the cluster's own first and marked, in the spelling the cluster uses; when MRS's
// answer could not be read, the flavors the cluster uses and a note that says why.
import assert from 'node:assert/strict';
import { flavorChoices, flavorSizeText } from '../../../../src/core/quota/flavorChoices';
import type { FlavorOffer } from '../../../../src/core/quota/offeredFlavors';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { englishTranslate as t } from '../../../../src/core/translate';
import { aNodeGroup } from '../../../support/builders';
import { clusterOf } from '../resize/clusters';

const cluster = clusterOf({
  cluster: {
    nodeGroups: [
      aNodeGroup({
        role: 'master',
        name: 'master_node_default_group',
        nodeCount: 2,
        flavor: 'c6.4xlarge.4.linux.bigdata',
      }),
      aNodeGroup({ role: 'core', name: 'core_node_analysis_group', nodeCount: 3, flavor: 's3.xlarge.2.linux.bigdata' }),
    ],
  },
});

const offer: FlavorOffer = {
  ok: true,
  zone: 'cn-north-4a',
  flavors: [
    { name: 'c6.2xlarge.4.linux.bigdata', cores: 8, ramMb: 32768 },
    { name: 's3.xlarge.2.linux.bigdata', cores: 4, ramMb: 8192 },
    { name: 'm6.medium.8.linux.bigdata', cores: 1, ramMb: 8192 },
  ],
};

describe('the flavor choice of the first task nodes', () => {
  it('lists the offered flavors with vCPUs and memory, the ones the cluster uses first and marked', () => {
    const choices = flavorChoices(cluster, offer, t);
    assert.deepEqual(
      choices.items.map((c) => [c.value, c.size, c.usedBy]),
      [
        ['s3.xlarge.2.linux.bigdata', '4 vCPUs, 8 GB', ['core_node_analysis_group']],
        ['c6.2xlarge.4.linux.bigdata', '8 vCPUs, 32 GB', []],
        ['m6.medium.8.linux.bigdata', '1 vCPU, 8 GB', []],
      ],
    );
    assert.equal(choices.note, undefined);
    assert.equal(choices.items[0].description, '4 vCPUs, 8 GB · used by core_node_analysis_group');
  });

  it('keeps out a flavor the cluster uses that MRS does not offer for task nodes', () => {
    const values = flavorChoices(cluster, offer, t).items.map((c) => c.value);
    assert.ok(!values.includes('c6.4xlarge.4.linux.bigdata'));
  });

  it("offers the flavors the cluster uses, with a note saying why, when MRS's answer could not be read", () => {
    const failed: FlavorOffer = { ok: false, reason: 'no permission (HTTP 403, MRS.0003)' };
    const choices = flavorChoices(cluster, failed, t);
    assert.deepEqual(
      choices.items.map((c) => [c.value, c.size, c.usedBy]),
      [
        ['s3.xlarge.2.linux.bigdata', undefined, ['core_node_analysis_group']],
        ['c6.4xlarge.4.linux.bigdata', undefined, ['master_node_default_group']],
      ],
    );
    assert.equal(
      choices.note,
      "MRS's offered flavors could not be read (no permission (HTTP 403, MRS.0003)); showing the flavors this cluster uses.",
    );
  });

  it('offers the flavors the cluster uses, without a note, before anything was read', () => {
    const choices = flavorChoices(cluster, undefined, t);
    assert.equal(choices.items.length, 2);
    assert.equal(choices.note, undefined);
  });

  it("says when ECS's sizes are missing", () => {
    const unsized: FlavorOffer = {
      ok: true,
      zone: 'cn-north-4a',
      flavors: [{ name: 'c6.2xlarge.4.linux.bigdata' }],
      sizesNotRead: 'no permission (HTTP 403, Pdp.0001)',
    };
    const choices = flavorChoices(cluster, unsized, t);
    assert.deepEqual(
      choices.items.map((c) => [c.value, c.size]),
      [['c6.2xlarge.4.linux.bigdata', undefined]],
    );
    assert.equal(
      choices.note,
      'The vCPUs and memory of the flavors could not be read (no permission (HTTP 403, Pdp.0001)).',
    );
  });

  it('speaks Chinese', () => {
    assert.equal(flavorSizeText(8, 32768, zhTranslate), '8个vCPU，32 GB内存');
    const failed = flavorChoices(cluster, { ok: false, reason: '无权限' }, zhTranslate);
    assert.equal(failed.note, '无法读取MRS提供的实例规格（无权限）；下面列出该集群正在使用的实例规格。');
  });
});
