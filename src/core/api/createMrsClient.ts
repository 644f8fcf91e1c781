// Builds an MrsClient from a connection's settings and secret: endpoints, transport, the auth
// provider for the credential kind, and the project-id resolver.
import type { AuthProvider } from '../auth/AuthProvider';
import { AkSkAuthProvider, PasswordAuthProvider, StaticTokenAuthProvider } from '../auth/providers';
import type { Credential } from '../auth/credentials';
import { IamTokenSource } from '../auth/IamTokenSource';
import { ProjectIdResolver } from '../auth/ProjectIdResolver';
import { MrsClient } from './MrsClient';
import { QuotaClient, type QuotaClientDeps, type QuotaReads } from './QuotaClient';
import { quotaEndpoint } from './quotaEndpoints';
import { iamEndpoint, mrsEndpoint } from './regions';
import { HttpTransport, type TransportOptions } from './HttpTransport';

export interface MrsClientConfig extends TransportOptions {
  /** Region id, e.g. `cn-north-4`. */
  readonly region: string;
  /** Resolved through IAM when absent. */
  readonly projectId?: string;
  readonly credential: Credential;
  /** Overrides (https, or http on loopback only). */
  readonly mrsEndpoint?: string;
  readonly iamEndpoint?: string;
  /** Overrides of the quota pre-flight's reads (quotaEndpoints.ts); same checks. */
  readonly ecsEndpoint?: string;
  readonly evsEndpoint?: string;
  readonly vpcEndpoint?: string;
}

export interface ConnectionParts {
  readonly client: MrsClient;
  readonly transport: HttpTransport;
  readonly auth: AuthProvider;
  readonly projects: ProjectIdResolver;
  readonly mrsEndpoint: URL;
  readonly iamEndpoint: URL;
  /** The quota pre-flight's reads (ECS, EVS, VPC, MRS's offered flavors), over the same transport and auth; not cached. */
  readonly quota: QuotaReads;
}

function authFor(config: MrsClientConfig, transport: HttpTransport, iam: URL): AuthProvider {
  const credential = config.credential;
  switch (credential.kind) {
    case 'aksk':
      return new AkSkAuthProvider(credential, transport.clock);
    case 'token':
      return new StaticTokenAuthProvider(credential);
    case 'password': {
      const projectId = config.projectId?.trim();
      const scope = projectId ? { projectId } : { projectName: config.region };
      const tokens = new IamTokenSource({ transport, endpoint: iam, credential, scope });
      return new PasswordAuthProvider(tokens, credential.password);
    }
  }
}

/** Reads that all fail with the same error: an override refused never blocks a resize, it is "not checked". */
function refusedReads(error: Error): QuotaReads {
  const fail = () => Promise.reject(error);
  return { ecsLimits: fail, evsQuota: fail, subnetFreeIps: fail, mrsFlavors: fail, ecsFlavors: fail };
}

function quotaReadsOf(config: MrsClientConfig, parts: Omit<QuotaClientDeps, 'endpoints'>, mrs: URL): QuotaReads {
  try {
    const endpoints = {
      mrs,
      ecs: quotaEndpoint('ecs', config.region, config.ecsEndpoint),
      evs: quotaEndpoint('evs', config.region, config.evsEndpoint),
      vpc: quotaEndpoint('vpc', config.region, config.vpcEndpoint),
    };
    return new QuotaClient({ ...parts, endpoints });
  } catch (e) {
    return refusedReads(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * Everything a connection needs, wired together.
 * @throws MrsApiError 'configuration' for a malformed region or a refused endpoint (plain http off loopback).
 */
export function createConnection(config: MrsClientConfig): ConnectionParts {
  const mrs = mrsEndpoint(config.region, config.mrsEndpoint);
  const iam = iamEndpoint(config.region, config.iamEndpoint);
  const transport = new HttpTransport(config);
  const auth = authFor(config, transport, iam);
  const projects = new ProjectIdResolver({
    transport,
    iamEndpoint: iam,
    region: config.region,
    auth,
    configured: config.projectId,
  });
  const client = new MrsClient({ transport, endpoint: mrs, auth, projects, logger: config.logger });
  const quota = quotaReadsOf(config, { transport, auth, projects }, mrs);
  return { client, transport, auth, projects, mrsEndpoint: mrs, iamEndpoint: iam, quota };
}

/**
 * An MrsClient for a connection.
 * @throws MrsApiError 'configuration' as {@link createConnection}.
 */
export function createMrsClient(config: MrsClientConfig): MrsClient {
  return createConnection(config).client;
}
