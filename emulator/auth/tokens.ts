// IAM tokens issued by the emulator: opaque strings remembered with their scope and expiry.
import { randomBytes } from 'node:crypto';

export interface TokenRecord {
  /** Project the token is scoped to; undefined for a domain-scoped or unscoped token. */
  projectId?: string;
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck =
  { status: 'valid'; record: TokenRecord } | { status: 'expired'; record: TokenRecord } | { status: 'unknown' };

export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();

  constructor(private readonly ttlMs: number) {}

  /** A token shaped like real ones (a long base64 blob starting with `MII`). */
  issue(projectId: string | undefined, nowMs: number): { token: string; record: TokenRecord } {
    const token = `MIIEmulator${randomBytes(192).toString('base64url')}`;
    const record: TokenRecord = { projectId, issuedAt: nowMs, expiresAt: nowMs + this.ttlMs };
    this.tokens.set(token, record);
    return { token, record };
  }

  check(token: string, nowMs: number): TokenCheck {
    const record = this.tokens.get(token);
    if (!record) {
      return { status: 'unknown' };
    }
    return nowMs >= record.expiresAt ? { status: 'expired', record } : { status: 'valid', record };
  }

  /** Makes every token issued so far expire now (to test a client's token refresh). */
  expireAll(nowMs: number): number {
    for (const record of this.tokens.values()) {
      record.expiresAt = Math.min(record.expiresAt, nowMs);
    }
    return this.tokens.size;
  }
}

/** IAM's timestamp format, e.g. `2020-01-04T09:05:22.701000Z` (microseconds). */
export function iamTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
