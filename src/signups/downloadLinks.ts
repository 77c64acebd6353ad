/**
 * Signed, expiring links: to a session's participant list, and to a
 * netwerkdag's programme as a workbook (for organisers). Whoever holds the
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

/** The kind is part of what is signed, so a link of one kind never opens another. */
function signed(secret: string, kind: 'participants' | 'programme', subject: string | number, expires: number): string {
  return createHmac('sha256', secret).update(`${kind}:${subject}:${expires}`).digest('base64url');
}

function sign(secret: string, sessionId: number, expires: number): string {
  return signed(secret, 'participants', sessionId, expires);
}

function verdict(expected: string, given: string, expires: number, now: DateTime): DownloadCheck {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return 'badSignature';
  if (now.toSeconds() >= expires) return 'expired';
  return 'ok';
}

export function signDownload(secret: string, sessionId: number, now: DateTime, validHours: number): SignedDownload {
  const expires = Math.floor(now.toSeconds()) + validHours * 3600;
  return { sessionId, expires, signature: sign(secret, sessionId, expires) };
}

export type DownloadCheck = 'ok' | 'expired' | 'badSignature';

export function checkDownload(secret: string, link: SignedDownload, now: DateTime): DownloadCheck {
  return verdict(sign(secret, link.sessionId, link.expires), link.signature, link.expires, now);
}

/** A link to one netwerkdag's programme as a workbook, by its slug. */
export interface SignedProgrammeDownload {
  slug: string;
  /** Unix seconds. */
  expires: number;
  signature: string;
}

export function signProgrammeDownload(secret: string, slug: string, now: DateTime, validHours: number): SignedProgrammeDownload {
  const expires = Math.floor(now.toSeconds()) + validHours * 3600;
  return { slug, expires, signature: signed(secret, 'programme', slug, expires) };
}

export function checkProgrammeDownload(secret: string, link: SignedProgrammeDownload, now: DateTime): DownloadCheck {
  return verdict(signed(secret, 'programme', link.slug, link.expires), link.signature, link.expires, now);
}
