// A connection whose endpoint is not MRS (a web page, a redirect, JSON of another API, a TLS failure)
// fails with one catalog code whose text says what was found and to check the endpoint setting, in
// English and Chinese, on one line and without a stack; nothing is followed and nothing is resent.
import assert from 'node:assert/strict';
import { explainError } from '../../src/core/api/catalog';
import { createConnection } from '../../src/core/api/createMrsClient';
import { isMrsApiError, MrsApiError, NOT_MRS_CODES, type MrsErrorKind } from '../../src/core/api/errors';
import {
  REDIRECT_TARGET,
  startNotMrs,
  startSelfSigned,
  type NotMrsKind,
  type NotMrsServer,
} from '../support/notMrsServers';
import { InstantSleep, RecordingLogger, rejection } from './support';

const AKSK = {
  kind: 'aksk',
  accessKey: 'HARDENINGAK0000000000',
  secretKey: 'HARDENINGSK00000000000000000000000000000',
};
const PROJECT = '0123456789abcdef0123456789abcdef';

interface Case {
  readonly title: string;
  readonly start: () => Promise<NotMrsServer>;
  readonly https?: boolean;
  readonly code: string;
  readonly kind: MrsErrorKind;
  /** What was found, in each language's explanation (besides the host). */
  readonly en: RegExp;
  readonly zh: RegExp;
  /** Requests the server saw: 1 (nothing resent or followed), 3 for a 502 (reads retry 5xx), 0 for TLS. */
  readonly hits: number;
}

const page = (kind: NotMrsKind, status: number, hits = 1): Case => ({
  title: `an HTML page with HTTP ${status}`,
  start: () => startNotMrs(kind),
  code: NOT_MRS_CODES.htmlPage,
  kind: status >= 500 ? 'unavailable' : 'invalidResponse',
  en: new RegExp(`answered HTTP ${status} with a web page \\(HTML\\), not the MRS API`),
  zh: new RegExp(`返回了 HTTP ${status} 网页（HTML）`),
  hits,
});

const redirect = (status: 301 | 302): Case => ({
  title: `a redirect (${status}) to another host`,
  start: () => startNotMrs(status === 301 ? 'redirect301' : 'redirect302'),
  code: NOT_MRS_CODES.redirect,
  kind: 'invalidResponse',
  en: new RegExp(`redirects \\(HTTP ${status}\\) to ${REDIRECT_TARGET},`),
  zh: new RegExp(`重定向（HTTP ${status}）到 ${REDIRECT_TARGET}`),
  hits: 1,
});

const CASES: readonly Case[] = [
  page('html200', 200),
  page('html404', 404),
  page('html502', 502, 3),
  redirect(301),
  redirect(302),
  {
    title: 'JSON that is not MRS-shaped',
    start: () => startNotMrs('otherJson'),
    code: NOT_MRS_CODES.notMrsJson,
    kind: 'invalidResponse',
    en: /answered HTTP 200 with JSON that is not an MRS answer/,
    zh: /返回了 HTTP 200 JSON，但不是MRS的应答/,
    hits: 1,
  },
  {
    title: 'an https:// URL to a plain-HTTP server',
    start: () => startNotMrs('html200'),
    https: true,
    code: NOT_MRS_CODES.tlsNotHttps,
    kind: 'configuration',
    en: /does not answer HTTPS \(the TLS handshake failed\)/,
    zh: /没有以HTTPS应答（TLS握手失败）/,
    hits: 0,
  },
  {
    title: 'an HTTPS server with a self-signed certificate',
    start: startSelfSigned,
    code: NOT_MRS_CODES.tlsCertificate,
    kind: 'configuration',
    en: /The TLS certificate of .* is not trusted \(self-signed, expired or for another name\)/,
    zh: /的TLS证书不受信任/,
    hits: 0,
  },
];

function connectionTo(url: string, logger = new RecordingLogger()) {
  return createConnection({
    region: 'cn-north-4',
    projectId: PROJECT,
    credential: AKSK as { kind: 'aksk'; accessKey: string; secretKey: string },
    mrsEndpoint: url,
    iamEndpoint: url,
    sleep: new InstantSleep().sleep,
    timeoutMs: 5000,
    logger,
  });
}

async function failure(promise: Promise<unknown>): Promise<MrsApiError> {
  const e = await rejection(promise);
  assert.ok(isMrsApiError(e), `an MrsApiError, not ${String(e)}`);
  return e;
}

function assertOneLine(text: string): void {
  assert.doesNotMatch(text, /\n|\s+at\s|Error:|\{host\}|\{status\}|\{location\}/, text);
}

describe('an endpoint that is not MRS', () => {
  for (const c of CASES) {
    it(`says what it found for ${c.title}, and to check the endpoint setting`, async () => {
      const server = await c.start();
      try {
        const url = c.https ? server.url.replace('http:', 'https:') : server.url;
        const logger = new RecordingLogger();
        const e = await failure(connectionTo(url, logger).client.listClustersPage({ pageSize: 1 }));
        assert.deepEqual([e.code, e.kind], [c.code, c.kind]);
        const en = explainError(e, 'en');
        const zh = explainError(e, 'zh-cn');
        assert.match(en.explanation, c.en);
        assert.match(zh.explanation, c.zh);
        assert.ok(en.explanation.includes(server.host) && zh.explanation.includes(server.host), 'names the host');
        assert.match(en.explanation, /check the endpoint setting of the connection\.$/);
        assert.match(zh.explanation, /请检查连接的终端节点设置。$/);
        assert.doesNotMatch(en.explanation + en.hint + zh.explanation, /state=abc123|\?/, 'no query, no blank');
        for (const text of [en.explanation, en.hint, zh.explanation, zh.hint]) {
          assertOneLine(text);
        }
        assert.equal(server.hits.length, c.hits, server.hits.join(', '));
        assert.ok(logger.lines.length > 0, 'the log says what happened');
      } finally {
        await server.close();
      }
    });
  }

  it('keeps a cluster whose details answer with an HTML 404 (a wrong URL, not a deleted cluster)', async () => {
    const server = await startNotMrs('html404');
    try {
      const e = await failure(connectionTo(server.url).client.getCluster('cluster-1'));
      assert.equal(e.kind, 'invalidResponse', 'not notFound: the tree would drop the cluster');
    } finally {
      await server.close();
    }
  });

  it('names the IAM endpoint when the token request gets a web page', async () => {
    const [mrs, iam] = [await startNotMrs('otherJson'), await startNotMrs('html404')];
    try {
      const parts = createConnection({
        region: 'cn-north-4',
        credential: { kind: 'password', userName: 'u', password: 'HardeningPassword-1', domainName: 'd' },
        mrsEndpoint: mrs.url,
        iamEndpoint: iam.url,
        sleep: new InstantSleep().sleep,
      });
      const e = await failure(parts.client.listClustersPage({ pageSize: 1 }));
      assert.equal(e.code, NOT_MRS_CODES.htmlPage);
      assert.ok(explainError(e, 'en').explanation.startsWith(`${iam.host} answered HTTP 404`));
      assert.deepEqual([mrs.hits.length, iam.hits.length], [0, 1]);
    } finally {
      await Promise.all([mrs.close(), iam.close()]);
    }
  });

  it('keeps the general explanation for an answer cut short (more likely a network fault than a wrong endpoint)', async () => {
    const server = await startNotMrs('cutShort');
    try {
      const e = await failure(connectionTo(server.url).client.listClustersPage({ pageSize: 1 }));
      assert.deepEqual([e.code, e.kind], [undefined, 'invalidResponse']);
      assert.match(explainError(e, 'en').explanation, /not MRS JSON/);
    } finally {
      await server.close();
    }
  });
});
