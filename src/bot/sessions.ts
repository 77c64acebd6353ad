/** Sessions as cards show them, and whose state a card may show where. */
import type { SessionDetails } from '../programme/types';
import type { CoreDeps } from './core';
import type { Request, SessionView, Who } from './types';

/** A session with what its card offers next: the reader's sign-up state and the calendar links. */
export function sessionView(details: SessionDetails, readerId: string | null, deps: CoreDeps): SessionView {
  return { details, signup: deps.services.signups.stateOf(details, readerId), calendar: deps.services.calendar.sessionLinks(details) };
}

export function isPersonal(req: Request): boolean {
  return req.where.kind === 'personal';
}

/**
 * Whose sign-up state a card sent here may show: the asker's in their 1:1
 * chat, nobody's in a group chat or channel, where everyone reads the card.
 */
export function cardReader(req: Request): Who | null {
  return isPersonal(req) ? req.who : null;
}

function baseUrl(deps: CoreDeps): string {
  return deps.config.PUBLIC_BASE_URL.replace(/\/+$/, '');
}

export function calendarUrl(deps: CoreDeps, sessionId: number): string {
  return `${baseUrl(deps)}/agenda/sessie/${sessionId}.ics`;
}

export function participantsCsvUrl(deps: CoreDeps, link: { sessionId: number; expires: number; signature: string }): string {
  return `${baseUrl(deps)}/aanmeldingen/sessie/${link.sessionId}.csv?exp=${link.expires}&sig=${link.signature}`;
}

export function programmeWorkbookUrl(deps: CoreDeps, link: { slug: string; expires: number; signature: string }): string {
  return `${baseUrl(deps)}/programma/${link.slug}.xlsx?exp=${link.expires}&sig=${link.signature}`;
}

export function programmeTemplateUrl(deps: CoreDeps): string {
  return `${baseUrl(deps)}/programma-sjabloon.xlsx`;
}
