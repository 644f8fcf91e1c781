// The Chinese a user reads is free of the English of code: every zh-cn string we ship (the l10n
// bundle, package.nls.zh-cn.json, the schema's texts, the error catalog and its page) and the
// sentences made of errors whatever their English (errorLine, the PUT's refusal). Terms:
// docs/glossary.md.
//
// The rule. A Chinese text may hold Latin letters only as
//  - names the glossary keeps in Latin letters: products, services, protocols, units (NAMES below);
//  - identifiers written as in code: anything in `backticks`; a field of the request file (from the
//    schema) or a JSON literal; a snake_case, camelCase, dotted or kebab-case name (node_group, stageDesc,
//    target.cluster_id, mrs.operations.journalFolder, mrs-resize, cn-north-4); an environment
//    variable; a CLI flag (--yes); a file pattern (*.mrs-resize.json); a command: link; https://;
//  - codes and numbers: error codes (12000068, APIGW.0301, CLIENT.NO_PROJECT, ENOSPC), API versions
//    (v1.1), sizes (100GB);
//  - placeholders ({0}, {host}, *host*) and what the user is to type, in quotes (“yes”, “plan --out”).
// Never, outside backticks: an error kind (network, timeout…), an HTTP method (GET, PUT…) or a URL
// path (/v1.1/…), nor any other English word.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  catalogCodes,
  catalogKinds,
  catalogSystemCodes,
  describeKind,
  explainError,
  lookupErrorCode,
  lookupSystemCode,
} from '../../src/core/api/catalog';
import { catalogMarkdown } from '../../src/core/api/catalogMarkdown';
import { errorLine } from '../../src/core/api/errorLine';
import { MrsApiError } from '../../src/core/api/errors';
import { preparePlan } from '../../src/core/plan';
import { sendOnce } from '../../src/core/operations/sendOnce';
import { CLUSTER_ID } from '../support/builders';
import { T0 } from '../support/unit/fakes';
import { zhBundle, zhTranslate } from '../support/unit/zhTranslate';
import { FakeClient } from './core/operations/fakeClient';
import { CORE, clusterOf } from './core/resize/clusters';
import { FakeQuotaReads } from '../support/unit/fakeQuota';

const root = path.resolve(__dirname, '../../..');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, unknown>;

const NAMES = new Set(
  (
    'MRS IAM ECS EVS VPC Core Task Master CORE TASK AK SK Token VS Code JSON HTTP HTTPS https http URL URI ID IP IO ' +
    'API TLS HTML CI cron GB SATA SAS SSD GPSSD MapReduce Explorer README Linux macOS Windows stderr localhost ' +
    'CPU vCPU X-Auth-Token PLANFILE MIN Huawei Cloud'
  ).split(' '),
);
const KINDS = catalogKinds();
const METHOD = /\b(GET|PUT|POST|DELETE|PATCH|HEAD)\b/;
const URL_PATH = /(^|[\s（(：:])\/[a-z0-9{]/i;
const HAS_CJK = /[\u4e00-\u9fff]/;

/** Every property name of the request file's schema, and JSON's literals. */
function schemaFields(): Set<string> {
  const found = new Set(['true', 'false', 'null']);
  const walk = (node: unknown): void => {
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value && typeof value === 'object') {
          Object.keys(value).forEach((k) => found.add(k));
        }
        walk(value);
      }
    }
  };
  walk(readJson('schemas/mrs-resize.schema.json'));
  return found;
}
const FIELDS = schemaFields();

const IDENTIFIER = [
  /_/, // snake_case, ENV_VARIABLES, HUAWEICLOUD_SDK_*
  /^[a-z]+([A-Z][a-z]+)+$/, // an API field in camelCase (stageDesc)
  /^--[a-z]/, // a CLI flag
  /^[a-z0-9]+(-[a-z0-9]+)+$/, // mrs-resize, cn-north-4, set-aside
  /^\*\.[\w.-]+$/, // *.mrs-resize.json
  /^[a-z][a-z0-9]*(\.[a-zA-Z0-9]+)+$/, // mrs.operations.journalFolder, c3.4xlarge.2.linux.bigdata
  /^[a-z]+(:[a-z]+)+$/, // an IAM action (bss:order:update)
  /^https?:\/\/$/,
  /^(\d{8,9}|(MRS|APIG|APIGW)\.\d+|CLIENT\.[A-Z_]+|E[A-Z]{3,})$/, // error codes
  /^v\d+(\.\d+)*$/, // API versions
  /^\d+(\.\d+)*(GB)?$/,
];

function allowed(token: string): boolean {
  const parts = token.split('/').filter(Boolean);
  return (
    NAMES.has(token) ||
    FIELDS.has(token) ||
    IDENTIFIER.some((re) => re.test(token)) ||
    (parts.length > 1 && parts.every((p) => NAMES.has(p)))
  );
}

/** What in a Chinese text is the English of code; empty when it keeps the rule. */
export function englishOfCode(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\(command:[^)]*\)/g, '] ')
    .replace(/\*\*/g, ' ')
    .replace(/\{\w+\}|\*\w+\*/g, ' ')
    .replace(/“[^“”\u4e00-\u9fff]*”|"[^"\u4e00-\u9fff]*"/g, ' ');
  const found: string[] = [];
  if (METHOD.test(prose)) {
    found.push(`an HTTP method (${METHOD.exec(prose)?.[0]})`);
  }
  if (URL_PATH.test(prose)) {
    found.push('a URL path');
  }
  for (const token of prose.match(/[A-Za-z0-9_.\-/*:+]*[A-Za-z][A-Za-z0-9_.\-/*:+]*/g) ?? []) {
    const word = token.replace(/[.:\-/]+$/, '');
    if ((KINDS as string[]).includes(word)) {
      found.push(`the error kind "${word}"`);
    } else if (!allowed(word) && !METHOD.test(word)) {
      found.push(`"${word}"`);
    }
  }
  return found;
}

function assertChinese(where: string, texts: Iterable<[string, string]>): void {
  const bad = [...texts]
    .map(([key, text]) => ({ key, text, found: englishOfCode(text) }))
    .filter((x) => x.found.length > 0)
    .map((x) => `${where} ${JSON.stringify(x.key)}: ${x.found.join(', ')} in ${JSON.stringify(x.text)}`);
  assert.deepEqual(bad, []);
}

describe('Chinese text holds no English of code', () => {
  it('the rule itself: catches kinds, methods, paths and English words, keeps names and identifiers', () => {
    assert.deepEqual(
      englishOfCode('无法发送扩缩容请求（network）：PUT /v1.1/p/cluster_infos/c1 network error (ECONNREFUSED)'),
      ['an HTTP method (PUT)', 'a URL path', 'the error kind "network"', 'the error kind "network"', '"error"'],
    );
    assert.deepEqual(englishOfCode('离线检查请求文件：格式、Schema 以及无需集群的规则。'), ['"Schema"']);
    assert.deepEqual(
      englishOfCode(
        '请检查 scale_type、node_group、instances；Core节点组 core_node_default_group；mrs-resize --yes；`PUT /v1.1/x`；' +
          'HUAWEICLOUD_SDK_AK；*.mrs-resize.json；MRS.300、12000068、CLIENT.NO_PROJECT、ENOSPC；输入“yes”；{0} 个；100GB；' +
          'AK/SK；mrs.operations.journalFolder；https:// 地址；v1.1接口；[添加连接](command:mrs.connection.add)',
      ),
      [],
    );
  });

  it('in the l10n bundle', () => assertChinese('bundle', Object.entries(zhBundle)));

  it("in package.nls.zh-cn.json (its texts: the schema URL and the walkthrough's media are paths)", () => {
    const nls = Object.entries(readJson('package.nls.zh-cn.json') as Record<string, string>);
    const paths = nls.filter(
      ([key]) => key === 'jsonValidation.mrsResize.url' || /^walkthrough\..*\.(image|markdown)$/.test(key),
    );
    assert.equal(paths.length, 4);
    assertChinese(
      'package.nls.zh-cn.json',
      nls.filter((entry) => !paths.includes(entry)),
    );
  });

  it("in the schema's texts", () =>
    assertChinese(
      'schema',
      Object.entries(readJson('schemas/mrs-resize.schema.nls.zh-cn.json') as Record<string, string>),
    ));

  it('in the error catalog and its page', () => {
    const texts = [
      ...catalogCodes().map((c) => [c, lookupErrorCode(c, 'zh-cn')] as const),
      ...catalogSystemCodes().map((c) => [c, lookupSystemCode(c, 'zh-cn')] as const),
      ...KINDS.map((k) => [k, describeKind(k, 'zh-cn')] as const),
      ['a bug', explainError(new TypeError('x'), 'zh-cn')] as const,
    ].flatMap(([key, text]) => [
      [`${key} explanation`, text?.explanation ?? ''] as [string, string],
      [`${key} hint`, text?.hint ?? ''] as [string, string],
    ]);
    assertChinese('catalog', texts);
    const page = catalogMarkdown().split('（简体中文）')[1] ?? '';
    assert.ok(HAS_CJK.test(page));
    assertChinese(
      'docs/error-codes.md',
      page.split('\n').map((line, i) => [`line ${i}`, line] as [string, string]),
    );
  });

  it('in the sentence of a PUT that failed with an error of any kind, without a catalogued code', async () => {
    const client = new FakeClient([clusterOf()]);
    const order = {
      connection: 'prod',
      clusterId: CLUSTER_ID,
      wayIn: 'cli',
      ask: { draft: { scaleType: 'scale_out', group: CORE, instances: 1 } },
    } as const;
    const plan = await preparePlan(client, order, { t: zhTranslate, nowMs: T0, quota: new FakeQuotaReads() });
    assert.ok(plan.ready);
    const sentences: Array<[string, string]> = [];
    for (const kind of KINDS.filter((k) => k !== 'outcomeUnknown')) {
      for (const status of [undefined, 409]) {
        const path = '/v1.1/p/cluster_infos/c1';
        client.onResize = () =>
          Promise.reject(
            new MrsApiError(`PUT ${path} ${kind} error (ECONNREFUSED)`, { kind, status, method: 'PUT', path }),
          );
        const sent = await sendOnce({ client, clusterId: CLUSTER_ID, plan, t: zhTranslate, language: 'zh-cn' });
        sentences.push([`${kind} ${status ?? ''}`, 'message' in sent ? sent.message : '']);
      }
    }
    assert.ok(sentences.every(([, text]) => HAS_CJK.test(text)));
    assertChinese('sendOnce', sentences);
  });

  it('in the line shown for an error of any kind, whatever English its message holds', () => {
    const lines = KINDS.flatMap((kind) =>
      [undefined, 409].map((status): [string, string] => {
        const message = `PUT /v1.1/p/cluster_infos/c1 ${kind} error (ECONNREFUSED)`;
        const e = new MrsApiError(message, { kind, status, method: 'PUT', path: '/v1.1/p/cluster_infos/c1' });
        return [`${kind} ${status ?? ''}`, errorLine(e, 'zh-cn', zhTranslate)];
      }),
    );
    assertChinese('errorLine', lines);
  });
});
