import assert from 'node:assert/strict';
import {
  apiLanguageFor,
  catalogCodes,
  catalogLanguageFor,
  describeKind,
  explainError,
  lookupErrorCode,
} from '../../../../src/core/api/catalog';
import { CancelledAfterSendError, MrsApiError, type MrsErrorKind } from '../../../../src/core/api/errors';
import { CancelledError } from '../../../../src/core/errors';

/** 表 9 of the resize doc (调整集群节点), in the doc's order. */
const RESIZE_DOC_CODES = [
  '12000001',
  '12000002',
  '12000003',
  '12000009',
  '12000013',
  '12000014',
  '12000017',
  '12000018',
  '12000019',
  '12000028',
  '12000029',
  '12000030',
  '12000031',
  '12000032',
  '12000033',
  '12000034',
  '12000054',
  '12000065',
  '12000067',
  '12000068',
  '12000121',
  'MRS.101',
  'MRS.102',
  'MRS.103',
  'MRS.104',
  'MRS.105',
  'MRS.201',
  'MRS.202',
  'MRS.203',
  'MRS.300',
];

/** docs/mrs-api.md §5.2 "other codes" and the gateway codes of §2.1 / §2.2.4. */
const OTHER_CODES = [
  '12000012',
  '12000004',
  '12000023',
  '12000041',
  '12000123',
  '12000124',
  '12000125',
  '12000138',
  '12000139',
  '12000140',
  '12000141',
  '12000142',
  '12000233',
  '12000234',
  '12000136',
  '130000002',
  'APIGW.0301',
  'APIGW.0101',
  'APIG.0307',
  'APIG.0301',
  'APIG.0101',
];

const KINDS: MrsErrorKind[] = [
  'unauthorized',
  'forbidden',
  'notFound',
  'conflict',
  'rateLimited',
  'unavailable',
  'validation',
  'invalidResponse',
  'network',
  'timeout',
  'outcomeUnknown',
  'configuration',
];

const HAS_CJK = /[\u4e00-\u9fff]/;

describe('error catalog', () => {
  for (const code of [...RESIZE_DOC_CODES, ...OTHER_CODES]) {
    it(`explains ${code} in English and Simplified Chinese`, () => {
      const en = lookupErrorCode(code, 'en');
      const zh = lookupErrorCode(code, 'zh-cn');
      assert.ok(en && zh, `missing ${code}`);
      assert.ok(en.explanation.length > 5 && en.hint.length > 5);
      assert.ok(!HAS_CJK.test(en.explanation + en.hint), 'English text has Chinese characters');
      assert.ok(HAS_CJK.test(zh.explanation) && HAS_CJK.test(zh.hint), 'Chinese text expected');
      assert.notEqual(en.explanation, zh.explanation);
    });
  }

  it('lists every code it explains, and nothing unknown', () => {
    const codes = catalogCodes();
    for (const code of [...RESIZE_DOC_CODES, ...OTHER_CODES]) {
      assert.ok(codes.includes(code), code);
    }
    assert.equal(lookupErrorCode('99999999', 'en'), undefined);
    assert.equal(lookupErrorCode(undefined, 'zh-cn'), undefined);
    assert.equal(lookupErrorCode('mrs.300', 'en')?.explanation, 'Internal MRS error.');
  });

  it('uses the glossary terms (运行中, 扩容/缩容, 包年/包月, 配额, 用户Token)', () => {
    assert.match(lookupErrorCode('12000017', 'zh-cn')?.explanation ?? '', /运行中/);
    assert.match(lookupErrorCode('12000018', 'zh-cn')?.explanation ?? '', /扩容\/缩容/);
    assert.match(lookupErrorCode('12000065', 'zh-cn')?.explanation ?? '', /包年\/包月/);
    assert.match(lookupErrorCode('12000030', 'zh-cn')?.explanation ?? '', /配额/);
    assert.match(lookupErrorCode('MRS.102', 'zh-cn')?.explanation ?? '', /用户Token/);
  });

  it('has a text per error kind in both languages', () => {
    for (const kind of KINDS) {
      assert.ok(describeKind(kind, 'en').explanation.length > 5, kind);
      assert.ok(HAS_CJK.test(describeKind(kind, 'zh-cn').explanation), kind);
    }
  });

  it('explains errors by code, then by kind, and outcome-unknown always as "re-read"', () => {
    const byCode = explainError(new MrsApiError('x', { kind: 'conflict', code: '12000018' }), 'en');
    assert.equal(byCode.byCode, true);
    assert.match(byCode.explanation, /already in progress/);
    const byKind = explainError(new MrsApiError('x', { kind: 'rateLimited', code: 'APIGW.9999' }), 'zh-cn');
    assert.equal(byKind.byCode, false);
    assert.equal(byKind.code, 'APIGW.9999');
    assert.equal(byKind.explanation, '请求过于频繁。');
    const unknown = explainError(new MrsApiError('x', { kind: 'outcomeUnknown', code: '12000004' }), 'en');
    assert.match(unknown.hint, /Refresh the cluster/);
    assert.match(explainError(new CancelledAfterSendError(), 'en').explanation, /may or may not/);
    assert.equal(explainError(new CancelledError(), 'zh-cn').explanation, '已取消。');
    assert.equal(explainError(new TypeError('boom'), 'en').explanation, 'Unexpected error.');
  });

  it('maps UI locales to the catalog and X-Language', () => {
    assert.deepEqual(['zh-cn', 'zh-CN', 'zh-hans', 'en', 'en-US', 'de'].map(catalogLanguageFor), [
      'zh-cn',
      'zh-cn',
      'zh-cn',
      'en',
      'en',
      'en',
    ]);
    assert.equal(apiLanguageFor('zh-cn'), 'zh-cn');
    assert.equal(apiLanguageFor('en'), 'en-us');
  });
});
