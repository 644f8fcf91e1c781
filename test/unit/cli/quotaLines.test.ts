// `mrs-resize plan`'s quota line and --json object: what was compared, how many fit, or why the
// quota was not checked (shown once, not again among the file's problems).
import assert from 'node:assert/strict';
import { withoutQuotaNote, quotaJson, quotaLines } from '../../../src/cli/quotaLines';
import { MrsApiError } from '../../../src/core/api/errors';
import { quotaSummary } from '../../../src/core/quota/summary';
import { englishTranslate as t } from '../../../src/core/translate';
import { zhTranslate } from '../../support/unit/zhTranslate';

const node = { flavor: 'c6.4xlarge.4', cores: 16, ramMb: 65536, volumes: 2, gigabytes: 140, estimated: false };
const ecs = { instances: { max: undefined, used: 3 }, cores: { max: 100, used: 60 }, ramMb: { max: 409600, used: 0 } };
const evs = { volumes: { max: undefined, used: 0 }, gigabytes: { max: 1000, used: 0 } };

describe('cli: the quota line of a plan', () => {
  it('says what 2 new nodes need against what is free, and how many fit', () => {
    const summary = quotaSummary(
      2,
      node,
      { ecs: { ok: true, value: ecs }, evs: { ok: true, value: evs }, vpc: undefined },
      t,
    );
    assert.deepEqual(quotaLines(summary, t), [
      'Quota for 2 new nodes: servers 2 needed, unlimited free, vCPUs 32 needed, 40 free, memory (GiB) 128 needed, 400 free, disks 4 needed, unlimited free, disk capacity (GB) 280 needed, 1000 free; at most 2 nodes fit (limited by vCPUs).',
    ]);
    const json = quotaJson(summary, t);
    assert.equal(json?.fits, 2);
    assert.equal(json?.limiting, 'cores');
    assert.equal(json?.notChecked, null);
    assert.match(
      quotaLines(summary, zhTranslate)[0],
      /^新增2个节点的配额：云服务器需要2，可用不限、vCPU需要32，可用40/,
    );
  });

  it('says "quota not checked" and why, once: the info is not also among the problems', () => {
    const denied = new MrsApiError('denied', { kind: 'forbidden', status: 403, code: 'EVS.2056' });
    const summary = quotaSummary(
      1,
      node,
      { ecs: { ok: true, value: ecs }, evs: { ok: false, error: denied }, vpc: undefined },
      t,
    );
    const lines = quotaLines(summary, t);
    assert.equal(lines.length, 2);
    assert.equal(
      lines[1],
      'Quota not checked (EVS quota: no permission (HTTP 403, EVS.2056)). The resize can be sent; MRS checks the quota itself.',
    );
    const note = { severity: 'info', code: 'quota.notChecked', message: lines[1], path: [] } as const;
    const other = { severity: 'warning', code: 'cluster.changedSinceShown', message: 'x', path: [] } as const;
    assert.deepEqual(withoutQuotaNote([note, other]), [other]);
    assert.deepEqual(quotaJson(summary, t)?.notChecked, {
      reads: [{ read: 'evs', reason: 'no permission (HTTP 403, EVS.2056)' }],
      message: lines[1],
    });
  });

  it('prints nothing for a plan without a quota (a scale-in)', () => {
    assert.deepEqual(quotaLines(undefined, t), []);
    assert.equal(quotaJson(undefined, t), undefined);
  });
});
