// The contract between the HTTP transport and the ways to authenticate (providers.ts): decorate a
// request, and react once to a 401. The transport imports only this file, so that auth, which
// sends through the transport (IAM tokens), never closes an import cycle with it.
import type { HttpMethod } from '../api/http';
import type { AuthMethod } from './credentials';

/** A request about to be sent; `authorize` adds headers to it. */
export interface OutgoingRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  readonly headers: Record<string, string>;
  /** The exact bytes that will be sent. */
  readonly body: Uint8Array | undefined;
}

export interface AuthorizeContext {
  /** Sent as X-Project-Id with AK/SK (MRS calls); absent for IAM calls. */
  readonly projectId?: string;
  readonly signal?: AbortSignal;
}

export interface AuthProvider {
  readonly method: AuthMethod;
  /**
   * Adds the authentication headers.
   * @throws MrsApiError when a token cannot be obtained; CancelledError when the signal aborts.
   */
  authorize(req: OutgoingRequest, ctx: AuthorizeContext): Promise<void>;
  /**
   * Called after a 401 with the headers that were sent. Drops what was rejected and says whether
   * sending the request once more can succeed (only a refreshable token can).
   */
  handleUnauthorized(sentHeaders: Readonly<Record<string, string>>): boolean;
  /** Long-lived secret values, for scrubbing server text. */
  secrets(): readonly string[];
  /** The project id the credentials reveal on their own (a token's scope), if any. */
  knownProjectId?(signal?: AbortSignal): Promise<string | undefined>;
}

/** Headers whose values are secrets: never logged, scrubbed from server text. */
export const SECRET_HEADERS: readonly string[] = [
  'authorization',
  'x-auth-token',
  'x-security-token',
  'x-subject-token',
];
