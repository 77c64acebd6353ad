/**
 * Downloads a file someone sent the bot (a programme workbook), safely. In Teams, a file sent in a
 * 1:1 chat arrives as application/vnd.microsoft.teams.file.download.info with a short-lived
 * downloadUrl on the sender's OneDrive for Business, i.e. <tenant>-my.sharepoint.com; the activity
 * itself is signed, but its content is what a user (or anyone able to post activities in local mode)
 * says, so the URL is checked before anything is fetched:
 *
 * - https only, on a host in an allow-list ("*.sharepoint.com" by default; "*.x" matches any
 *   subdomain of x, never x's look-alikes), so the bot cannot be made to fetch internal addresses;
 * - loopback (localhost, 127.x, ::1) only in local mode, over http or https, for tests and the emulator;
 * - redirects followed by hand, each hop checked against the same rules (at most MAX_REDIRECTS);
 * - a size limit enforced while streaming (a lying or absent Content-Length cannot get past it),
 *   and a timeout over the whole download.
 *
 * Anything else is a refusal with a reason; nothing is kept of a refused download.
 */
import { isLoopbackHost } from '../config';

export interface FetchAttachmentOptions {
  allowedHosts: string[];
  maxBytes: number;
  timeoutMs: number;
  localMode: boolean;
}

export type AttachmentRefusal = 'badUrl' | 'notHttps' | 'hostNotAllowed' | 'tooLarge' | 'timeout' | 'httpError' | 'tooManyRedirects' | 'network';

export type FetchedAttachment =
  | { ok: true; bytes: Buffer; contentType: string | null; url: string }
  | { ok: false; reason: AttachmentRefusal; detail?: string };

export const MAX_REDIRECTS = 3;

/** Whether `host` is on the list: exact names, or "*.domain" for any subdomain of domain. */
export function hostAllowed(host: string, allowed: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
    return h === p;
  });
}

/** Why this URL may not be fetched, or null when it may. */
export function urlRefusal(raw: string, options: Pick<FetchAttachmentOptions, 'allowedHosts' | 'localMode'>): AttachmentRefusal | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'badUrl';
  }
  if (url.username !== '' || url.password !== '') return 'badUrl';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isLoopbackHost(host)) {
    if (!options.localMode) return 'hostNotAllowed';
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'notHttps';
  }
  if (url.protocol !== 'https:') return 'notHttps';
  return hostAllowed(host, options.allowedHosts) ? null : 'hostNotAllowed';
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchAttachment(url: string, options: FetchAttachmentOptions): Promise<FetchedAttachment> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const refusal = urlRefusal(current, options);
      if (refusal) return { ok: false, reason: refusal };
      let res: Response;
      try {
        res = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: '*/*' } });
      } catch {
        return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) return { ok: false, reason: 'tooManyRedirects' };
        current = new URL(res.headers.get('location')!, current).toString();
        continue;
      }
      if (!res.ok || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, reason: 'httpError', detail: String(res.status) };
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await res.body.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge' };
      }
      try {
        const bytes = await readCapped(res.body, options.maxBytes);
        if (bytes === null) return { ok: false, reason: 'tooLarge' };
        return { ok: true, bytes, contentType: res.headers.get('content-type'), url: current };
      } catch {
        return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
