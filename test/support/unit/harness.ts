// A client wired to a FakeServer, a fake clock, an instant sleep and a recording logger.
import { createConnection, type ConnectionParts, type MrsClientConfig } from '../../../src/core/api/createMrsClient';
import type {
  AkSkCredential,
  Credential,
  PasswordCredential,
  TokenCredential,
} from '../../../src/core/auth/credentials';
import { PROJECT_ID, anIamTokenResponseDto } from '../builders';
import { FakeServer } from './FakeServer';
import { FakeClock, FakeSleep, RecordingLogger } from './fakes';

export const REGION = 'cn-north-4';
export const MRS_HOST = 'mrs.cn-north-4.myhuaweicloud.com';
export const IAM_HOST = 'iam.cn-north-4.myhuaweicloud.com';

export const AKSK: AkSkCredential = {
  kind: 'aksk',
  accessKey: 'QTWAOYTTINDUT2QVKYUC',
  secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
};
export const PASSWORD: PasswordCredential = {
  kind: 'password',
  userName: 'IAMUser',
  password: 'Pa55word!Secret',
  domainName: 'IAMDomain',
};
export const TOKEN: TokenCredential = {
  kind: 'token',
  token: 'MIIatAYJKoZIhvcNAQcCoIIapTCCGqECAQExDTALBglghkgBZQMEAgEw',
};

export interface Harness extends ConnectionParts {
  readonly server: FakeServer;
  readonly clock: FakeClock;
  readonly sleeper: FakeSleep;
  readonly logger: RecordingLogger;
}

export function harness(credential: Credential = AKSK, config: Partial<MrsClientConfig> = {}): Harness {
  const server = new FakeServer();
  const clock = new FakeClock();
  const sleeper = new FakeSleep(clock);
  const logger = new RecordingLogger();
  const parts = createConnection({
    region: REGION,
    projectId: PROJECT_ID,
    credential,
    fetch: server.fetch,
    clock: clock.clock,
    sleep: sleeper.sleep,
    random: () => 0.5,
    logger,
    ...config,
  });
  return { ...parts, server, clock, sleeper, logger };
}

export const CLUSTERS_PATH = `/v1.1/${PROJECT_ID}/cluster_infos`;
export const clusterPath = (id: string): string => `${CLUSTERS_PATH}/${id}`;
export const hostsPath = (id: string): string => `/v1.1/${PROJECT_ID}/clusters/${id}/hosts`;

/** IAM answers the token requests in turn with these tokens (201, X-Subject-Token), each valid for 24 h. */
export function issueIamTokens(h: Harness, ...tokens: string[]): void {
  const expires = new Date(h.clock.nowMs + 24 * 3600_000).toISOString();
  const answers = tokens.map((token) => ({
    status: 201,
    headers: { 'X-Subject-Token': token },
    body: anIamTokenResponseDto(expires),
  }));
  h.server.on('POST', '/v3/auth/tokens', ...answers);
}
