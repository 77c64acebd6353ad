import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

/** Who may do what: every canX rule, decided here and nowhere else. */
describe('Roles', () => {
  let db: Db;
  let roles: Roles;
  let a: number;
  let b: number;
  const admin = { userId: 'admin' };
  const secA = { userId: 'sec-a' };
  const secAB = { userId: 'sec-ab' };
  const nobody = { userId: 'nobody' };

  beforeEach(() => {
    db = dbWith([testEvent({ sessions: [{ code: 's1', round: 'ronde-1', organisers: ['tg-zjo', 'tg-wwz'] }] })]);
    const store = new ProgrammeStore(db);
    const ids = (code: string) => store.listOrganisers().find((o) => o.slug === code)!.id;
    a = ids('tg-zjo');
    b = ids('tg-wwz');
    roles = new Roles(db, [admin.userId], () => BEFORE);
    roles.grantSecretary(admin, secA.userId, 'Sec A', a);
    roles.grantSecretary(admin, secAB.userId, 'Sec AB', a);
    roles.grantSecretary(admin, secAB.userId, 'Sec AB', b);
  });
  afterEach(() => db.close());

  it('canPostFor_adminOrThatGroupsSecretary', () => {
    expect(roles.canPostFor(admin, b)).toBe(true);
    expect(roles.canPostFor(secA, a)).toBe(true);
    expect(roles.canPostFor(secA, b)).toBe(false);
    expect(roles.canPostFor(nobody, a)).toBe(false);
  });

  it('canLinkChannel_takingAnotherGroupsChannel_needsAdminOrTheirSecretaryToo', () => {
    expect(roles.canLinkChannel(secA, a, [])).toBe(true);
    expect(roles.canLinkChannel(secA, a, [a])).toBe(true);
    expect(roles.canLinkChannel(secA, a, [b])).toBe(false);
    expect(roles.canLinkChannel(secAB, a, [b])).toBe(true);
    expect(roles.canLinkChannel(admin, a, [b])).toBe(true);
    expect(roles.canLinkChannel(nobody, a, [])).toBe(false);
  });

  it('canUnlinkChannel_onlyForEveryGroupLinkedThere', () => {
    expect(roles.canUnlinkChannel(secA, [a])).toBe(true);
    expect(roles.canUnlinkChannel(secA, [a, b])).toBe(false);
    expect(roles.canUnlinkChannel(secAB, [a, b])).toBe(true);
  });

  it('canListChannels_adminsAndSecretariesOnly', () => {
    expect(roles.canListChannels(admin)).toBe(true);
    expect(roles.canListChannels(secA)).toBe(true);
    expect(roles.canListChannels(nobody)).toBe(false);
  });

  it('canSeeParticipants_adminOrSecretaryOfAnOrganiser', () => {
    expect(roles.canSeeParticipants(secA, [b, a])).toBe(true);
    expect(roles.canSeeParticipants(secA, [b])).toBe(false);
    expect(roles.canSeeParticipants(admin, [])).toBe(true);
    expect(roles.canSeeParticipants(nobody, [a])).toBe(false);
  });

  it('canGrantRoles_adminsOnly_andGrantingObeysIt', () => {
    expect(roles.canGrantRoles(admin)).toBe(true);
    expect(roles.canGrantRoles(secAB)).toBe(false);
    expect(roles.grantSecretary(secAB, nobody.userId, null, a)).toBe(false);
    expect(roles.revokeSecretary(secAB, secA.userId, a)).toBe(false);
    expect(roles.isSecretaryOf(nobody, a)).toBe(false);
    expect(roles.isSecretaryOf(secA, a)).toBe(true);
  });

  it('canManageAnnouncement_authorOrAdmin_whileTheyMayPostForTheGroup', () => {
    const draft = { authorId: secA.userId, groupId: a };
    expect(roles.canManageAnnouncement(secA, draft)).toBe(true);
    expect(roles.canManageAnnouncement(admin, draft)).toBe(true);
    // Another secretary of the same group may not touch someone else's announcement.
    expect(roles.canManageAnnouncement(secAB, draft)).toBe(false);
    roles.revokeSecretary(admin, secA.userId, a);
    expect(roles.canManageAnnouncement(secA, draft)).toBe(false);
  });
});
