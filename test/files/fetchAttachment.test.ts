/**
 * Safe downloads of files sent to the bot (issue 14): https on allowed hosts only, loopback only in
 * local mode, redirects checked per hop, a size limit while streaming and a timeout; against a
 * loopback HTTP server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { fetchAttachment, hostAllowed, urlRefusal } from '../../src/files/fetchAttachment';
import { attachmentTexts } from '../../src/texts/programme';

let server: Server;
let base = '';
/** Bytes the server managed to write for /stream before the client stopped reading. */
let streamed = 0;
let streamClosedEarly = false;

const local = { allowedHosts: ['*.sharepoint.com'], maxBytes: 10_000, timeoutMs: 2000, localMode: true };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') return res.end('PK-workbook');
    if (req.url === '/declared-big') {
      res.writeHead(200, { 'content-length': '999999' });
      return res.end('x');
    }
    if (req.url === '/stream') {
      // No Content-Length: only counting while reading can stop this.
      streamed = 0;
      streamClosedEarly = false;
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(4096, 1);
      const timer = setInterval(() => {
        if (streamed >= 1_000_000) {
          clearInterval(timer);
          res.end();
          return;
        }
        streamed += chunk.length;
        res.write(chunk);
      }, 2);
      res.on('close', () => {
        if (streamed < 1_000_000) streamClosedEarly = true;
        clearInterval(timer);
      });
      return;
    }
    if (req.url === '/slow') {
      res.writeHead(200);
      res.write('a');
      return; // never ends
    }
    if (req.url === '/to-ok') {
      res.writeHead(302, { location: '/ok' });
      return res.end();
    }
    if (req.url === '/to-elsewhere') {
      res.writeHead(302, { location: 'https://evil.example.com/steal' });
      return res.end();
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    res.writeHead(500);
    res.end('nee');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchAttachment', () => {
  it('hostAllowed_subdomainsOfTheListedDomainOnly', () => {
    expect(hostAllowed('contoso-my.sharepoint.com', ['*.sharepoint.com'])).toBe(true);
    expect(hostAllowed('CONTOSO.SharePoint.com.', ['*.sharepoint.com'])).toBe(true);
    expect(hostAllowed('sharepoint.com.evil.example', ['*.sharepoint.com'])).toBe(false);
    expect(hostAllowed('evilsharepoint.com', ['*.sharepoint.com'])).toBe(false);
    expect(hostAllowed('sharepoint.com', ['*.sharepoint.com'])).toBe(false);
  });

  it('urlRefusal_httpsOnAllowedHostsOnly_loopbackOnlyInLocalMode', () => {
    const prod = { allowedHosts: ['*.sharepoint.com'], localMode: false };
    expect(urlRefusal('https://contoso-my.sharepoint.com/personal/a/_layouts/15/download.aspx?UniqueId=1', prod)).toBeNull();
    expect(urlRefusal('http://contoso-my.sharepoint.com/x', prod)).toBe('notHttps');
    expect(urlRefusal('file:///etc/passwd', prod)).toBe('notHttps');
    expect(urlRefusal('https://169.254.169.254/latest/meta-data', prod)).toBe('hostNotAllowed');
    expect(urlRefusal('https://user:pw@contoso.sharepoint.com/x', prod)).toBe('badUrl');
    expect(urlRefusal('geen url', prod)).toBe('badUrl');
    expect(urlRefusal(`${base}/ok`, prod)).toBe('hostNotAllowed');
    expect(urlRefusal('http://[::1]:1/ok', prod)).toBe('hostNotAllowed');
    expect(urlRefusal(`${base}/ok`, { ...prod, localMode: true })).toBeNull();
  });

  it('localMode_loopbackFetched', async () => {
    expect(await fetchAttachment(`${base}/ok`, local)).toMatchObject({ ok: true, url: `${base}/ok` });
    const got = await fetchAttachment(`${base}/ok`, local);
    expect(got.ok && got.bytes.toString()).toBe('PK-workbook');
  });

  it('notLocalMode_loopbackRefusedWithoutARequest', async () => {
    expect(await fetchAttachment(`${base}/ok`, { ...local, localMode: false })).toEqual({ ok: false, reason: 'hostNotAllowed' });
  });

  it('tooLarge_declaredOrWhileStreaming_abortsTheDownload', async () => {
    expect(await fetchAttachment(`${base}/declared-big`, local)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(await fetchAttachment(`${base}/stream`, local)).toEqual({ ok: false, reason: 'tooLarge' });
    await new Promise((r) => setTimeout(r, 100));
    expect(streamClosedEarly).toBe(true);
    expect(streamed).toBeLessThan(1_000_000);
  });

  it('timeout_refused', async () => {
    const started = Date.now();
    expect(await fetchAttachment(`${base}/slow`, { ...local, timeoutMs: 200 })).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('redirects_eachHopChecked', async () => {
    expect(await fetchAttachment(`${base}/to-ok`, local)).toMatchObject({ ok: true, url: `${base}/ok` });
    expect(await fetchAttachment(`${base}/to-elsewhere`, local)).toEqual({ ok: false, reason: 'hostNotAllowed' });
    expect(await fetchAttachment(`${base}/loop`, local)).toEqual({ ok: false, reason: 'tooManyRedirects' });
    expect(await fetchAttachment(`${base}/500`, local)).toEqual({ ok: false, reason: 'httpError', detail: '500' });
  });

  it('config_defaultsToSharePoint_andRefusalsAreDutch', () => {
    const config = loadConfig({});
    expect(config.ATTACHMENT_ALLOWED_HOSTS).toEqual(['*.sharepoint.com']);
    expect([config.ATTACHMENT_MAX_BYTES, config.ATTACHMENT_TIMEOUT_MS]).toEqual([5_000_000, 15_000]);
    expect(loadConfig({ ATTACHMENT_ALLOWED_HOSTS: '*.sharepoint.com, files.example.nl' }).ATTACHMENT_ALLOWED_HOSTS).toEqual([
      '*.sharepoint.com',
      'files.example.nl',
    ]);
    expect(() => loadConfig({ ATTACHMENT_ALLOWED_HOSTS: 'http://x' })).toThrow(/ATTACHMENT_ALLOWED_HOSTS/);
    expect(attachmentTexts.refused('tooLarge', 5_000_000)).toBe('Dit bestand is te groot (meer dan 5 MB); een programma is veel kleiner. Er is niets veranderd.');
  });
});
