/**
 * The secret in a personal feed URL. A token is 32 random bytes (256 bits) in
 * lowercase hex, so no markdown, mail client or copy-paste can mangle it; it is
 * never derived from the user id. Only its SHA-256 is stored, so
 * the link is shown once and cannot be read back from the database. Renewing
 * replaces the hash: the old link stops working at once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';

const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[0-9a-f]{64}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('hex');
}

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export type FeedTokenIssue = { kind: 'created'; token: string } | { kind: 'exists'; createdAt: string };

export class FeedTokens {
  constructor(
    private readonly db: Db,
    private readonly nowIso: () => string,
  ) {}

  /** A new token when the person has none; otherwise only when it was made, since the token itself is not kept. */
  issue(userId: string): FeedTokenIssue {
    return inTransaction(this.db, () => {
      const row = this.db.prepare('SELECT created_at FROM calendar_feeds WHERE user_id = ?').get(userId) as
        | { created_at: string }
        | undefined;
      if (row) return { kind: 'exists', createdAt: row.created_at };
      const token = newToken();
      this.db
        .prepare('INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)')
        .run(userId, hashOf(token).toString('hex'), this.nowIso());
      return { kind: 'created', token };
    });
  }

  /** Replaces (or creates) the person's token; the previous one is void from now on. */
  renew(userId: string): string {
    const token = newToken();
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)
           ON CONFLICT(user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`,
        )
        .run(userId, hashOf(token).toString('hex'), this.nowIso());
    });
    return token;
  }

  /**
   * The owner of a token, or null. Malformed and unknown tokens take the same
   * path to the same null; the stored hash is compared in constant time.
   */
  ownerOf(token: string): string | null {
    const wellFormed = TOKEN_PATTERN.test(token);
    const hash = hashOf(wellFormed ? token : '');
    const row = this.db.prepare('SELECT user_id, token_hash FROM calendar_feeds WHERE token_hash = ?').get(hash.toString('hex')) as
      | { user_id: string; token_hash: string }
      | undefined;
    if (!wellFormed || !row) return null;
    const stored = Buffer.from(row.token_hash, 'hex');
    return stored.length === hash.length && timingSafeEqual(stored, hash) ? row.user_id : null;
  }
}
