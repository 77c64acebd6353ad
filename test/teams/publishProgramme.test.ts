/**
 * Issue 14's journey over the Bot Framework protocol: export the programme, change a session's
 * room and capacity in the workbook, send it back as a Teams file attachment, see the preview,
 * press Publiceren; plus the refusals on the way (untrusted URL, broken workbook, other groups'
 * rows) and Publiceren pressed twice.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, BOB, replyText, startHarness, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const CAROL: TestUser = { id: '29:carol', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carol Bakker' };
const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Smit' };
const SLUG = 'test-zoetermeer';
const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';

describe('publishing a programme sent as a file in Teams', () => {
  let h: Harness;
  let seeds: string;
  let files: Server;
  let filesUrl = '';
  const served = new Map<string, Buffer>();
  let requests = 0;
  const aad = (u: TestUser) => u.aadObjectId!;
  const sid = (code: string) => {
    const store = h.bot.services.programme;
    return store.getSessionByCode(store.getEventBySlug(SLUG)!.id, code)!.id;
  };
  const texts = (replies: any[]) => replies.map(replyText).join('\n');

  beforeAll(async () => {
    seeds = seedDirWith(
      [
        testEvent({
          slug: SLUG,
          city: 'Zoetermeer',
          sessions: [
            { code: 'r1-netneutraal', title: 'Netneutraal bouwen', round: 'ronde-1', capacity: 1, room: 'Zaal 1', organisers: ['tg-duurzaamheid'] },
            { code: 'r1-wonen', title: 'Wonen en zorg in de wijk', round: 'ronde-1', capacity: null, organisers: ['tg-woningmarkt'] },
          ],
        }),
      ],
      { withRealEvents: false },
    );
    h = await startHarness({
      now: BEFORE,
      seedsDir: seeds,
      env: { ADMIN_AAD_OBJECT_IDS: aad(DAAN), OUTBOX_RETRY_BASE_MS: '20', OUTBOX_RETRY_MAX_MS: '100', OUTBOX_POLL_MS: '20' },
    });
    // Stands in for the sender's OneDrive: loopback, which only local mode (this harness) may fetch from.
    files = createServer((req, res) => {
      requests++;
      const body = served.get(req.url ?? '');
      res.statusCode = body ? 200 : 404;
      res.setHeader('content-type', 'application/octet-stream');
      res.end(body ?? '');
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h.close();
    await new Promise<void>((resolve) => files.close(() => resolve()));
    rmSync(seeds, { recursive: true, force: true });
  });

  async function download(user: TestUser): Promise<Buffer> {
    const reply = texts(await h.say('programma exporteren Zoetermeer', user));
    const url = reply.match(/\((https:\/\/g40\.example\.nl\/[^)\s]+)\)/)![1]!.replace('https://g40.example.nl', h.baseUrl);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function edit(workbook: Buffer, code: string, values: Record<string, string | number>): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Sessies')!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(headers.indexOf('Code')).text !== code) return;
      for (const [column, value] of Object.entries(values)) row.getCell(headers.indexOf(column)).value = value;
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** Sends a file the way Teams delivers one in a 1:1 chat; returns the bot's replies. */
  async function send(user: TestUser, name: string, body: Buffer | null, url?: string): Promise<any[]> {
    const path = `/${Math.random().toString(36).slice(2)}/${name}`;
    if (body) served.set(path, body);
    const fileType = name.split('.').pop();
    return h.say('', user, {
      attachments: [{ contentType: FILE_INFO, name, content: { downloadUrl: url ?? `${filesUrl}${path}`, uniqueId: path, fileType } }],
    });
  }

  const previewId = (replies: any[]): string => texts(replies).match(/publiceer ([a-z0-9]{10})/)![1]!;

  beforeEach(async () => {
    await h.connector.waitFor(() => (h.bot.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'sending'").pluck().get() as number) === 0, 5_000);
    h.bot.db.exec("DELETE FROM secretaries; DELETE FROM bot_state WHERE key LIKE '%/conversations/%';");
  });

  it('journey_exportChangeRoomAndCapacity_sendAsFile_previewThenPubliceren_noticesAndPromotion', async () => {
    const s = h.bot.services.signups;
    await h.say('hulp', ANNA); // Anna's 1:1 chat is known, so a change notice can reach her.
    expect(s.signUp({ userId: aad(ANNA), name: ANNA.name }, sid('r1-netneutraal')).kind).toBe('confirmed');
    expect(s.signUp({ userId: aad(BOB), name: BOB.name }, sid('r1-netneutraal'), { onFull: 'wait' }).kind).toBe('waiting');
    expect(s.signUp({ userId: aad(CAROL), name: CAROL.name }, sid('r1-netneutraal'), { onFull: 'wait' }).kind).toBe('waiting');

    const changed = await edit(await download(DAAN), 'r1-netneutraal', { Zaal: 'Oranjezaal', Capaciteit: 2 });
    const replies = await send(DAAN, 'programma.xlsx', changed);

    const preview = texts(replies);
    expect(preview).toContain('Voorbeeld: Netwerkdag Zoetermeer');
    expect(preview).toContain('Netneutraal bouwen (r1-netneutraal)');
    expect(preview).toContain('Zaal: Zaal 1 → Oranjezaal');
    expect(preview).toContain('Capaciteit: 1 → 2');
    expect(preview).toContain('1 aangemeld, 2 op de wachtlijst');
    expect(preview).not.toContain('Wonen en zorg');
    expect(preview).toContain('[Publiceren]');
    // Nothing changed before Publiceren.
    expect(h.bot.services.programme.getSession(sid('r1-netneutraal'))!.room).toBe('Zaal 1');

    const res = await h.invoke('programme.publish', { id: previewId(replies) }, DAAN);

    expect(res.status).toBe(200);
    expect(replyText({ attachments: [{ content: res.body.value }] })).toContain('is gepubliceerd');
    const card = await h.invoke('signup.refresh', { sessionId: sid('r1-netneutraal'), eventId: h.bot.services.programme.getEventBySlug(SLUG)!.id }, ANNA);
    expect(replyText({ attachments: [{ content: card.body.value }] })).toContain('Oranjezaal');
    // The first in line got the new seat; the second still waits.
    const status = (u: TestUser) => h.bot.db.prepare('SELECT status FROM signups WHERE session_id = ? AND user_id = ?').pluck().get(sid('r1-netneutraal'), aad(u));
    expect([status(ANNA), status(BOB), status(CAROL)]).toEqual(['confirmed', 'confirmed', 'waiting']);
    await h.connector.waitFor(() => h.connector.messages(`a:personal-${ANNA.id}`).some((m) => replyText(m.body).includes('Oranjezaal') && replyText(m.body).includes('Gewijzigd')), 10_000);

    // Pressed twice: published once, and said so.
    const version = h.bot.services.programme.getSession(sid('r1-netneutraal'))!.version;
    const again = await h.invoke('programme.publish', { id: previewId(replies) }, DAAN);
    expect(replyText({ attachments: [{ content: again.body.value }] })).toContain('al gepubliceerd');
    expect(h.bot.services.programme.getSession(sid('r1-netneutraal'))!.version).toBe(version);
    expect(h.bot.db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'session_changed' AND target_key = ?").pluck().get(`user:${aad(ANNA)}`)).toBe(1);
  });

  it('file_fromSomeoneWhoIsNoOrganiser_orOutsideThe1on1Chat_isRefused_withoutFetching', async () => {
    const fetched = requests;
    expect(texts(await send(BOB, 'programma.xlsx', null, `${filesUrl}/niet-opgehaald.xlsx`))).toContain('alleen een beheerder, of een secretaris');

    const inGroup = await h.say('', DAAN, {
      conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: 'x' },
      attachments: [{ contentType: FILE_INFO, name: 'p.xlsx', content: { downloadUrl: `${filesUrl}/niet-opgehaald.xlsx`, fileType: 'xlsx' } }],
    });
    expect(texts(inGroup)).toContain('in je 1-op-1-chat');
    expect(requests).toBe(fetched);
  });

  it('file_fromAnUntrustedHost_isRefusedInDutch_andNothingIsKept', async () => {
    const before = h.bot.db.prepare('SELECT COUNT(*) FROM pending_publications').pluck().get();

    const out = texts(await send(DAAN, 'programma.xlsx', null, 'https://evil.example.com/programma.xlsx'));

    expect(out).toContain('Dit bestand haal ik niet op');
    expect(h.bot.db.prepare('SELECT COUNT(*) FROM pending_publications').pluck().get()).toBe(before);
  });

  it('brokenWorkbook_getsThePreciseDutchError_andNoPreview', async () => {
    const broken = await edit(await download(DAAN), 'r1-wonen', { Begin: '25:00' });

    const out = texts(await send(DAAN, 'programma.xlsx', broken));

    expect(out).toContain('Het werkboek heeft fouten');
    expect(out).toMatch(/Sessies, rij \d+, Begin: '25:00' is geen tijd/);
    expect(out).not.toContain('[Publiceren]');
  });

  it('secretary_changingAnotherGroupsSession_isRefusedWithTheRowNamed', async () => {
    const group = h.bot.services.programme.getOrganiserBySlug('tg-duurzaamheid')!.id;
    h.bot.services.roles.grantSecretary({ userId: aad(DAAN) }, aad(CAROL), CAROL.name, group);
    const workbook = await edit(await download(DAAN), 'r1-wonen', { Zaal: 'Kelder' });

    const out = texts(await send(CAROL, 'programma.xlsx', workbook));

    expect(out).toContain('Niet van jouw groep: "Wonen en zorg in de wijk" (r1-wonen)');
    expect(h.bot.services.programme.getSession(sid('r1-wonen'))!.room).not.toBe('Kelder');
  });

  it('annuleren_thenPubliceren_publishesNothing', async () => {
    const workbook = await edit(await download(DAAN), 'r1-wonen', { Zaal: 'Zolder' });
    const id = previewId(await send(DAAN, 'programma.xlsx', workbook));

    expect(texts(await h.say(`annuleer publicatie ${id}`, DAAN))).toContain('Niet gepubliceerd');
    expect(texts(await h.say(`publiceer ${id}`, DAAN))).toContain('geannuleerd');
    expect(h.bot.services.programme.getSession(sid('r1-wonen'))!.room).not.toBe('Zolder');
  });
});
