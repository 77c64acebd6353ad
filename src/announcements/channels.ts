/**
 * Where the bot is: the teams it was added to (with their General channel) and
 * which channel each theme group posts into. Linking and unlinking are checked
 * here with the domain's roles, whoever calls.
 */
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';
import type { ProgrammeStore } from '../programme/store';
import type { Organiser } from '../programme/types';
import type { Actor, Roles } from '../roles/roles';
import { getConversationRef, saveConversationRef } from '../outbox/outbox';
import { resolveGroup } from './themeGroups';

export interface TeamInstall {
  teamId: string;
  name: string | null;
  generalChannelId: string;
  tenantId: string | null;
  addedBy: string | null;
}

export interface ChannelPlace {
  channelId: string;
  channelName: string | null;
  teamId: string | null;
  teamName: string | null;
}

export interface ChannelLink extends ChannelPlace {
  group: Organiser;
  linkedBy: string;
  linkedAt: string;
}

export type LinkOutcome =
  | { kind: 'linked'; link: ChannelLink; previous: ChannelPlace | null }
  | { kind: 'unknownGroup'; typed: string }
  | { kind: 'notAllowed'; group: Organiser }
  /** The channel is linked to other groups; only an admin (or their secretary) may add one. */
  | { kind: 'channelTaken'; group: Organiser; others: Organiser[] };

export type UnlinkOutcome = { kind: 'unlinked'; groups: Organiser[] } | { kind: 'notLinked' } | { kind: 'notAllowed'; groups: Organiser[] };

export function channelRefKey(channelId: string): string {
  return `channel:${channelId}`;
}

interface LinkRow {
  organiser_id: number;
  channel_id: string;
  channel_name: string | null;
  team_id: string | null;
  team_name: string | null;
  linked_by: string;
  linked_at: string;
}

export class ChannelDirectory {
  constructor(
    private readonly db: Db,
    private readonly programme: ProgrammeStore,
    private readonly roles: Roles,
    private readonly now: () => string,
  ) {}

  /** The bot was added to a team: remember it and how to reach its General channel. */
  recordTeam(team: TeamInstall, generalChannelRef: string): void {
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO teams (team_id, name, general_channel_id, tenant_id, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(team_id) DO UPDATE SET name = COALESCE(excluded.name, teams.name), general_channel_id = excluded.general_channel_id,
             tenant_id = excluded.tenant_id, removed_at = NULL`,
        )
        .run(team.teamId, team.name, team.generalChannelId, team.tenantId, team.addedBy, this.now());
      saveConversationRef(this.db, channelRefKey(team.generalChannelId), generalChannelRef, this.now());
    });
  }

  recordTeamRemoved(teamId: string): void {
    this.db.prepare('UPDATE teams SET removed_at = ? WHERE team_id = ?').run(this.now(), teamId);
  }

  listTeams(): { teamId: string; name: string | null; generalChannelId: string; removed: boolean }[] {
    return (
      this.db.prepare('SELECT team_id, name, general_channel_id, removed_at FROM teams ORDER BY name').all() as {
        team_id: string;
        name: string | null;
        general_channel_id: string;
        removed_at: string | null;
      }[]
    ).map((r) => ({ teamId: r.team_id, name: r.name, generalChannelId: r.general_channel_id, removed: r.removed_at !== null }));
  }

  teamName(teamId: string): string | null {
    return (this.db.prepare('SELECT name FROM teams WHERE team_id = ?').get(teamId) as { name: string | null } | undefined)?.name ?? null;
  }

  /** `koppel <themagroep>` in a channel: only an admin or that group's secretary. Re-linking moves the group to this channel. */
  link(actor: Actor, typedGroup: string, place: ChannelPlace, reference: string): LinkOutcome {
    const group = resolveGroup(this.programme.listOrganisers(), typedGroup);
    if (!group) return { kind: 'unknownGroup', typed: typedGroup };
    if (!this.roles.canPostFor(actor, group.id)) return { kind: 'notAllowed', group };
    const here = this.groupsIn(place.channelId);
    if (!this.roles.canLinkChannel(actor, group.id, here.map((g) => g.id))) {
      return { kind: 'channelTaken', group, others: here.filter((g) => g.id !== group.id) };
    }
    const teamName = place.teamName ?? (place.teamId ? this.teamName(place.teamId) : null);
    return inTransaction(this.db, () => {
      const before = this.linkOf(group.id);
      this.db
        .prepare(
          `INSERT INTO channel_links (organiser_id, channel_id, channel_name, team_id, team_name, linked_by, linked_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(organiser_id) DO UPDATE SET channel_id = excluded.channel_id, channel_name = excluded.channel_name,
             team_id = excluded.team_id, team_name = excluded.team_name, linked_by = excluded.linked_by, linked_at = excluded.linked_at`,
        )
        .run(group.id, place.channelId, place.channelName, place.teamId, teamName, actor.userId, this.now());
      saveConversationRef(this.db, channelRefKey(place.channelId), reference, this.now());
      const previous = before && before.channelId !== place.channelId ? before : null;
      return { kind: 'linked' as const, link: this.linkOf(group.id)!, previous };
    });
  }

  /** `ontkoppel` in a channel: removes every link to this channel, if the actor may for each group. */
  unlink(actor: Actor, channelId: string): UnlinkOutcome {
    const groups = this.groupsIn(channelId);
    if (groups.length === 0) return { kind: 'notLinked' };
    if (!this.roles.canUnlinkChannel(actor, groups.map((g) => g.id))) {
      return { kind: 'notAllowed', groups: groups.filter((g) => !this.roles.canPostFor(actor, g.id)) };
    }
    inTransaction(this.db, () => {
      for (const g of groups) this.db.prepare('DELETE FROM channel_links WHERE organiser_id = ?').run(g.id);
    });
    return { kind: 'unlinked', groups };
  }

  /** The groups linked to this channel now. */
  groupsIn(channelId: string): Organiser[] {
    return this.links()
      .filter((l) => l.channelId === channelId)
      .map((l) => l.group);
  }

  /** `kanalen`: every link, for admins and secretaries only; null when the actor may not see them. */
  linksFor(actor: Actor): ChannelLink[] | null {
    return this.roles.canListChannels(actor) ? this.links() : null;
  }

  linkOf(organiserId: number): ChannelLink | null {
    const row = this.db.prepare('SELECT * FROM channel_links WHERE organiser_id = ?').get(organiserId) as LinkRow | undefined;
    return row ? this.toLink(row) : null;
  }

  links(): ChannelLink[] {
    return (this.db.prepare('SELECT * FROM channel_links').all() as LinkRow[])
      .map((r) => this.toLink(r))
      .sort((a, b) => a.group.name.localeCompare(b.group.name, 'nl'));
  }

  /** The stored conversation reference of a group's linked channel (opaque to the domain). */
  referenceFor(organiserId: number): { link: ChannelLink; reference: string } | null {
    const link = this.linkOf(organiserId);
    if (!link) return null;
    const reference = getConversationRef(this.db, channelRefKey(link.channelId));
    return reference ? { link, reference } : null;
  }

  private toLink(r: LinkRow): ChannelLink {
    return {
      group: this.programme.getOrganiser(r.organiser_id)!,
      channelId: r.channel_id,
      channelName: r.channel_name,
      teamId: r.team_id,
      teamName: r.team_name,
      linkedBy: r.linked_by,
      linkedAt: r.linked_at,
    };
  }
}
