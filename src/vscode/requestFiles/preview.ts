// The Preview of a request file, described in pure code then shown read-only: method, URL, headers
// without secrets (the auth header is named, never filled), the exact body and the change.
import type { AuthMethod } from '../../core/auth/credentials';
import type { ResizeRequestDto } from '../../core/api/wire';
import type { Translate } from '../../shared/translate';

export interface PreviewInput {
  readonly url: string;
  readonly authMethod: AuthMethod | undefined;
  readonly body: ResizeRequestDto | undefined;
  /** "3 → 5 core nodes". */
  readonly change: string | undefined;
  /** `line:col message` of each error, when there is no body. */
  readonly errors: readonly string[];
}

function authLines(method: AuthMethod | undefined, t: Translate): string[] {
  switch (method) {
    case 'aksk':
      return [
        'X-Sdk-Date: …',
        'X-Project-Id: …',
        `Authorization: SDK-HMAC-SHA256 … ${t('(signed with the access key when sent; not shown)')}`,
      ];
    case 'password':
    case 'token':
      return [`X-Auth-Token: … ${t('(the user token is added when sent; not shown)')}`];
    case undefined:
      return [];
  }
}

export function previewText(input: PreviewInput, t: Translate): string {
  const head = [`PUT ${input.url}`, 'Content-Type: application/json;charset=UTF-8', ...authLines(input.authMethod, t)];
  const body = input.body
    ? JSON.stringify(input.body, null, 2)
    : [t('No request body while an error stands.'), ...input.errors.map((e) => `  ${e}`)].join('\n');
  const change = input.change ? [`# ${input.change}`, ''] : [];
  return [...change, ...head, '', body, ''].join('\n');
}
