import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookToSeed } from '../../src/programme/workbook';
import { signProgrammeDownload } from '../../src/signups/downloadLinks';
import { ANNA, BOB, replyText, startHarness, type Harness } from '../support/botHarness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SLUG = '2026-02-04-zoetermeer';

describe('programma exporteren / nieuwe netwerkdag: the programme as a workbook over a signed link', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ now: '2026-01-20T10:00:00+01:00', env: { ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId! } });
  });
  afterAll(async () => {
    await h.close();
  });

  /** The link in a reply, pointed at the bot under test instead of its public address. */
  const linkIn = (text: string): string => {
    const m = text.match(/\((https:\/\/g40\.example\.nl\/[^)\s]+)\)/);
    if (!m) throw new Error(`no link in: ${text}`);
    return m[1]!.replace('https://g40.example.nl', h.baseUrl);
  };
  const organisers = () => h.bot.services.programme.listOrganisers().map((o) => ({ slug: o.slug, name: o.name, abbreviation: o.abbreviation, aliases: o.aliases }));

  it('programmaExporteren_byAdmin_linkDownloadsAWorkbookThatReadsBackAsTheProgramme', async () => {
    const reply = (await h.say('programma exporteren Zoetermeer', ANNA)).map(replyText).join('\n');
    expect(reply).toContain('Het programma van Bestuurlijke netwerkdag Zoetermeer als Excel-werkboek');
    const url = linkIn(reply);
    expect(url).toContain(`/programma/${SLUG}.xlsx?exp=`);

    const res = await fetch(url);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const read = await workbookToSeed(Buffer.from(await res.arrayBuffer()), { organisers: organisers() });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.seed).toEqual(h.bot.services.programme.eventSeed(SLUG));
  });

  it('programmaExporteren_tamperedOrExpiredLink_isRefusedInDutch', async () => {
    const url = linkIn((await h.say('programma exporteren Zoetermeer', ANNA)).map(replyText).join('\n'));
    const tampered = url.replace(/sig=(.)/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
    const otherEvent = url.replace(SLUG, '2025-03-13-oss');
    const past = signProgrammeDownload(h.bot.services.downloadSecret(), SLUG, DateTime.fromISO('2026-01-01T10:00:00+01:00'), 1);
    const expired = `${h.baseUrl}/programma/${SLUG}.xlsx?exp=${past.expires}&sig=${past.signature}`;

    for (const bad of [tampered, otherEvent, expired, `${h.baseUrl}/programma/${SLUG}.xlsx`]) {
      const res = await fetch(bad);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Deze downloadlink klopt niet of is verlopen');
    }
  });

  it('programmaExporteren_byNonAdmin_orOutsideThePersonalChat_givesNoLink', async () => {
    const byBob = (await h.say('programma exporteren Zoetermeer', BOB)).map(replyText).join('\n');
    expect(byBob).toContain('alleen een beheerder');
    expect(byBob).not.toContain('/programma/');

    const inGroup = (
      await h.say('programma exporteren Zoetermeer', ANNA, { conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: 'x' } })
    )
      .map(replyText)
      .join('\n');
    expect(inGroup).toContain('1-op-1-chat');
    expect(inGroup).not.toContain('/programma/');
  });

  it('nieuweNetwerkdag_byAdmin_linksToTheTemplateWorkbook', async () => {
    const url = linkIn((await h.say('nieuwe netwerkdag', ANNA)).map(replyText).join('\n'));

    const res = await fetch(url);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet('Sessies')?.rowCount).toBeGreaterThanOrEqual(2);
  });
});
