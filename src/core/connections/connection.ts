// A connection (product F1): the non-secret part lives in the `mrs.connections` setting, the
// secret part (AK/SK, password, token) in SecretStorage only.
import { quotaEndpointFromEnv } from '../api/quotaEndpoints';
import { isKnownRegion, checkEndpointUrl } from '../api/regions';
import type { AuthMethod, Credential } from '../auth/credentials';
import { isRecord } from '../api/read';

export interface ConnectionSettings {
  readonly name: string;
  readonly region: string;
  readonly authMethod: AuthMethod;
  /** Resolved through IAM from the region when absent. */
  readonly projectId?: string;
  readonly mrsEndpoint?: string;
  readonly iamEndpoint?: string;
  /** Overrides of the quota pre-flight's ECS, EVS and VPC endpoints (docs/quota-api.md §1). */
  readonly ecsEndpoint?: string;
  readonly evsEndpoint?: string;
  readonly vpcEndpoint?: string;
  /** IAM user and account (domain) names for the password method: not secrets. */
  readonly userName?: string;
  readonly domainName?: string;
}

/** A connection as the extension sees it: settings plus where it came from. */
export interface Connection extends ConnectionSettings {
  /** `environment` connections come from HUAWEICLOUD_SDK_* variables and cannot be edited. */
  readonly source: 'settings' | 'environment';
}

const AUTH_METHODS: readonly AuthMethod[] = ['aksk', 'password', 'token'];
export const ENVIRONMENT_CONNECTION_NAME = 'Environment';

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** One entry of the setting, or undefined when it is not a usable connection. */
export function parseConnectionSettings(raw: unknown): ConnectionSettings | undefined {
  if (!isRecord(raw)) {
    return undefined;
  }
  const name = optionalString(raw.name);
  const region = optionalString(raw.region);
  const authMethod = raw.authMethod;
  if (!name || !region || !AUTH_METHODS.includes(authMethod as AuthMethod)) {
    return undefined;
  }
  const optional = (key: string): Record<string, string> => {
    const v = optionalString(raw[key]);
    return v === undefined ? {} : { [key]: v };
  };
  return {
    name,
    region,
    authMethod: authMethod as AuthMethod,
    ...optional('projectId'),
    ...optional('mrsEndpoint'),
    ...optional('iamEndpoint'),
    ...optional('ecsEndpoint'),
    ...optional('evsEndpoint'),
    ...optional('vpcEndpoint'),
    ...optional('userName'),
    ...optional('domainName'),
  };
}

/** Problems are plain English keys for the caller to translate: returns undefined when valid. */
export type ConnectionProblem =
  'nameEmpty' | 'nameInvalid' | 'nameTaken' | 'regionUnknown' | 'endpointInvalid' | 'projectIdInvalid';

export function checkConnectionName(name: string, taken: readonly string[]): ConnectionProblem | undefined {
  const n = name.trim();
  if (n === '') {
    return 'nameEmpty';
  }
  if (!NAME.test(n)) {
    return 'nameInvalid';
  }
  if (taken.some((t) => t.toLowerCase() === n.toLowerCase()) || n === ENVIRONMENT_CONNECTION_NAME) {
    return 'nameTaken';
  }
  return undefined;
}

/** Known region ids pass; others pass only when both endpoints are given explicitly. */
export function checkRegion(region: string, hasEndpointOverride: boolean): ConnectionProblem | undefined {
  return isKnownRegion(region.trim()) || (hasEndpointOverride && /^[a-z0-9-]+$/.test(region.trim()))
    ? undefined
    : 'regionUnknown';
}

/** Empty means "default"; otherwise https, or http on a loopback host. */
export function checkEndpoint(value: string): ConnectionProblem | undefined {
  if (value.trim() === '') {
    return undefined;
  }
  try {
    checkEndpointUrl(value.trim());
    return undefined;
  } catch {
    return 'endpointInvalid';
  }
}

export function checkProjectId(value: string): ConnectionProblem | undefined {
  return value.trim() === '' || /^[A-Za-z0-9_-]{1,64}$/.test(value.trim()) ? undefined : 'projectIdInvalid';
}

/** Secret fields kept in SecretStorage for each method. */
export const SECRET_FIELDS: Readonly<Record<AuthMethod, readonly string[]>> = {
  aksk: ['accessKey', 'secretKey', 'securityToken'],
  password: ['password'],
  token: ['token'],
};

export function secretKey(connectionName: string, field: string): string {
  return `mrs.connection/${connectionName}/${field}`;
}

/** Rebuilds the credential from the settings and the stored secret fields; undefined when one is missing. */
export function credentialFrom(
  settings: ConnectionSettings,
  secrets: Readonly<Record<string, string | undefined>>,
): Credential | undefined {
  switch (settings.authMethod) {
    case 'aksk':
      if (!secrets.accessKey || !secrets.secretKey) {
        return undefined;
      }
      return {
        kind: 'aksk',
        accessKey: secrets.accessKey,
        secretKey: secrets.secretKey,
        ...(secrets.securityToken ? { securityToken: secrets.securityToken } : {}),
      };
    case 'password':
      if (!secrets.password || !settings.userName || !settings.domainName) {
        return undefined;
      }
      return {
        kind: 'password',
        userName: settings.userName,
        domainName: settings.domainName,
        password: secrets.password,
      };
    case 'token':
      return secrets.token ? { kind: 'token', token: secrets.token } : undefined;
  }
}

/** The secret fields of a credential, for SecretStorage. */
export function secretFieldsOf(credential: Credential): Record<string, string> {
  switch (credential.kind) {
    case 'aksk':
      return {
        accessKey: credential.accessKey,
        secretKey: credential.secretKey,
        ...(credential.securityToken ? { securityToken: credential.securityToken } : {}),
      };
    case 'password':
      return { password: credential.password };
    case 'token':
      return { token: credential.token };
  }
}

interface EnvironmentConnection {
  readonly connection: Connection;
  readonly credential: Credential;
}

/**
 * The read-only connection from HUAWEICLOUD_SDK_AK / _SK (/ _SECURITY_TOKEN, _PROJECT_ID, _REGION),
 * with HUAWEICLOUD_SDK_MRS_ENDPOINT / HUAWEICLOUD_SDK_IAM_ENDPOINT as overrides, and for the quota
 * reads HUAWEICLOUD_SDK_ECS_ENDPOINT / _EVS_ / _VPC_ (or the SDKs' HUAWEICLOUD_SDK_REGION_ECS_{REGION}).
 */
export function environmentConnection(
  env: Readonly<Record<string, string | undefined>>,
  settingRegion: string | undefined,
): EnvironmentConnection | undefined {
  const ak = env.HUAWEICLOUD_SDK_AK?.trim();
  const sk = env.HUAWEICLOUD_SDK_SK?.trim();
  const region = env.HUAWEICLOUD_SDK_REGION?.trim() || settingRegion?.trim();
  if (!ak || !sk || !region) {
    return undefined;
  }
  const token = env.HUAWEICLOUD_SDK_SECURITY_TOKEN?.trim();
  const settings = parseConnectionSettings({
    name: ENVIRONMENT_CONNECTION_NAME,
    region,
    authMethod: 'aksk',
    projectId: env.HUAWEICLOUD_SDK_PROJECT_ID,
    mrsEndpoint: env.HUAWEICLOUD_SDK_MRS_ENDPOINT,
    iamEndpoint: env.HUAWEICLOUD_SDK_IAM_ENDPOINT,
    ecsEndpoint: quotaEndpointFromEnv(env, 'ecs', region),
    evsEndpoint: quotaEndpointFromEnv(env, 'evs', region),
    vpcEndpoint: quotaEndpointFromEnv(env, 'vpc', region),
  });
  if (!settings) {
    return undefined;
  }
  return {
    connection: { ...settings, source: 'environment' },
    credential: { kind: 'aksk', accessKey: ak, secretKey: sk, ...(token ? { securityToken: token } : {}) },
  };
}
