// Authentication as the API gateway does it: an X-Auth-Token, or an SDK-HMAC-SHA256 signature
// verified over exactly the headers named in SignedHeaders, with a 15-minute clock window.
import { header, type AppDeps, type RequestCtx } from '../http/context';
import { gatewayError, iamError, type Reply } from '../http/reply';
import { canonicalRequest, hmacHex, parseAuthorization, parseSdkDate, sameSignature, stringToSign } from './signature';

export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export type AuthOutcome =
  | { ok: true; method: 'token'; projectId?: string }
  | { ok: true; method: 'aksk'; projectId?: string }
  | { ok: false; reply: Reply };

const IAM_PREFIX = 'Incorrect IAM authentication information: ';
export const SIGNATURE_FAIL = `${IAM_PREFIX}verify aksk signature fail`;

function denied(ctx: RequestCtx, msg: string, code = 'APIGW.0301'): AuthOutcome {
  return { ok: false, reply: gatewayError(401, code, msg, ctx.requestId) };
}

function checkToken(ctx: RequestCtx, deps: AppDeps, token: string, service: 'mrs' | 'iam'): AuthOutcome {
  const result = deps.tokens.check(token, deps.now());
  if (result.status === 'valid') {
    return { ok: true, method: 'token', projectId: result.record.projectId };
  }
  if (service === 'iam') {
    return { ok: false, reply: iamError(401, 'The request you have made requires authentication.') };
  }
  if (result.status === 'expired') {
    return denied(ctx, 'The token must be updated.', 'APIG.0307');
  }
  return denied(ctx, `${IAM_PREFIX}decrypt token fail`);
}

function checkSignature(ctx: RequestCtx, deps: AppDeps, authorization: string): AuthOutcome {
  const auth = parseAuthorization(authorization);
  if (!auth || !auth.signedHeaders.includes('x-sdk-date')) {
    return denied(ctx, SIGNATURE_FAIL);
  }
  if (auth.ak !== deps.creds.ak) {
    return denied(ctx, `${IAM_PREFIX}Get secretKey failed`);
  }
  const sdkDate = header(ctx, 'x-sdk-date') ?? '';
  const signedAt = parseSdkDate(sdkDate);
  if (signedAt === undefined) {
    return denied(ctx, `${SIGNATURE_FAIL}, X-Sdk-Date is missing or not in the format YYYYMMDDTHHMMSSZ`);
  }
  if (Math.abs(deps.now() - signedAt) > MAX_CLOCK_SKEW_MS) {
    return denied(
      ctx,
      `${SIGNATURE_FAIL}, the request expired: X-Sdk-Date is more than 15 minutes from the server time`,
    );
  }
  const canonical = canonicalRequest(
    { method: ctx.method, path: ctx.path, query: ctx.rawQuery, headers: ctx.headers, body: ctx.body },
    auth.signedHeaders,
  );
  if (canonical === undefined) {
    return denied(ctx, SIGNATURE_FAIL);
  }
  const expected = hmacHex(deps.creds.sk, stringToSign(canonical, sdkDate));
  if (!sameSignature(expected, auth.signature)) {
    return denied(ctx, SIGNATURE_FAIL);
  }
  return { ok: true, method: 'aksk', projectId: header(ctx, 'x-project-id') };
}

/** Checks the credentials of a request to an MRS or IAM route. */
export function authenticate(ctx: RequestCtx, deps: AppDeps, service: 'mrs' | 'iam'): AuthOutcome {
  const token = header(ctx, 'x-auth-token');
  if (token) {
    return checkToken(ctx, deps, token, service);
  }
  const authorization = header(ctx, 'authorization');
  if (authorization) {
    return checkSignature(ctx, deps, authorization);
  }
  if (service === 'iam') {
    return { ok: false, reply: iamError(401, 'The request you have made requires authentication.') };
  }
  return denied(ctx, `${IAM_PREFIX}no X-Auth-Token header and no Authorization header`);
}
