// Scrubs secrets out of text that came from a server (error messages, body snippets): a gateway may
// echo its canonical request, a proxy may echo a body. Secrets shorter than MIN_LENGTH are not
// searched for (they would mangle every message); IAM passwords, AKs and tokens are far longer.
import { MrsApiError } from './errors';

const MIN_LENGTH = 4;
const REDACTED = '***';

export type Redactor = (text: string) => string;

/** The forms a secret takes when echoed: raw, JSON-escaped, percent-encoded. */
function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, json, encodeURIComponent(secret)])];
}

/** A redactor for these secrets (empty and short values ignored), longest first. */
export function makeRedactor(secrets: Iterable<string | undefined>): Redactor {
  const needles = [...new Set([...secrets].filter((s): s is string => s !== undefined && s.length >= MIN_LENGTH))]
    .flatMap(variants)
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) {
    return (text) => text;
  }
  return (text) => needles.reduce((out, needle) => out.split(needle).join(REDACTED), text);
}

/** The same error with message and snippet scrubbed (the stack is rebuilt from the clean message). */
export function redactError(error: MrsApiError, redact: Redactor): MrsApiError {
  const message = redact(error.message);
  const snippet = error.bodySnippet === undefined ? undefined : redact(error.bodySnippet);
  const serverMessage = error.serverMessage === undefined ? undefined : redact(error.serverMessage);
  if (message === error.message && snippet === error.bodySnippet && serverMessage === error.serverMessage) {
    return error;
  }
  return new MrsApiError(message, {
    kind: error.kind,
    status: error.status,
    code: error.code,
    requestId: error.requestId,
    method: error.method,
    path: error.path,
    host: error.host,
    redirectTo: error.redirectTo,
    bodySnippet: snippet,
    retryAfterMs: error.retryAfterMs,
    serverMessage,
  });
}
