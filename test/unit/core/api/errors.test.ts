import assert from 'node:assert/strict';
import { errorFromResponse, kindFor, parseErrorBody } from '../../../../src/core/api/errorBody';
import {
  CancelledAfterSendError,
  MrsApiError,
  isMrsApiError,
  isOutcomeUnknown,
  outcomeUnknown,
  type MrsErrorKind,
} from '../../../../src/core/api/errors';
import { makeRedactor, redactError } from '../../../../src/core/api/redact';
import { isCancelled } from '../../../../src/core/errors';
import { aGatewayErrorDto, anIamErrorDto, anMrsErrorDto } from '../../../support/builders';
import { fixtureText } from '../../../fixtures/examples';

const answer = (status: number, text: string, requestId: string | null = null): MrsApiError =>
  errorFromResponse({ status, requestId, text, method: 'GET', path: '/v1.1/p/cluster_infos' });

describe('error bodies', () => {
  it('reads the MRS shape (official example)', () => {
    assert.deepEqual(parseErrorBody(fixtureText('error.mrs.example.json')), {
      code: '12000002',
      message: 'Invalid cluster name.',
      requestId: undefined,
      title: undefined,
    });
  });

  it('reads the gateway shapes with request_id (APIGW and APIG examples)', () => {
    const aksk = parseErrorBody(fixtureText('error.apigw-aksk.example.json'));
    assert.equal(aksk?.code, 'APIGW.0301');
    assert.match(aksk?.message ?? '', /verify aksk signature fail/);
    assert.equal(parseErrorBody(fixtureText('error.apigw.example.json'))?.requestId, '******');
    assert.equal(parseErrorBody(fixtureText('error.apig.example.json'))?.requestId, 'acbc548ac6f2a0dbdb9e3518a7c0ff84');
  });

  it('reads the nested IAM shape (official 401 and 400 examples)', () => {
    assert.deepEqual(parseErrorBody(fixtureText('error.iam.example.json')), {
      code: '401',
      message: 'The username or password is wrong.',
      requestId: undefined,
      title: 'Unauthorized',
    });
    assert.equal(parseErrorBody(fixtureText('error.iam-400.example.json'))?.message, 'The request body is invalid');
  });

  it("keeps the server's own sentence, scrubbed of secrets, beside the code", () => {
    const e = answer(400, fixtureText('error.mrs.example.json'));
    assert.equal(e.serverMessage, 'Invalid cluster name.');
    assert.equal(answer(502, '<html>bad gateway</html>').serverMessage, undefined);
    const echoed = answer(400, JSON.stringify({ error_code: '12000002', error_msg: 'bad token SECRET-TOKEN-1' }));
    const clean = redactError(echoed, makeRedactor(['SECRET-TOKEN-1']));
    assert.equal(clean.serverMessage, 'bad token ***');
  });

  it('returns undefined for HTML, truncated JSON and JSON without an error shape', () => {
    assert.equal(parseErrorBody('<html><h1>502 Bad Gateway</h1></html>'), undefined);
    assert.equal(parseErrorBody('{"error_code":"1200'), undefined);
    assert.equal(parseErrorBody('{"result":"failed"}'), undefined);
    assert.equal(parseErrorBody(''), undefined);
  });

  it('builds MrsApiError with status, code, message and the request id header first', () => {
    const e = answer(400, JSON.stringify(anMrsErrorDto('12000017', 'The cluster is not running.')), 'req-header-id');
    assert.ok(e instanceof MrsApiError);
    assert.equal(e.status, 400);
    assert.equal(e.code, '12000017');
    assert.equal(e.kind, 'conflict');
    assert.equal(e.message, '12000017: The cluster is not running.');
    assert.equal(e.requestId, 'req-header-id');
    assert.equal(e.bodySnippet, undefined);
    assert.equal(answer(401, JSON.stringify(aGatewayErrorDto('APIGW.0301', 'sig', 'body-id'))).requestId, 'body-id');
  });

  it('maps IAM errors and HTML error pages by status, keeping the start of the body', () => {
    const iam = answer(401, JSON.stringify(anIamErrorDto()));
    assert.equal(iam.kind, 'unauthorized');
    assert.equal(iam.message, '401: The username or password is wrong.');
    const html = answer(502, '<html><body>Bad gateway</body></html>');
    assert.equal(html.kind, 'unavailable');
    assert.equal(html.message, 'HTTP 502');
    assert.equal(html.code, 'CLIENT.HTML_PAGE');
    assert.match(html.bodySnippet ?? '', /^<html><body>Bad gateway/);
  });

  it('takes a web page with a 404 for a wrong endpoint, not a missing resource', () => {
    const page = answer(404, '<!DOCTYPE html><html><title>Not Found</title></html>');
    assert.deepEqual([page.kind, page.code], ['invalidResponse', 'CLIENT.HTML_PAGE']);
    const mrs = answer(404, JSON.stringify({ error_code: '12000003', error_msg: 'cluster not found' }));
    assert.deepEqual([mrs.kind, mrs.code], ['notFound', '12000003']);
  });

  it('chooses the kind from the code when it is sharper than the status', () => {
    assert.equal(kindFor(400, '12000003'), 'notFound');
    assert.equal(kindFor(400, '12000018'), 'conflict');
    assert.equal(kindFor(404, 'APIGW.0101'), 'configuration');
    assert.equal(kindFor(401, 'apig.0307'), 'unauthorized');
    assert.equal(kindFor(400, '12000136'), 'forbidden');
    assert.equal(kindFor(400, '12000002'), 'validation');
  });

  it('chooses the kind from the status otherwise', () => {
    const expected: Record<number, MrsErrorKind> = {
      401: 'unauthorized',
      403: 'forbidden',
      404: 'notFound',
      409: 'conflict',
      429: 'rateLimited',
      500: 'unavailable',
      502: 'unavailable',
      503: 'unavailable',
      504: 'unavailable',
      400: 'validation',
      422: 'validation',
      302: 'invalidResponse',
    };
    const statuses = Object.keys(expected).map(Number);
    assert.deepEqual(
      statuses.map((s) => kindFor(s, undefined)),
      statuses.map((s) => expected[s]),
    );
  });

  it('scrubs secrets from messages and snippets, also JSON-escaped and percent-encoded', () => {
    const secret = 'pa"ss wo/rd';
    const redact = makeRedactor([secret, undefined, 'abc']);
    const raw = answer(500, `<pre>${secret} ${JSON.stringify(secret)} ${encodeURIComponent(secret)} abc</pre>`);
    const clean = redactError(raw, redact);
    assert.equal(clean.bodySnippet, '<pre>*** "***" *** abc</pre>');
    assert.equal(clean.kind, 'unavailable');
    assert.ok(!(clean.stack ?? '').includes(secret));
  });

  it('counts a cancel after the PUT left as cancelled and as outcome unknown', () => {
    const e = new CancelledAfterSendError();
    assert.ok(isCancelled(e));
    assert.ok(isOutcomeUnknown(e));
    assert.ok(isOutcomeUnknown(new MrsApiError('x', { kind: 'outcomeUnknown' })));
    assert.ok(!isOutcomeUnknown(new MrsApiError('x', { kind: 'timeout' })));
  });

  it('builds an outcome-unknown error that keeps where and what of the failure it stands for', () => {
    const refused = answer(503, JSON.stringify(anMrsErrorDto('12000004', 'busy')), 'req-1');
    const e = outcomeUnknown(refused.message, refused);
    assert.equal(e.kind, 'outcomeUnknown');
    assert.equal(e.message, `${refused.message}; the request may have been applied`);
    assert.deepEqual([e.status, e.code, e.requestId, e.path], [503, '12000004', 'req-1', '/v1.1/p/cluster_infos']);
    assert.ok(isOutcomeUnknown(e));
  });
});

describe('error checks across bundles', () => {
  it('recognises an MrsApiError and a cancel-after-send by shape when instanceof fails', () => {
    const foreign = Object.assign(new Error('x'), { name: 'MrsApiError', kind: 'outcomeUnknown' });
    assert.ok(isMrsApiError(foreign, 'outcomeUnknown'));
    assert.ok(isOutcomeUnknown(foreign));
    assert.ok(!isMrsApiError(Object.assign(new Error('x'), { name: 'MrsApiError' })));
    const cancelled = Object.assign(new Error('Cancelled'), { name: 'CancelledError', outcomeUnknown: true });
    assert.ok(isOutcomeUnknown(cancelled) && isCancelled(cancelled));
    assert.equal(new CancelledAfterSendError().name, 'CancelledError');
  });
});
