import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnouncementService, BODY_MAX_BYTES } from '../../src/announcements/announcements';
import { ChannelDirectory } from '../../src/announcements/channels';
import { getConversationRef, getOutboxMessage, listOutbox } from '../../src/outbox/outbox';
import { OutboxSignals } from '../../src/outbox/signals';
import { resolveGroup } from '../../src/announcements/themeGroups';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/database';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

const ADMIN = { userId: 'admin-1' };
const SECRETARY = { userId: 'sec-1' };
const STRANGER = { userId: 'someone' };
const PLACE = { channelId: '19:wm@thread.tacv2', channelName: 'Algemeen', teamId: '19:wm@thread.tacv2', teamName: 'Woningmarkt' };

describe('AnnouncementService', () => {
  let db: Db;
  let store: ProgrammeStore;
  let service: AnnouncementService;
  let woningmarkt: number;
  let zjo: number;

  beforeEach(() => {
    db = dbWith([
      testEvent({
        sessions: [
          { code: 'r1-wonen', round: 'ronde-1', organisers: ['tg-woningmarkt'] },
          { code: 'r2-zjo', round: 'ronde-2', organisers: ['tg-zjo'] },
        ],
      }),
    ]);
    store = new ProgrammeStore(db);
    const now = () => fixedClock(BEFORE)().toUTC().toISO()!;
    const roles = new Roles(db, [ADMIN.userId], now);
    service = new AnnouncementService(db, store, roles, new ChannelDirectory(db, store, roles, now), new OutboxSignals(), fixedClock(BEFORE));
    woningmarkt = store.getOrganiserBySlug('tg-woningmarkt')!.id;
    zjo = store.getOrganiserBySlug('tg-zjo')!.id;
    service.grantSecretary(ADMIN, { userId: SECRETARY.userId, name: 'Sec' }, 'Woningmarkt');
    service.channels.link(SECRETARY, 'TG Woningmarkt', PLACE, '{"ref":1}');
  });
  afterEach(() => db.close());

  it('resolveGroup_namesAbbreviationsAndAliases', () => {
    const all = store.listOrganisers();

    expect(resolveGroup(all, 'ZJO')?.slug).toBe('tg-zjo');
    expect(resolveGroup(all, 'TG Woningmarkt')?.slug).toBe('tg-woningmarkt');
    expect(resolveGroup(all, 'themagroep financien')?.slug).toBe('tg-financien');
    expect(resolveGroup(all, 'Pijler Sociaal')?.slug).toBe('pijler-sociaal');
    expect(resolveGroup(all, 'Haarlem')).toBeNull();
    expect(resolveGroup(all, 'xyz')).toBeNull();
  });

  it('draft_bySecretaryForOwnGroup_isStoredWithWhereItGoes', () => {
    const out = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: ' Nog 5 plaatsen ', body: 'Meld je aan.' });

    expect(out).toMatchObject({ kind: 'draft', announcement: { title: 'Nog 5 plaatsen', status: 'draft' }, where: { teamName: 'Woningmarkt', channelName: 'Algemeen' } });
  });

  it('draft_refusals_eachDistinctAndNothingStored', () => {
    const base = { themeGroupId: woningmarkt, title: 'T', body: 'B' };

    const outcomes = [
      service.draft(STRANGER, base),
      service.draft(SECRETARY, { ...base, themeGroupId: zjo }),
      service.draft(SECRETARY, { ...base, themeGroupId: 99_999 }),
      service.draft(ADMIN, { ...base, themeGroupId: zjo }),
      service.draft(SECRETARY, { ...base, title: '  ' }),
      service.draft(SECRETARY, { ...base, body: '' }),
      service.draft(SECRETARY, { ...base, body: 'é'.repeat(BODY_MAX_BYTES / 2 + 1) }),
      service.draft(SECRETARY, { ...base, sessionId: 99_999 }),
      service.draft(SECRETARY, { ...base, postDate: '2026-03-03', postTime: '' }),
      service.draft(SECRETARY, { ...base, postDate: '2026-03-03', postTime: '09:00' }),
    ].map((o) => o.kind);

    expect(outcomes).toEqual(['notAllowed', 'notAllowed', 'unknownGroup', 'notLinked', 'emptyTitle', 'emptyBody', 'bodyTooLong', 'unknownSession', 'badPostAt', 'postAtInPast']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM announcements').get()).toEqual({ n: 0 });
  });

  it('post_scheduled_entersOutboxNotBeforeThatTime_andCanBeCancelled', () => {
    const d = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: 'Later', body: 'Straks', postDate: '2026-03-10', postTime: '08:00' });
    if (d.kind !== 'draft') throw new Error(d.kind);

    const posted = service.post(SECRETARY, d.announcement.id);
    if (posted.kind !== 'queued') throw new Error(posted.kind);
    const row = getOutboxMessage(db, posted.outboxId)!;
    const cancelled = service.cancel(SECRETARY, d.announcement.id);

    expect([row.targetKey, row.notBefore, row.dedupeKey]).toEqual([`themegroup:${woningmarkt}`, '2026-03-10T07:00:00.000Z', `announcement:${d.announcement.id}`]);
    expect(cancelled.kind).toBe('cancelled');
    expect(getOutboxMessage(db, posted.outboxId)!.status).toBe('cancelled');
  });

  it('post_twiceOrByAnother_neverEnqueuesTwice', () => {
    const d = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: 'Eén keer', body: 'Tekst' });
    if (d.kind !== 'draft') throw new Error(d.kind);

    const kinds = [service.post(STRANGER, d.announcement.id), service.post(SECRETARY, d.announcement.id), service.post(SECRETARY, d.announcement.id)].map((o) => o.kind);

    expect(kinds).toEqual(['notAllowed', 'queued', 'alreadyPosted']);
    expect(listOutbox(db, { kind: 'announcement' })).toHaveLength(1);
  });

  it('post_afterSecretaryRevoked_isRefused', () => {
    const d = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: 'T', body: 'B' });
    if (d.kind !== 'draft') throw new Error(d.kind);

    const revoked = service.revokeSecretary(ADMIN, SECRETARY.userId, 'woningmarkt');

    expect(revoked.kind).toBe('revoked');
    expect(service.post(SECRETARY, d.announcement.id).kind).toBe('notAllowed');
  });

  it('grantSecretary_byNonAdmin_isRefused', () => {
    expect(service.grantSecretary(SECRETARY, { userId: 'x', name: null }, 'ZJO')).toEqual({ kind: 'notAllowed' });
    expect(service.grantSecretary(ADMIN, { userId: 'x', name: null }, 'Onbekend')).toEqual({ kind: 'unknownGroup', typed: 'Onbekend' });
  });

  it('link_overAnotherGroupsChannel_needsAnAdmin', () => {
    const zjoSecretary = { userId: 'sec-zjo' };
    service.grantSecretary(ADMIN, { userId: zjoSecretary.userId, name: 'Z' }, 'ZJO');

    const taken = service.channels.link(zjoSecretary, 'ZJO', PLACE, '{}');
    const byAdmin = service.channels.link(ADMIN, 'ZJO', PLACE, '{}');

    expect(taken).toMatchObject({ kind: 'channelTaken', group: { id: zjo }, others: [{ id: woningmarkt }] });
    expect(byAdmin.kind).toBe('linked');
    expect(service.channels.groupsIn(PLACE.channelId).map((g) => g.id).sort()).toEqual([woningmarkt, zjo].sort());
  });

  it('linksFor_onlyAdminsAndSecretaries', () => {
    expect(service.channels.linksFor(STRANGER)).toBeNull();
    expect(service.channels.linksFor(SECRETARY)).toHaveLength(1);
    expect(service.channels.linksFor(ADMIN)).toHaveLength(1);
  });

  it('draft_withASessionOfAnotherGroup_isRefused', () => {
    const own = store.sessionsOfOrganiser(woningmarkt)[0]!;
    const zjos = store.sessionsOfOrganiser(zjo)[0]!;

    const refused = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: 'T', body: 'B', sessionId: zjos.id });
    const accepted = service.draft(SECRETARY, { themeGroupId: woningmarkt, title: 'T', body: 'B', sessionId: own.id });

    expect(refused.kind).toBe('unknownSession');
    expect(accepted.kind).toBe('draft');
  });

  it('link_again_movesGroupAndUnlinkNeedsPermission', () => {
    const moved = service.channels.link(ADMIN, 'woningmarkt', { ...PLACE, channelId: '19:other', channelName: 'Aankondigingen' }, '{}');

    const refused = service.channels.unlink(STRANGER, '19:other');
    const unlinked = service.channels.unlink(SECRETARY, '19:other');

    expect(moved).toMatchObject({ kind: 'linked', previous: { channelId: PLACE.channelId } });
    expect(refused.kind).toBe('notAllowed');
    expect(unlinked.kind).toBe('unlinked');
    expect(service.channels.links()).toEqual([]);
  });

  it('rememberPersonalChat_writesOnlyWhenTheReferenceChanged', () => {
    const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();

    service.rememberPersonalChat('u1', '{"conversation":{"id":"a:1"}}');
    service.rememberPersonalChat('u1', '{"conversation":{"id":"a:1"}}');
    service.rememberPersonalChat('u1', '{"conversation":{"id":"a:2"}}');

    expect(changes() - before).toBe(2);
    expect(getConversationRef(db, 'user:u1')).toBe('{"conversation":{"id":"a:2"}}');
  });
});
