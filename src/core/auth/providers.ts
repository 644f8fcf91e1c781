// The three AuthProviders: AK/SK signs every request; a pasted token is just a header; an IAM
// password goes through IamTokenSource (cached token, invalidated on 401 so that the single repeat
// gets a fresh one).
import { configurationError } from '../api/errors';
import type { Clock } from '../api/http';
import { systemClock } from '../api/http';
import type { AuthorizeContext, AuthProvider, OutgoingRequest } from './AuthProvider';
import type { AkSkCredential, TokenCredential } from './credentials';
import { credentialSecrets } from './credentials';
import type { IamTokenSource } from './IamTokenSource';
import { formatSdkDate, signRequest } from './signer';

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

  /**
   * @throws MrsApiError 'configuration' (CLIENT.EMPTY_TOKEN) for an empty or blank token, before
   *   anything is sent: the header would carry nothing, and MRS refuses it anyway (MRS.102).
   */
  authorize(req: OutgoingRequest): Promise<void> {
    if (this.credential.token.trim() === '') {
      return Promise.reject(
        configurationError('The user token of the connection is empty; nothing was sent', 'CLIENT.EMPTY_TOKEN'),
      );
    }
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
