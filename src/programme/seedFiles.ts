/**
 * Reads and validates the seed directory. Nothing is imported unless every file
 * is valid, so a typo in one netwerkdag never leaves the store half-updated.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodError } from 'zod';
import { dutchErrorMap } from '../zodDutch';
import { eventSeed, organisersFile, type EventSeed, type OrganiserSeed } from './seedSchema';

export const ORGANISERS_FILE = 'organisers.yaml';

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field || '(bestand)'}: ${reason}`);
    this.name = 'SeedError';
  }
}

export interface EventSeedFile {
  file: string;
  /** sha256 of the file's bytes: lets the import skip unchanged files cheaply. */
  hash: string;
  seed: EventSeed;
  /**
   * 'file' (default): read from the seeds directory; 'published': published by an organiser
   * (a workbook from Teams). Only a file's hash is remembered as the file's, so a restart with
   * the same file does not undo a later publication.
   */
  origin?: 'file' | 'published';
}

export interface SeedSet {
  organisers: OrganiserSeed[];
  events: EventSeedFile[];
}

function fieldPath(path: (string | number)[], doc: unknown): string {
  // Name list items by their code where they have one: "sessions[opening].start" reads better than "sessions.3.start".
  const parts: string[] = [];
  let node: unknown = doc;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const label =
        item && typeof item === 'object' && ('code' in item || 'slug' in item)
          ? String((item as Record<string, unknown>).code ?? (item as Record<string, unknown>).slug)
          : String(key);
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}[${label}]`;
    } else {
      parts.push(key);
    }
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return parts.join('.');
}

function fromZod(file: string, error: ZodError, doc: unknown): SeedError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const at = fieldPath(issue.path, doc);
    return new SeedError(file, at ? `${at}.${issue.keys[0]}` : issue.keys[0]!, 'onbekend veld (tikfout?)');
  }
  return new SeedError(file, fieldPath(issue.path, doc), issue.message);
}

function readYaml(dir: string, file: string): { doc: unknown; hash: string } {
  const bytes = readFileSync(join(dir, file));
  try {
    return { doc: parseYaml(bytes.toString('utf8')), hash: createHash('sha256').update(bytes).digest('hex') };
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      throw new SeedError(file, line ? `regel ${line}` : '', `geen geldige YAML: ${err.message.split('\n')[0]}`);
    }
    throw err;
  }
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** The rules across fields the schema cannot express; throws the first problem as a SeedError. */
export function checkEvent(file: string, seed: EventSeed, organiserSlugs: Set<string>): void {
  const dates = new Set(seed.days.map((d) => d.date));
  if (dates.size !== seed.days.length) throw new SeedError(file, 'days', 'een datum staat er dubbel in');
  const multiDay = seed.days.length > 1;
  const checkDay = (field: string, day: string | undefined) => {
    if (day === undefined) {
      if (multiDay) throw new SeedError(file, field, 'verplicht bij een netwerkdag van meer dagen');
    } else if (!dates.has(day)) {
      throw new SeedError(file, field, `datum ${day} staat niet onder days`);
    }
  };
  const checkSpan = (field: string, start: string | null, end: string | null) => {
    if (start && end && minutes(end) <= minutes(start)) {
      throw new SeedError(file, field, `eindtijd ${end} ligt niet na begintijd ${start}`);
    }
  };

  if (seed.settings?.registration_open !== undefined && seed.registration.open !== 'unknown') {
    // The programme's own word on registration wins; a setting only fills in where it says nothing.
    throw new SeedError(file, 'settings.registration_open', 'alleen toegestaan als registration.open unknown is');
  }
  const checkWindow = (field: string, from: string | undefined, until: string | undefined) => {
    // Both are "YYYY-MM-DD HH:MM", so text order is time order.
    if (from !== undefined && until !== undefined && until <= from) {
      throw new SeedError(file, field, `aanmelden tot ${until} ligt niet na aanmelden vanaf ${from}`);
    }
  };
  checkWindow('settings.registration_until', seed.settings?.registration_from, seed.settings?.registration_until);
  const rounds = new Map<string, string | undefined>();
  for (const round of seed.rounds) {
    const at = `rounds[${round.code}]`;
    if (!round.order_known && round.note === null) {
      throw new SeedError(file, `${at}.note`, 'verplicht bij order_known: false (de bot laat zien waarom de volgorde niet bekend is)');
    }
    if (rounds.has(round.code)) throw new SeedError(file, `${at}.code`, 'code komt twee keer voor');
    checkDay(`${at}.day`, round.day);
    checkSpan(`${at}.end`, round.start, round.end);
    rounds.set(round.code, round.day);
  }

  const codes = new Set<string>();
  for (const session of seed.sessions) {
    const at = `sessions[${session.code}]`;
    if (codes.has(session.code)) throw new SeedError(file, `${at}.code`, 'code komt twee keer voor');
    codes.add(session.code);
    checkDay(`${at}.day`, session.day);
    checkSpan(`${at}.end`, session.start, session.end);
    if (session.round !== null) {
      if (!rounds.has(session.round)) throw new SeedError(file, `${at}.round`, `ronde ${session.round} bestaat niet`);
      const roundDay = rounds.get(session.round);
      if (roundDay && session.day && roundDay !== session.day) {
        throw new SeedError(file, `${at}.day`, `ronde ${session.round} valt op ${roundDay}`);
      }
    }
    for (const slug of session.organisers) {
      if (!organiserSlugs.has(slug)) {
        throw new SeedError(file, `${at}.organisers`, `organisator ${slug} staat niet in ${ORGANISERS_FILE}`);
      }
    }
    checkWindow(
      `${at}.registration_until`,
      session.registration_from ?? seed.settings?.registration_from,
      session.registration_until ?? seed.settings?.registration_until,
    );
    if (session.capacity !== null && !session.signup) {
      throw new SeedError(file, `${at}.capacity`, 'capaciteit zonder aanmelding (signup: true) heeft geen betekenis');
    }
  }
}

/** Loads and validates every seed file in `dir`; throws a SeedError on the first problem. */
export function loadSeedSet(dir: string): SeedSet {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    throw new SeedError(dir, '', 'map met seeds niet gevonden');
  }
  if (!names.includes(ORGANISERS_FILE)) throw new SeedError(ORGANISERS_FILE, '', 'bestand ontbreekt');

  const orgRaw = readYaml(dir, ORGANISERS_FILE).doc;
  const orgParsed = organisersFile.safeParse(orgRaw, { errorMap: dutchErrorMap });
  if (!orgParsed.success) throw fromZod(ORGANISERS_FILE, orgParsed.error, orgRaw);
  const organisers = orgParsed.data.organisers;
  const slugs = new Set<string>();
  for (const o of organisers) {
    if (slugs.has(o.slug)) throw new SeedError(ORGANISERS_FILE, `organisers[${o.slug}].slug`, 'slug komt twee keer voor');
    slugs.add(o.slug);
  }
  for (const o of organisers) {
    if (o.pillar !== null && !organisers.some((p) => p.slug === o.pillar && p.kind === 'pijler')) {
      throw new SeedError(ORGANISERS_FILE, `organisers[${o.slug}].pillar`, `${o.pillar} is geen pijler`);
    }
  }

  const events: EventSeedFile[] = [];
  const eventSlugs = new Set<string>();
  for (const file of names.filter((n) => n !== ORGANISERS_FILE)) {
    const { doc, hash } = readYaml(dir, file);
    const parsed = eventSeed.safeParse(doc, { errorMap: dutchErrorMap });
    if (!parsed.success) throw fromZod(file, parsed.error, doc);
    checkEvent(file, parsed.data, slugs);
    if (eventSlugs.has(parsed.data.slug)) throw new SeedError(file, 'slug', 'een ander bestand heeft dezelfde slug');
    eventSlugs.add(parsed.data.slug);
    events.push({ file, hash, seed: parsed.data });
  }
  return { organisers, events };
}

/**
 * One netwerkdag's seed sent as text (a YAML file attached in Teams), validated like a file in the
 * seed directory against the stored organisers; the error names the field in Dutch.
 */
export function parseEventSeedYaml(text: string, organiserSlugs: Set<string>, file = 'bijlage.yaml'): { ok: true; seed: EventSeed } | { ok: false; error: SeedError } {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      return { ok: false, error: new SeedError(file, line ? `regel ${line}` : '', `geen geldige YAML: ${err.message.split('\n')[0]}`) };
    }
    throw err;
  }
  const parsed = eventSeed.safeParse(doc, { errorMap: dutchErrorMap });
  if (!parsed.success) return { ok: false, error: fromZod(file, parsed.error, doc) };
  try {
    checkEvent(file, parsed.data, organiserSlugs);
  } catch (err) {
    if (err instanceof SeedError) return { ok: false, error: err };
    throw err;
  }
  return { ok: true, seed: parsed.data };
}
