// The error catalog against the doc: every code of the resize doc's table (表9) and of docs/mrs-api.md
// §5.2 / §2.2.4 has an entry whose explanation carries the doc's meaning (its words, and more of
// them than any other code's: a swapped entry fails), a hint that adds something, and an HTTP
// status the client turns into a kind that fits. The table is test/fixtures/resizeErrorTable.ts.
import assert from 'node:assert/strict';
import {
  apiLanguageFor,
  catalogCodes,
  catalogLanguageFor,
  describeKind,
  explainError,
  lookupErrorCode,
} from '../../../../src/core/api/catalog';
import type { CatalogLanguage, CatalogText } from '../../../../src/core/api/catalogEntry';
import { errorFromResponse, kindFor } from '../../../../src/core/api/errorBody';
import { CancelledAfterSendError, MrsApiError, type MrsErrorKind } from '../../../../src/core/api/errors';
import { checkEndpointUrl, mrsEndpoint } from '../../../../src/core/api/regions';
import { CancelledError } from '../../../../src/core/errors';
import {
  apiDocText,
  expectedKind,
  OTHER_DOC_CODES,
  RESIZE_DOC_CODES,
  type DocErrorCode,
  type ResizeDocErrorCode,
} from '../../../fixtures/resizeErrorTable';

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

/**
 * The kinds that fit a documented status: the status's own, or a sharper one on the same side (a 400
 * that means a missing cluster; a 500 that the doc gives to an invalid token, which is about the token).
 */
const FITS_STATUS: Readonly<Record<number, readonly MrsErrorKind[]>> = {
  400: ['validation', 'conflict', 'notFound'],
  401: ['unauthorized', 'forbidden'],
  404: ['notFound', 'configuration'],
  500: ['unavailable', 'unauthorized'],
};

const HAS_CJK = /[\u4e00-\u9fff]/;
/** The doc's placeholders (XX for the cluster, N for a number): shown as they are, they say nothing. */
const PLACEHOLDER = /XX|(^|[^A-Za-z])N([^A-Za-z]|$)/;

/** The client's own refusals before sending, which the kind's text would not explain enough. */
const CLIENT_CODES: readonly (DocErrorCode & { readonly zhTerms: readonly string[] })[] = [
  {
    code: 'CLIENT.EMPTY_TOKEN',
    status: undefined,
    meaning: 'the pasted user token is empty; nothing is sent (MRS would answer MRS.102)',
    enTerms: ['user token', 'empty', 'nothing was sent'],
    zhTerms: ['用户Token为空', '未发送'],
    kind: 'configuration',
  },
  ...[
    [
      'CLIENT.NO_PROJECT',
      'no IAM project named as the region',
      ['no project named', 'project ID'],
      ['同名的项目', '项目ID'],
    ],
    ['CLIENT.BAD_ENDPOINT', 'an endpoint that is not a plain URL', ['not a valid URL'], ['终端节点', '不是有效的URL']],
    ['CLIENT.INSECURE_ENDPOINT', 'http to another computer', ['does not use https'], ['终端节点', '未使用https']],
    ['CLIENT.BAD_REGION', 'a malformed region', ['not a region ID'], ['区域', '不是有效的区域ID']],
  ].map(([code, meaning, enTerms, zhTerms]) => ({
    code: code as string,
    status: undefined,
    meaning: meaning as string,
    enTerms: enTerms as string[],
    zhTerms: zhTerms as string[],
    kind: 'configuration' as const,
  })),
  ...[
    ['CLIENT.HTML_PAGE', 'a web page instead of the API', ['web page (HTML)', 'not the MRS API'], ['网页（HTML）']],
    ['CLIENT.REDIRECT', 'a redirect, which MRS never sends', ['redirects', 'never'], ['重定向']],
    ['CLIENT.NOT_MRS_JSON', 'JSON of another API', ['JSON that is not an MRS answer'], ['不是MRS的应答']],
    ['CLIENT.TLS_NOT_HTTPS', 'no HTTPS at that address', ['does not answer HTTPS'], ['没有以HTTPS应答']],
    ['CLIENT.TLS_CERTIFICATE', 'an untrusted certificate', ['certificate', 'not trusted'], ['证书不受信任']],
    ['CLIENT.BODY_TOO_LARGE', 'an answer past the size cap', ['far larger', 'not read'], ['远大于', '未读取']],
  ].map(([code, meaning, enTerms, zhTerms]) => ({
    code: code as string,
    status: undefined,
    meaning: meaning as string,
    enTerms: [...enTerms, 'check the endpoint setting'],
    zhTerms: [...zhTerms, '终端节点设置'],
    kind: 'configuration' as const,
  })),
];

interface DocRow {
  readonly status: string;
  readonly meaning: string;
  readonly zh: string | undefined;
}

/** The table rows of docs/mrs-api.md by code; a first cell "12000139, 12000140" gives both codes. */
function docRows(): Map<string, DocRow> {
  const rows = new Map<string, DocRow>();
  for (const line of apiDocText().split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    if (!line.startsWith('| ') || cells.length < 3 || !/^`?(\d{8,9}|MRS\.|APIG)/.test(cells[0])) {
      continue;
    }
    for (const code of cells[0].replace(/`/g, '').split(', ')) {
      rows.set(code, { status: cells[1], meaning: cells[2], zh: cells[3] });
    }
  }
  return rows;
}

const includesAll = (text: string, terms: readonly string[]): boolean => terms.every((t) => text.includes(t));
const carriesEn = (text: string, d: DocErrorCode): boolean =>
  includesAll(
    text.toLowerCase(),
    d.enTerms.map((t) => t.toLowerCase()),
  );

/** The 表9 code whose words a text carries most fully (the longest words in total); undefined on a tie. */
function closest(
  text: string,
  carries: (text: string, d: ResizeDocErrorCode) => boolean,
  terms: (d: ResizeDocErrorCode) => readonly string[],
) {
  const scored = RESIZE_DOC_CODES.filter((d) => carries(text, d))
    .map((d) => ({ code: d.code, score: terms(d).join('').length }))
    .sort((a, b) => b.score - a.score);
  return scored.length > 0 && scored[0].score !== scored[1]?.score ? scored[0].code : undefined;
}

/** The catalog's text for a code as the client gets it: an error answer with that code, explained. */
function explained(d: DocErrorCode, language: CatalogLanguage): CatalogText {
  const text = JSON.stringify({ error_code: d.code, error_msg: 'from the server' });
  const error = errorFromResponse({ status: d.status ?? 400, requestId: null, text, method: 'PUT', path: '/x' });
  const x = explainError(error, language);
  assert.deepEqual([x.code, x.byCode], [d.code, true], `${d.code} is explained by its code`);
  return x;
}

function assertHints(d: DocErrorCode, en: CatalogText, zh: CatalogText): void {
  for (const [language, x] of [
    ['en', en],
    ['zh-cn', zh],
  ] as const) {
    assert.ok(x.hint.trim().length > 5, `${d.code} ${language}: a hint`);
    assert.notEqual(x.hint, x.explanation, `${d.code} ${language}: the hint adds something`);
    assert.doesNotMatch(x.explanation, PLACEHOLDER, `${d.code} ${language}: a placeholder of the doc`);
  }
  assert.ok(!HAS_CJK.test(en.explanation + en.hint), `${d.code}: English text has Chinese characters`);
  assert.ok(HAS_CJK.test(zh.explanation) && HAS_CJK.test(zh.hint), `${d.code}: Chinese text expected`);
}

function assertKind(d: DocErrorCode): void {
  if (d.status === undefined) {
    for (const status of [400, 500]) {
      assert.equal(kindFor(status, d.code), expectedKind(d, status), `${d.code} at HTTP ${status}`);
    }
    return;
  }
  const want = expectedKind(d, d.status);
  assert.ok(FITS_STATUS[d.status]?.includes(want), `${d.code}: ${want} does not fit HTTP ${d.status}`);
  assert.equal(kindFor(d.status, d.code), want, `${d.code} at HTTP ${d.status}`);
}

describe('error catalog: the table is the doc', () => {
  const rows = docRows();

  it('has the 30 codes of 表9 in the doc order, with the status, zh-cn text and meaning of docs/mrs-api.md §5.2', () => {
    const section = apiDocText().split('### 5.2')[1].split('Other codes')[0];
    const documented = [...section.matchAll(/^\| (\d{8}|MRS\.\d{3}) \|/gm)].map((m) => m[1]);
    assert.equal(documented.length, 30);
    assert.deepEqual(
      RESIZE_DOC_CODES.map((d) => d.code),
      documented,
    );
    for (const d of RESIZE_DOC_CODES) {
      const row = rows.get(d.code);
      assert.deepEqual([row?.status, row?.zh], [d.status === undefined ? '—' : String(d.status), d.zh], d.code);
      assert.ok(row?.meaning.startsWith(d.meaning), `${d.code}: "${d.meaning}" is not §5.2's "${row?.meaning}"`);
    }
  });

  it('has the other codes of §5.2 and §2.2.4 with their statuses, and spellings only of documented codes', () => {
    for (const d of OTHER_DOC_CODES) {
      const named = d.spellingOf === undefined ? d : OTHER_DOC_CODES.find((o) => o.code === d.spellingOf);
      const row = rows.get(named?.code ?? '');
      assert.ok(named && row, `${d.code} is documented`);
      assert.equal(row.status, d.status === undefined ? '—' : String(d.status), d.code);
      assert.deepEqual([d.kind, d.enTerms], [named.kind, named.enTerms], d.code);
    }
  });

  it("takes every term from the doc's own words", () => {
    for (const d of [...RESIZE_DOC_CODES, ...OTHER_DOC_CODES]) {
      const meaning = (rows.get(d.spellingOf ?? d.code)?.meaning ?? '').toLowerCase();
      assert.ok(d.enTerms.length > 0, d.code);
      for (const term of d.enTerms) {
        assert.ok(meaning.includes(term.toLowerCase()), `${d.code}: "${term}" is not in "${meaning}"`);
      }
    }
    for (const d of RESIZE_DOC_CODES) {
      assert.ok(d.zhTerms.length > 0 && includesAll(d.zh, d.zhTerms), `${d.code}: ${d.zhTerms.join(', ')}`);
    }
  });
});

describe('error catalog: every code of 表9 carries the doc meaning', () => {
  for (const d of RESIZE_DOC_CODES) {
    it(`${d.code} (${d.zh})`, () => {
      const [en, zh] = [explained(d, 'en'), explained(d, 'zh-cn')];
      assert.ok(includesAll(zh.explanation, d.zhTerms), `"${zh.explanation}" should say ${d.zhTerms.join(' + ')}`);
      assert.ok(carriesEn(en.explanation, d), `"${en.explanation}" should say ${d.enTerms.join(' + ')}`);
      const zhCode = closest(
        zh.explanation,
        (text, o) => includesAll(text, o.zhTerms),
        (o) => o.zhTerms,
      );
      const enCode = closest(
        en.explanation,
        (text, o) => carriesEn(text, o),
        (o) => o.enTerms,
      );
      assert.deepEqual([zhCode, enCode], [d.code, d.code], 'the explanations say more of another code');
      assertHints(d, en, zh);
      assertKind(d);
    });
  }
});

describe('error catalog: the other documented codes', () => {
  for (const d of OTHER_DOC_CODES) {
    it(`${d.code} (${d.meaning})`, () => {
      const [en, zh] = [explained(d, 'en'), explained(d, 'zh-cn')];
      assert.ok(carriesEn(en.explanation, d), `"${en.explanation}" should say ${d.enTerms.join(' + ')}`);
      assert.notEqual(zh.explanation, en.explanation);
      assertHints(d, en, zh);
      assertKind(d);
    });
  }

  it("explains exactly the documented codes and the client's own, and no unknown one", () => {
    const documented = [...RESIZE_DOC_CODES, ...OTHER_DOC_CODES, ...CLIENT_CODES].map((d) => d.code);
    assert.deepEqual([...catalogCodes()].sort(), [...documented].sort());
    assert.equal(lookupErrorCode('99999999', 'en'), undefined);
    assert.equal(lookupErrorCode(undefined, 'zh-cn'), undefined);
    assert.equal(lookupErrorCode(' mrs.300 ', 'en'), lookupErrorCode('MRS.300', 'en'));
  });
});

describe("error catalog: the client's own codes", () => {
  for (const d of CLIENT_CODES) {
    it(`${d.code} (${d.meaning})`, () => {
      const error = new MrsApiError('x', { kind: 'configuration', code: d.code });
      const [en, zh] = [explainError(error, 'en'), explainError(error, 'zh-cn')];
      assert.deepEqual([en.byCode, zh.byCode], [true, true]);
      assert.ok(carriesEn(en.explanation, d), `"${en.explanation}" should say ${d.enTerms.join(' + ')}`);
      assert.ok(includesAll(zh.explanation, d.zhTerms), `"${zh.explanation}" should say ${d.zhTerms.join(' + ')}`);
      assertHints(d, en, zh);
    });
  }
});

describe("error catalog: the client's configuration errors are explained by their code", () => {
  const thrown = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    return undefined;
  };
  for (const [what, f, code] of [
    ['an unparsable endpoint', () => checkEndpointUrl('not a url'), 'CLIENT.BAD_ENDPOINT'],
    ['an endpoint with a password', () => checkEndpointUrl('https://u:p@mrs.example.com'), 'CLIENT.BAD_ENDPOINT'],
    [
      'an http endpoint of another computer',
      () => checkEndpointUrl('http://mrs.example.com'),
      'CLIENT.INSECURE_ENDPOINT',
    ],
    ['a malformed region', () => mrsEndpoint('cn north 4'), 'CLIENT.BAD_REGION'],
  ] as const) {
    it(`${what}: ${code}`, () => {
      const x = explainError(thrown(f), 'zh-cn');
      assert.deepEqual([x.code, x.byCode], [code, true]);
    });
  }
});

describe('error catalog: kinds and languages', () => {
  it('gives hints in Chinese that say as much as the English (12000067, 12000121)', () => {
    assert.equal(lookupErrorCode('12000067', 'zh-cn')?.hint, '请先将集群升级到较新的MRS版本。');
    assert.equal(lookupErrorCode('12000121', 'zh-cn')?.hint, '请在控制台支付或取消该订单，然后重试。');
  });

  it('says MRS内部出错 for both internal errors (12000004, MRS.300), as the doc', () => {
    assert.equal(lookupErrorCode('12000004', 'zh-cn')?.explanation, 'MRS内部出错。');
    assert.match(lookupErrorCode('MRS.300', 'zh-cn')?.explanation ?? '', /^MRS内部出错/);
  });

  it('uses the glossary terms (运行中, 扩容/缩容, 包年/包月, 配额, 用户Token)', () => {
    assert.match(lookupErrorCode('12000017', 'zh-cn')?.explanation ?? '', /运行中/);
    assert.match(lookupErrorCode('12000018', 'zh-cn')?.explanation ?? '', /扩容\/缩容/);
    assert.match(lookupErrorCode('12000065', 'zh-cn')?.explanation ?? '', /包年\/包月/);
    assert.match(lookupErrorCode('12000030', 'zh-cn')?.explanation ?? '', /配额/);
    assert.match(lookupErrorCode('MRS.102', 'zh-cn')?.explanation ?? '', /用户Token/);
  });

  it('says in the 12000028 hint that technical support can raise the 500 limit, and where to set it', () => {
    const en = lookupErrorCode('12000028', 'en')?.hint ?? '';
    assert.match(en, /500/);
    assert.match(en, /technical support/);
    assert.match(en, /mrs\.resize\.maxNodes/);
    assert.match(en, /--max-nodes/);
    const zh = lookupErrorCode('12000028', 'zh-cn')?.hint ?? '';
    assert.match(zh, /500/);
    assert.match(zh, /技术支持/);
    assert.match(zh, /mrs\.resize\.maxNodes/);
    assert.match(zh, /--max-nodes/);
  });

  it('has a text per error kind in both languages, each its own', () => {
    for (const language of ['en', 'zh-cn'] as const) {
      const texts = KINDS.map((kind) => describeKind(kind, language).explanation);
      assert.equal(new Set(texts).size, KINDS.length, language);
      assert.ok(
        texts.every((t) => HAS_CJK.test(t) === (language === 'zh-cn')),
        language,
      );
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
