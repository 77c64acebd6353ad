/**
 * What every signed download route shares: the query's expiry and signature,
 * and headers that keep the URL (the credential) out of referrers, caches and
 * search indexes.
 */
import type restify from 'restify';
import { z } from 'zod';

/** `?exp=…&sig=…` of a signed link. */
export const signedQuery = {
  exp: z.string().regex(/^\d{1,12}$/).transform(Number),
  sig: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
};

export const DOWNLOAD_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The URL is the credential: never pass it on, cache or index it.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'Cache-Control': 'private, no-store',
};

export function sendDownloadText(res: restify.Response, status: number, body: string): void {
  res.sendRaw(status, body, { ...DOWNLOAD_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
}
