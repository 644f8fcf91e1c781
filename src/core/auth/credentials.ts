// The three ways to authenticate (product F1). Values here are secrets: they go to SecretStorage,
// to the signer and to IAM, never to a log line or an error message.

/** AK/SK request signing; temporary (STS) keys also carry a security token. */
export interface AkSkCredential {
  readonly kind: 'aksk';
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken?: string;
  /** Account id, sent as X-Domain-Id when given (global services only). */
  readonly domainId?: string;
}

/** IAM user password, exchanged for a project-scoped token. */
export interface PasswordCredential {
  readonly kind: 'password';
  /** IAM user name. */
  readonly userName: string;
  readonly password: string;
  /** Account (domain) name the IAM user belongs to. */
  readonly domainName: string;
}

/** A token pasted by the user (X-Auth-Token); it cannot be refreshed. */
export interface TokenCredential {
  readonly kind: 'token';
  readonly token: string;
}

export type Credential = AkSkCredential | PasswordCredential | TokenCredential;

export type AuthMethod = Credential['kind'];

/** Every secret value of a credential, for scrubbing. The AK counts: it identifies the key pair. */
export function credentialSecrets(credential: Credential): string[] {
  switch (credential.kind) {
    case 'aksk':
      return [credential.accessKey, credential.secretKey, credential.securityToken ?? ''].filter((s) => s !== '');
    case 'password':
      return [credential.password];
    case 'token':
      return [credential.token];
  }
}
