/**
 * Preview and publish (issue 14): a preview reads only; publishing is one transaction through the
 * import, with change notices and waiting-list promotion; twice publishes once; a stale preview and
 * a secretary outside their group are refused.
 */
import { Answerer } from '../../src/answers';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { previewPublish, publish } from '../../src/programme/publish';
import { loadSeedSet } from '../../src/programme/seedFiles';
import type { EventSeed } from '../../src/programme/seedSchema';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { SignupService } from '../../src/signups/service';

const NOW = '2026-01-20T10:00:00+01:00';
const clock = fixedClock(NOW);
const ADMIN = { userId: 'admin' };
const SECRETARY = { userId: 'secretaris-veiligheid' };
const WALK = 'wandeling-stadswandeling-zoetermeer';

function setup(): { db: Db; store: ProgrammeStore; roles: Roles; seed: EventSeed } {
  const db = openDatabase(':memory:');
  importSeedSet(db, loadSeedSet('seeds'), clock);
  const store = new ProgrammeStore(db);
  const roles = new Roles(db, [ADMIN.userId], () => NOW);
  roles.grantSecretary(ADMIN, SECRETARY.userId, 'Sec', store.getOrganiserBySlug('tg-veiligheid')!.id);
  return { db, store, roles, seed: store.eventSeed('2026-02-04-zoetermeer')! };
}

/** The seed with one session changed. */
function withSession(seed: EventSeed, code: string, change: Partial<EventSeed['sessions'][number]>): EventSeed {
  const copy = structuredClone(seed);
  Object.assign(copy.sessions.find((s) => s.code === code)!, change);
  return copy;
}

function snapshot(db: Db): string {
  return JSON.stringify(
    ['events', 'sessions', 'session_changes', 'signups', 'outbox'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()),
  );
}

function publishAs(db: Db, roles: Roles, seed: EventSeed, actor = ADMIN) {
  return publish(db, seed, clock, { actor, roles, token: previewPublish(db, seed).token });
}

describe('preview and publish', () => {
  it('unchangedExport_previewSaysUnchanged_publishIsANoOp', () => {
    const { db, roles, seed } = setup();
    const before = snapshot(db);
    const preview = previewPublish(db, seed);

    expect(preview).toMatchObject({ unchanged: true, added: [], changed: [], removed: [], eventChanges: [] });
    expect(publish(db, seed, clock, { actor: ADMIN, roles, token: preview.token })).toEqual({ kind: 'alreadyPublished' });
    expect(snapshot(db)).toBe(before);
  });

  it('roomAndCapacity_previewNamesBothAndWhoIsAffected_readsOnly_publishNotifiesPromotesInOrder_secondPressPublishesOnce', () => {
    const { db, store, roles, seed } = setup();
    // The office first sets a capacity of 2; four people sign up, two end up waiting.
    expect(publishAs(db, roles, withSession(seed, WALK, { capacity: 2 })).kind).toBe('published');
    const event = store.getEventBySlug(seed.slug)!;
    const walk = store.getSessionByCode(event.id, WALK)!;
    const signups = new SignupService(db, store, roles, clock);
    for (const u of ['u1', 'u2', 'w1', 'w2']) signups.signUp({ userId: u, name: u }, walk.id, { onFull: 'wait' });

    const next = withSession(store.eventSeed(seed.slug)!, WALK, { room: 'Foyer', capacity: 3 });
    const before = snapshot(db);
    const preview = previewPublish(db, next);
    expect(snapshot(db)).toBe(before);
    expect(preview.changed).toEqual([
      {
        code: WALK,
        title: walk.title,
        changes: [
          { field: 'Zaal', before: '', after: 'Foyer' },
          { field: 'Capaciteit', before: '2', after: '3' },
        ],
        confirmed: 2,
        waiting: 2,
      },
    ]);

    const first = publish(db, next, clock, { actor: ADMIN, roles, token: preview.token });
    const outboxAfterFirst = snapshot(db);
    const second = publish(db, next, clock, { actor: ADMIN, roles, token: preview.token });

    expect(first).toMatchObject({ kind: 'published', report: { promoted: [{ sessionId: walk.id, userIds: ['w1'] }] } });
    expect(second).toEqual({ kind: 'alreadyPublished' });
    expect(snapshot(db)).toBe(outboxAfterFirst);
    expect(store.getSession(walk.id)).toMatchObject({ room: 'Foyer', capacity: 3, version: walk.version + 1 });
    const outbox = db.prepare(`SELECT kind, target_key FROM outbox ORDER BY id`).all() as { kind: string; target_key: string }[];
    // w1 holds a seat by the time the notices go out, so hears of the new room too.
    expect(outbox.filter((o) => o.kind === 'session_changed').map((o) => o.target_key)).toEqual(['user:u1', 'user:u2', 'user:w1']);
    expect(outbox.filter((o) => o.kind === 'waitlist_promoted').map((o) => o.target_key)).toEqual(['user:w1']);
    expect(signups.participantList(store.getSession(walk.id)!).waiting.map((p) => p.userId)).toEqual(['w2']);
  });

  it('publishedChange_changesTheContentSignature_previewDoesNot', () => {
    const { db, store, roles, seed } = setup();
    const before = store.contentSignature();
    const next = withSession(seed, WALK, { capacity: 7 });

    previewPublish(db, next);
    expect(store.contentSignature()).toBe(before);
    expect(publishAs(db, roles, next).kind).toBe('published');

    expect(store.contentSignature()).not.toBe(before);
  });

  it('stalePreview_refused_nothingChanges', () => {
    const { db, roles, seed } = setup();
    const a = withSession(seed, WALK, { room: 'Foyer' });
    const b = withSession(seed, WALK, { room: 'Kelder' });
    const previewA = previewPublish(db, a);
    expect(publishAs(db, roles, b).kind).toBe('published');
    const before = snapshot(db);

    expect(publish(db, a, clock, { actor: ADMIN, roles, token: previewA.token })).toEqual({ kind: 'stale' });
    expect(publish(db, a, clock, { actor: ADMIN, roles, token: 'x:y' })).toEqual({ kind: 'stale' });
    expect(snapshot(db)).toBe(before);
  });

  it('secretary_onlyTheirGroupsSessions_othersNamed_netwerkdagItselfAdminOnly', () => {
    const { db, roles, seed } = setup();
    const own = withSession(seed, 'r2-themagroep-veiligheid', { room: 'Zaal 3' });
    const both = withSession(own, 'r2-houdbaarheid-wmo', { room: 'Zaal 4' });
    const title = { ...structuredClone(seed), title: 'Andere titel' };
    const before = snapshot(db);

    expect(publishAs(db, roles, both, SECRETARY)).toEqual({
      kind: 'forbidden',
      netwerkdag: false,
      sessions: [{ code: 'r2-houdbaarheid-wmo', title: seed.sessions.find((s) => s.code === 'r2-houdbaarheid-wmo')!.title }],
    });
    expect(publishAs(db, roles, title, SECRETARY)).toMatchObject({ kind: 'forbidden', netwerkdag: true });
    expect(publishAs(db, roles, own, { userId: 'someone' })).toMatchObject({ kind: 'forbidden', sessions: [{ code: 'r2-themagroep-veiligheid' }] });
    // Taking another group's session over by naming one's own group is touching another group's session.
    expect(publishAs(db, roles, withSession(seed, 'r2-houdbaarheid-wmo', { organisers: ['tg-veiligheid'] }), SECRETARY)).toMatchObject({
      kind: 'forbidden',
      sessions: [{ code: 'r2-houdbaarheid-wmo' }],
    });
    expect(snapshot(db)).toBe(before);
    expect(publishAs(db, roles, own, SECRETARY).kind).toBe('published');
  });

  it('restartWithTheSameSeedFiles_keepsThePublishedProgramme', () => {
    const { db, store, roles, seed } = setup();
    publishAs(db, roles, withSession(seed, WALK, { room: 'Foyer' }));
    const report = importSeedSet(db, loadSeedSet('seeds'), clock);

    expect(report.events.find((e) => e.slug === seed.slug)!.result).toBe('ongewijzigd');
    expect(store.getSessionByCode(store.getEventBySlug(seed.slug)!.id, WALK)!.room).toBe('Foyer');
  });

  it('invalidSeed_unknownOrganiser_refusedWithReason', () => {
    const { db, roles, seed } = setup();
    const bad = withSession(seed, WALK, { organisers: ['tg-bestaat-niet'] });
    expect(publishAs(db, roles, bad)).toEqual({
      kind: 'invalid',
      message: `sessions[${WALK}].organisers: organisator tg-bestaat-niet staat niet in organisers.yaml`,
    });
  });
});

describe('a new netwerkdag from the template', () => {
  it('filledTemplate_published_answerableAndOpenOnlyWithinItsWindow', async () => {
    const { emptyWorkbook, workbookToSeed } = await import('../../src/programme/workbook');
    const { db, store, roles } = setup();
    const organisers = loadSeedSet('seeds').organisers;
    const read = await workbookToSeed(await emptyWorkbook({ organisers }), { organisers });
    if (!read.ok) throw new Error(read.errors.map((e) => e.text).join('\n'));
    const preview = previewPublish(db, read.seed);
    expect(preview).toMatchObject({ isNew: true, added: [{ code: 'voorbeeld-woningmarkt' }] });
    expect(publishAs(db, roles, read.seed, SECRETARY)).toMatchObject({ kind: 'forbidden', netwerkdag: true });

    expect(publish(db, read.seed, clock, { actor: ADMIN, roles, token: preview.token }).kind).toBe('published');
    const event = store.getEventBySlug('2027-02-03-voorbeeldstad')!;
    const session = store.getSessionByCode(event.id, 'voorbeeld-woningmarkt')!;
    const signUpAt = (iso: string) => new SignupService(db, store, roles, fixedClock(iso)).signUp({ userId: 'p', name: 'P' }, session.id);

    const answers = new Answerer(store, clock);
    const found = answers.findSessions('voorbeeld woningmarkt', { eventId: event.id });
    expect(found.kind === 'found' && found.sessions.map((s) => s.id)).toContain(session.id);
    expect(signUpAt('2027-01-05T12:00:00+01:00')).toMatchObject({ kind: 'refused', reason: 'notYetOpen' });
    expect(signUpAt('2027-01-29T12:00:00+01:00')).toMatchObject({ kind: 'refused', reason: 'registrationClosed' });
    expect(signUpAt('2027-01-10T12:00:00+01:00')).toMatchObject({ kind: 'confirmed' });
  });
});

describe('a seed sent as YAML', () => {
  it('parseEventSeedYaml_validSeed_orTheFieldInDutch', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseEventSeedYaml } = await import('../../src/programme/seedFiles');
    const slugs = new Set(loadSeedSet('seeds').organisers.map((o) => o.slug));
    const text = readFileSync('seeds/2026-02-04-zoetermeer.yaml', 'utf8');

    const ok = parseEventSeedYaml(text, slugs);
    const bad = parseEventSeedYaml(text.replace('start: "09:45"', 'start: "25:00"'), slugs);
    expect(ok.ok && ok.seed).toStrictEqual(loadSeedSet('seeds').events.find((e) => e.seed.city === 'Zoetermeer')!.seed);
    expect(bad.ok ? '' : bad.error.message).toBe('bijlage.yaml: sessions[inloop].start: tijd moet HH:MM zijn (bijv. 09:30)');
  });
});
