// IAM answers → values the auth layer keeps (docs/mrs-api.md §1.4, §2.1).
import { invalidResponse } from './errors';
import { Fields, isRecord, requireRecord, toDate, unexpectedShape } from './read';

/** When `expires_at` is unreadable, trust the token for one hour only (IAM says 24 h). */
const FALLBACK_LIFETIME_MS = 60 * 60 * 1000;

export interface IamToken {
  /** The X-Subject-Token value: a secret, never logged. */
  readonly value: string;
  readonly expiresAt: Date;
  /** `token.project.id`, the project the token is scoped to. */
  readonly projectId: string | undefined;
}

/**
 * The 201 answer of `POST /v3/auth/tokens`.
 * @param subjectToken the X-Subject-Token response header.
 * @param nowMs the current time, for the fallback expiry.
 * @throws MrsApiError 'invalidResponse' when the header is missing or the body is not an object.
 */
export function parseIamTokenResponseDto(json: unknown, subjectToken: string | null, nowMs: number): IamToken {
  const value = subjectToken?.trim() ?? '';
  // The header value is a secret: the snippet never includes it, and the body carries no token.
  if (value === '') {
    throw invalidResponse('token answer without X-Subject-Token header', undefined);
  }
  const token = requireRecord(json, 'token answer').obj('token') ?? new Fields({});
  const expiresAt = toDate(token.raw('expires_at')) ?? new Date(nowMs + FALLBACK_LIFETIME_MS);
  return { value, expiresAt, projectId: token.obj('project')?.str('id') };
}

/**
 * The answer of `GET /v3/projects?name={region}`: the id of the project with exactly that name.
 * @returns undefined when no project has that name.
 * @throws MrsApiError 'invalidResponse' when `projects` is not an array.
 */
export function parseIamProjectsResponseDto(json: unknown, name: string): string | undefined {
  const projects = requireRecord(json, 'project list').arr('projects');
  if (projects === undefined) {
    throw unexpectedShape('project list without projects', json);
  }
  for (const p of projects) {
    if (!isRecord(p)) {
      continue;
    }
    const f = new Fields(p);
    if (f.str('name') === name && f.bool('enabled') !== false) {
      return f.str('id');
    }
  }
  return undefined;
}
