// The quota's sentences: one server or one address is said in the singular, in English and Chinese.
import assert from 'node:assert/strict';
import type { QuotaResource } from '../../../../src/core/model/quota';
import { shortText } from '../../../../src/core/quota/words';
import { englishTranslate as t } from '../../../../src/core/translate';
import { zhTranslate } from '../../../support/unit/zhTranslate';

const short = (resource: QuotaResource, needed: number, free: number) => ({
  resources: [{ resource, perNode: 1, needed, free, fits: free }],
  fits: free,
});

describe('quota sentences', () => {
  it('says one new server and one IP address in the singular', () => {
    assert.equal(
      shortText(short('instances', 1, 0), 'instances', t),
      'Needs 1 new server, 0 free: MRS would refuse with 12000030. Ask for a higher quota or add fewer nodes (at most 0 fit).',
    );
    assert.equal(
      shortText(short('ips', 1, 0), 'ips', t),
      'Needs 1 IP address in the subnet, 0 free: MRS would refuse with MRS.105. Free some addresses or add fewer nodes (at most 0 fit).',
    );
  });

  it('says several in the plural', () => {
    assert.match(shortText(short('instances', 3, 1), 'instances', t), /^Needs 3 new servers, 1 free: .*12000030/);
    assert.match(shortText(short('ips', 3, 1), 'ips', t), /^Needs 3 IP addresses in the subnet, 1 free: .*MRS\.105/);
  });

  it('says both in Chinese', () => {
    assert.match(
      shortText(short('instances', 1, 0), 'instances', zhTranslate),
      /^需要1台新云服务器，可用0台：MRS会以12000030拒绝/,
    );
    assert.match(shortText(short('ips', 1, 0), 'ips', zhTranslate), /^子网需要1个IP，可用0个：MRS会以MRS\.105拒绝/);
  });
});
