/**
 * Checks that a seed's structural facts can be traced to its programme text: every
 * organiser, room and round assignment of a session is either found in the text near
 * that session, or the seed marks it as an inference (`inferred.<fact>`, or a round with
 * `order_known: false`) with the note the bot shows. The texts are OCR'd PDFs and web
 * pages, so both sides are normalised first (case, diacritics, punctuation, whitespace,
 * words broken over a line with a hyphen).
 */
import type { EventSeed, OrganiserSeed, SessionSeed } from './seedSchema';

export interface FidelityProblem {
  event: string;
  session: string;
  fact: 'room' | 'organiser' | 'round' | 'anchor';
  value: string;
  reason: string;
}

/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // OCR hyphenation: "gebieds-\nontwikkeling" is one word.
    .replace(/([a-z])-\s*\n\s*([a-z])/g, '$1$2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How far from a session's title a room may stand in the text and still belong to it. */
const ROOM_WINDOW = 250;
/** How far a session's toelichting may run on, past other titles, to name its room. */
const ROOM_FOLLOW = 1500;
/** How far after a session's title its toelichting may say who organises it. */
const PASSAGE_CHARS = 2500;
/** How close an organiser's name must be to an "organised by" phrase. */
const PHRASE_REACH = 120;

const ORGANISING = [
  'georganiseerd',
  'organiseert',
  'organiseren',
  'initiatief',
  'bereidt',
  'voorbereid',
  'gezamenlijke sessie van',
  'neemt u graag mee',
  'heet u welkom',
];

function positions(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    // Whole words only.
    const before = i === 0 || haystack[i - 1] === ' ';
    const after = i + needle.length === haystack.length || haystack[i + needle.length] === ' ';
    if (before && after) out.push(i);
  }
  return out;
}

const STOP = new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'voor', 'met', 'aan', 'tg', 'themagroep', 'themagroepen']);

/**
 * Where a session is in the text: its title, or failing that a part of it (titles are
 * split at ':' or ' - ' in the programmes' columns), or the start of its description.
 */
function anchors(text: string, session: SessionSeed): number[] {
  const candidates = [session.title, ...session.title.split(/:| - | – |\(|\)|;|,/)]
    .map(normaliseText)
    .filter((c) => c.split(' ').filter((w) => !STOP.has(w)).length >= 1 && c.length >= 5);
  // Every place the title or one of its parts stands: a schedule row and a toelichting both count.
  const found = candidates.flatMap((c) => positions(text, c));
  // Titles are sometimes repaired ("Staatsecretaris"); the description is mostly the text's own toelichting.
  const words = normaliseText(session.description).split(' ');
  for (let i = 0; i + 6 <= Math.min(words.length, 40); i += 3) found.push(...positions(text, words.slice(i, i + 6).join(' ')));
  return [...new Set(found)].sort((x, y) => x - y);
}

/** The text that belongs to a session: from its anchor to the next other session's anchor. */
function passages(text: string, at: number[], others: number[]): string[] {
  return at.map((a) => {
    const next = others.filter((o) => o > a).reduce((min, o) => Math.min(min, o), a + PASSAGE_CHARS);
    return text.slice(a, Math.min(next, a + PASSAGE_CHARS));
  });
}

function organiserForms(o: OrganiserSeed): string[] {
  const forms = [o.name, ...(o.abbreviation ? [o.abbreviation] : []), ...o.aliases].map(normaliseText);
  // "Themagroep Financiën" is also just "Financiën" in a programme.
  forms.push(normaliseText(o.name.replace(/^(themagroep|pijler)\s+/i, '')));
  return [...new Set(forms.filter((f) => f.length >= 2))];
}

function roomSupported(text: string, at: number[], own: string[], room: string): boolean {
  const words = normaliseText(room)
    .split(' ')
    .filter((w) => !STOP.has(w));
  // A toelichting can run on past another item's title when the PDF's columns interleave, so the
  // room may also stand in the text right after the session's own toelichting starts.
  const windows = [
    ...at.map((a) => text.slice(Math.max(0, a - ROOM_WINDOW), a + ROOM_WINDOW)),
    ...own,
    ...at.map((a) => text.slice(a, a + ROOM_FOLLOW)),
  ];
  return windows.some((window) => {
    const present = new Set(window.split(' '));
    return words.every((w) => present.has(w));
  });
}

function organiserSupported(own: string[], lines: string[], session: SessionSeed, organiser: OrganiserSeed, all: Map<string, OrganiserSeed>): boolean {
  const forms = organiserForms(organiser);
  // A line of the session's own text that lists its organisers and nothing else ("Coördinatorenoverleg,
  // themagroep Financiën"). At least two: a lone name on a line is as often a speaker's affiliation
  // or the tail of a wrapped title.
  const sessionForms = session.organisers.flatMap((slug) => (all.get(slug) ? organiserForms(all.get(slug)!) : []));
  const named = (line: string) =>
    session.organisers.filter((slug) => all.get(slug) && organiserForms(all.get(slug)!).some((f) => positions(line, f).length > 0));
  const organiserLine = lines.some((line) => {
    if (!own.some((p) => p.includes(line)) || !forms.some((f) => positions(line, f).length > 0)) return false;
    if (named(line).length < 2) return false;
    let rest = ` ${line} `;
    for (const f of [...sessionForms].sort((x, y) => y.length - x.length)) rest = rest.split(` ${f} `).join('  ');
    return rest.split(' ').every((w) => w === '' || STOP.has(w));
  });
  if (organiserLine) return true;
  // The session is a G40 body's own meeting: "Pijlerbijeenkomst Sociaal", "TG Europa". A partner or a
  // gemeente in a title ("… met Community of Practice Platform31") takes part; it is not thereby the organiser.
  const title = ` ${normaliseText(session.title)} `;
  const ownMeeting = organiser.kind !== 'partner' && organiser.kind !== 'gemeente';
  if (ownMeeting && forms.some((f) => title.includes(` ${f} `))) return true;
  return own.some((passage) => {
    return ORGANISING.some((phrase) =>
      positions(passage, phrase).some((p) => {
        const near = passage.slice(Math.max(0, p - PHRASE_REACH), p + phrase.length + PHRASE_REACH);
        return forms.some((f) => positions(near, f).length > 0);
      }),
    );
  });
}

/** The problems of one netwerkdag's seed against its programme text; empty when every fact is traceable or marked. */
export function checkSeedFidelity(seed: EventSeed, organisers: OrganiserSeed[], programmeText: string): FidelityProblem[] {
  const text = normaliseText(programmeText);
  const lines = programmeText.split('\n').map(normaliseText).filter((l) => l.length > 0);
  const problems: FidelityProblem[] = [];
  const bySlug = new Map(organisers.map((o) => [o.slug, o]));
  const rounds = new Map(seed.rounds.map((r) => [r.code, r]));
  const add = (session: SessionSeed, fact: FidelityProblem['fact'], value: string, reason: string) =>
    problems.push({ event: seed.slug, session: session.code, fact, value, reason });

  const anchorsOf = new Map(seed.sessions.map((s) => [s.code, anchors(text, s)]));
  for (const session of seed.sessions) {
    const at = anchorsOf.get(session.code)!;
    const others = seed.sessions.filter((s) => s.code !== session.code).flatMap((s) => anchorsOf.get(s.code)!);
    const own = passages(text, at, others);
    const needsAnchor = (session.room !== null && !session.inferred.room) || (session.organisers.length > 0 && !session.inferred.organisers);
    if (at.length === 0 && needsAnchor) {
      add(session, 'anchor', session.title, 'titel niet gevonden in de programmatekst');
    }
    if (session.room !== null && !session.inferred.room && !roomSupported(text, at, own, session.room)) {
      add(session, 'room', session.room, 'zaal staat niet bij deze sessie in de programmatekst');
    }
    if (!session.inferred.organisers) {
      for (const slug of session.organisers) {
        const organiser = bySlug.get(slug);
        if (organiser && !organiserSupported(own, lines, session, organiser, bySlug)) {
          add(session, 'organiser', slug, 'de programmatekst noemt deze organisator hier niet als organisator');
        }
      }
    }
    if (session.round !== null && !session.inferred.round) {
      const round = rounds.get(session.round);
      if (round && !roundSupported(text, round)) {
        add(session, 'round', session.round, 'ronde (naam of tijd) staat niet in de programmatekst');
      }
    }
  }
  return problems;
}

function roundSupported(text: string, round: EventSeed['rounds'][number]): boolean {
  // An order the programme does not give is allowed only when said so, with a note.
  if (!round.order_known) return round.note !== null;
  if (positions(text, normaliseText(round.name)).length > 0) return true;
  // "11.40-12.40" in the schedule, "9.30" written without a leading zero.
  const clock = (t: string) => normaliseText(t.replace(/^0/, ''));
  if (round.start && positions(text, clock(round.start)).length > 0) return true;
  return false;
}
