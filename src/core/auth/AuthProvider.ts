// The one abstraction the client calls: decorate a request, and react once to a 401.
// AK/SK signs every request; a pasted token is just a header; an IAM password goes through
// IamTokenSource (cached token, invalidated on 401 so that the single repeat gets a fresh one).
import type { Clock, HttpMethod } from '../api/http';
import { systemClock } from '../api/http';
import type { AkSkCredential, AuthMethod, TokenCredential } from './credentials';
import { credentialSecrets } from './credentials';
import type { IamTokenSource } from './IamTokenSource';
import { formatSdkDate, signRequest } from './signer';

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

/** AK/SK: X-Sdk-Date from the clock, X-Project-Id / X-Security-Token when given, then the signature. */
export class AkSkAuthProvider implements AuthProvider {
  readonly method = 'aksk';

  constructor(
    private readonly credential: AkSkCredential,
    private readonly clock: Clock = systemClock,
  ) {}

  authorize(req: OutgoingRequest, ctx: AuthorizeContext): Promise<void> {
    const c = this.credential;
    req.headers['X-Sdk-Date'] = formatSdkDate(new Date(this.clock()));
    if (ctx.projectId !== undefined) {
      req.headers['X-Project-Id'] = ctx.projectId;
    } else if (c.domainId !== undefined) {
      req.headers['X-Domain-Id'] = c.domainId;
    }
    if (c.securityToken !== undefined && c.securityToken !== '') {
      req.headers['X-Security-Token'] = c.securityToken;
    }
    const signed = signRequest(req, { accessKey: c.accessKey, secretKey: c.secretKey });
    req.headers['Authorization'] = signed.authorization;
    return Promise.resolve();
  }

  handleUnauthorized(): boolean {
    return false;
  }

  secrets(): readonly string[] {
    return credentialSecrets(this.credential);
  }
}

/** A pasted token: X-Auth-Token, nothing to refresh. */
export class StaticTokenAuthProvider implements AuthProvider {
  readonly method = 'token';

  constructor(private readonly credential: TokenCredential) {}

  authorize(req: OutgoingRequest): Promise<void> {
    req.headers['X-Auth-Token'] = this.credential.token;
    return Promise.resolve();
  }

  handleUnauthorized(): boolean {
    return false;
  }

  secrets(): readonly string[] {
    return credentialSecrets(this.credential);
  }
}

/** IAM password: a cached project-scoped token; a 401 drops it and allows one repeat. */
export class PasswordAuthProvider implements AuthProvider {
  readonly method = 'password';

  constructor(
    private readonly tokens: IamTokenSource,
    private readonly password: string,
  ) {}

  async authorize(req: OutgoingRequest, ctx: AuthorizeContext): Promise<void> {
    const token = await this.tokens.getToken(ctx.signal);
    req.headers['X-Auth-Token'] = token.value;
  }

  handleUnauthorized(sentHeaders: Readonly<Record<string, string>>): boolean {
    this.tokens.invalidate(sentHeaders['X-Auth-Token']);
    return true;
  }

  secrets(): readonly string[] {
    return [this.password, ...this.tokens.currentTokenValues()];
  }

  async knownProjectId(signal?: AbortSignal): Promise<string | undefined> {
    return (await this.tokens.getToken(signal)).projectId;
  }
}
