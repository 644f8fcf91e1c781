// IAM password → project-scoped token (docs/mrs-api.md §2.1): POST /v3/auth/tokens?nocatalog=true,
// 201 + X-Subject-Token. Cached until 5 minutes before expires_at; concurrent callers share one
// request; invalidate() after a 401 makes the next call fetch a fresh token.
import { raceAbort } from '../api/abort';
import { BODY_CAPS } from '../api/bodyLimits';
import type { IamToken } from '../api/parseIam';
import { parseIamTokenResponseDto } from '../api/parseIam';
import { parseJsonText } from '../api/read';
import { joinUrl } from '../api/regions';
import type { HttpTransport } from '../api/HttpTransport';
import type { IamTokenRequestDto } from '../api/wire';
import type { PasswordCredential } from './credentials';

export const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** The project the token is scoped to: MRS needs a project-scoped token. */
type TokenScope = { readonly projectId: string } | { readonly projectName: string };

interface IamTokenSourceOptions {
  readonly transport: HttpTransport;
  /** IAM endpoint (regions.ts iamEndpoint). */
  readonly endpoint: URL;
  readonly credential: PasswordCredential;
  readonly scope: TokenScope;
}

/** The request body; it holds the password, so it is never logged. */
export function tokenRequestBody(credential: PasswordCredential, scope: TokenScope): IamTokenRequestDto {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: { name: credential.userName, password: credential.password, domain: { name: credential.domainName } },
        },
      },
      scope: { project: 'projectId' in scope ? { id: scope.projectId } : { name: scope.projectName } },
    },
  };
}

export class IamTokenSource {
  private cached: IamToken | undefined;
  private inflight: Promise<IamToken> | undefined;

  constructor(private readonly options: IamTokenSourceOptions) {}

  /**
   * A token valid for at least 5 more minutes, from the cache or from IAM.
   * @throws MrsApiError (e.g. 'unauthorized' for a wrong password); CancelledError when the signal aborts
   *   (the shared request goes on for the other callers).
   */
  getToken(signal?: AbortSignal): Promise<IamToken> {
    const now = this.options.transport.clock();
    if (this.cached && now < this.cached.expiresAt.getTime() - TOKEN_REFRESH_MARGIN_MS) {
      return Promise.resolve(this.cached);
    }
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return raceAbort(this.inflight, signal);
  }

  /** Drops the cached token (only if it is `value`, when given: a newer token stays). */
  invalidate(value?: string): void {
    if (value === undefined || this.cached?.value === value) {
      this.cached = undefined;
    }
  }

  /** The cached token value, for scrubbing. */
  currentTokenValues(): string[] {
    return this.cached ? [this.cached.value] : [];
  }

  private async fetchToken(): Promise<IamToken> {
    const { transport, endpoint, credential, scope } = this.options;
    const token = await transport.send(
      {
        method: 'POST',
        url: joinUrl(endpoint, '/v3/auth/tokens', { nocatalog: 'true' }),
        body: JSON.stringify(tokenRequestBody(credential, scope)),
        secrets: [credential.password],
        maxBodyBytes: BODY_CAPS.iamToken,
      },
      (res) =>
        parseIamTokenResponseDto(
          parseJsonText(res.text, 'token answer'),
          res.headers.get('x-subject-token'),
          transport.clock(),
        ),
    );
    this.cached = token;
    return token;
  }
}
