// The project id of a region (docs/mrs-api.md §1.4): the configured one, the scope of the IAM token when
// the credentials have one, else IAM `GET /v3/projects?name={region}`. Resolved once, then cached.
import { raceAbort } from '../api/abort';
import { BODY_CAPS } from '../api/bodyLimits';
import { configurationError } from '../api/errors';
import { parseIamProjectsResponseDto } from '../api/parseIam';
import { parseJsonText } from '../api/read';
import { joinUrl } from '../api/regions';
import type { HttpTransport } from '../api/HttpTransport';
import type { AuthProvider } from './AuthProvider';

interface ProjectIdResolverOptions {
  readonly transport: HttpTransport;
  readonly iamEndpoint: URL;
  readonly region: string;
  readonly auth: AuthProvider;
  /** Given by the user: no lookup at all. */
  readonly configured?: string;
}

export class ProjectIdResolver {
  private cached: string | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly options: ProjectIdResolverOptions) {
    const configured = options.configured?.trim();
    if (configured) {
      this.cached = configured;
    }
  }

  /**
   * The project id, looked up at most once while it succeeds.
   * @throws MrsApiError 'configuration' when IAM has no project named after the region, or any
   *   MrsApiError of the IAM call; CancelledError when the signal aborts.
   */
  resolve(signal?: AbortSignal): Promise<string> {
    if (this.cached !== undefined) {
      return Promise.resolve(this.cached);
    }
    this.inflight ??= this.lookup().finally(() => {
      this.inflight = undefined;
    });
    return raceAbort(this.inflight, signal);
  }

  private async lookup(): Promise<string> {
    const { transport, iamEndpoint, region, auth } = this.options;
    const fromAuth = await auth.knownProjectId?.();
    const id =
      fromAuth ??
      (await transport.send(
        {
          method: 'GET',
          url: joinUrl(iamEndpoint, '/v3/projects', { name: region }),
          auth,
          maxBodyBytes: BODY_CAPS.iamProjects,
        },
        (res) => parseIamProjectsResponseDto(parseJsonText(res.text, 'project list'), region),
      ));
    if (id === undefined) {
      throw configurationError(
        `IAM has no project named ${region}; enter the project id in the connection`,
        'CLIENT.NO_PROJECT',
      );
    }
    this.cached = id;
    return id;
  }
}
