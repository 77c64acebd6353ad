/**
 * Signed, expiring links to a session's participant list. Whoever holds the
 * link may download until it expires, so only people allowed to see the list
 * are ever given one; the HMAC stops anyone from forging or widening a link
 * (another session, a later expiry). The secret comes from config, else it is
 * generated once and kept in the database so links survive a restart.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { Db } from '../db/database';

const SECRET_NAME = 'participants_csv';

/** The configured secret, else the stored one, else a new one (stored). */
export function downloadSecret(db: Db, configured: string | undefined, now: string): string {
  if (configured) return configured;
  db.prepare('INSERT INTO app_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING').run(
    SECRET_NAME,
    randomBytes(32).toString('hex'),
    now,
  );
  return (db.prepare('SELECT value FROM app_secrets WHERE name = ?').get(SECRET_NAME) as { value: string }).value;
}

export interface SignedDownload {
  sessionId: number;
  /** Unix seconds. */
  expires: number;
  signature: string;
}

function sign(secret: string, sessionId: number, expires: number): string {
  return createHmac('sha256', secret).update(`participants:${sessionId}:${expires}`).digest('base64url');
}

export function signDownload(secret: string, sessionId: number, now: DateTime, validHours: number): SignedDownload {
  const expires = Math.floor(now.toSeconds()) + validHours * 3600;
  return { sessionId, expires, signature: sign(secret, sessionId, expires) };
}

export type DownloadCheck = 'ok' | 'expired' | 'badSignature';

export function checkDownload(secret: string, link: SignedDownload, now: DateTime): DownloadCheck {
  const expected = Buffer.from(sign(secret, link.sessionId, link.expires));
  const given = Buffer.from(link.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'badSignature';
  if (now.toSeconds() >= link.expires) return 'expired';
  return 'ok';
}
