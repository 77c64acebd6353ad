/**
 * The shape of a seed file: one human-edited YAML file per netwerkdag, plus
 * seeds/organisers.yaml with the pijlers, themagroepen and other organisers
 * that all netwerkdagen share. The import validates against exactly this schema,
 * so an error always names the file, the field and the reason.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

const wallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd moet HH:MM zijn (bijv. 09:30)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum moet JJJJ-MM-DD zijn');
/**
 * A moment in Amsterdam wall time, "2026-01-28 17:00": what an organiser writes for when
 * registration opens or closes. Checked to be a real date (no 30 February).
 */
const localMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/, 'moet JJJJ-MM-DD UU:MM zijn (bijv. 2026-01-28 17:00)')
  .refine((s) => DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm', { zone: 'Europe/Amsterdam' }).isValid, 'bestaat niet als datum en tijd');
const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'code: kleine letters, cijfers en streepjes (bijv. ronde-1)');

export const ORGANISER_KINDS = ['pijler', 'themagroep', 'gemeente', 'bestuur', 'partner', 'overig'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

export const organiserSeed = z
  .object({
    slug: code,
    name: z.string().min(1),
    kind: z.enum(ORGANISER_KINDS),
    /** Short form people type: ZJO, WWZ, EW. */
    abbreviation: z.string().min(1).nullable().default(null),
    /** Other names in programmes and speech: "TG Woningmarkt", "de sociale pijler". */
    aliases: z.array(z.string().min(1)).default([]),
    /** The pijler a themagroep belongs to, by slug. */
    pillar: code.nullable().default(null),
  })
  .strict();

export const organisersFile = z.object({ organisers: z.array(organiserSeed).min(1) }).strict();

export const SESSION_KINDS = [
  'plenair',
  'keuzesessie',
  'excursie',
  'wandeling',
  'lunch',
  'pauze',
  'borrel',
  'overleg',
  'inloop',
  'diner',
  'overig',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const PERSON_ROLES = [
  'spreker',
  'moderator',
  'dagvoorzitter',
  'gastheer',
  'voorzitter',
  'vicevoorzitter',
  'reflectant',
  'panellid',
  'gast',
  'contact',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const SESSION_STATUSES = ['gepland', 'vervalt'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const personSeed = z
  .object({
    name: z.string().min(2),
    role: z.enum(PERSON_ROLES),
    /** What the programme says the person is: "burgemeester van Haarlem", "directeur SCP". */
    function: z.string().min(1).nullable().default(null),
  })
  .strict();

const linkSeed = z.object({ label: z.string().min(1), url: z.string().url() }).strict();

export const roundSeed = z
  .object({
    code,
    /** Required when the netwerkdag has more than one day. */
    day: isoDate.optional(),
    name: z.string().min(1),
    start: wallTime.nullable().default(null),
    end: wallTime.nullable().default(null),
    /** e.g. "De toelichting noemt 11.45-12.45 uur." when the programme contradicts itself. */
    note: z.string().min(1).nullable().default(null),
    /**
     * False when the programme does not say when this round is relative to the others
     * (Zaanstad: the schedule is a missing pdf). The note must then say so: the bot shows it.
     */
    order_known: z.boolean().default(true),
    /**
     * The round's number as the programme counts it ("ronde 2", "themaronde 1"); null when the
     * programme gives none (pijlerbijeenkomsten, the lunch) or its order is not known.
     */
    number: z.number().int().positive().nullable().default(null),
    /** The lunch: "tijdens de lunch" and "na de lunch" are read from this, never from names or codes. */
    lunch: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.order_known || r.number === null, {
    message: 'een ronde waarvan de volgorde niet bekend is, heeft geen nummer',
    path: ['number'],
  });

/**
 * Facts of a session that the programme text does not state but the seed still
 * carries (a room from the column order, an organiser read from context). Each
 * value is the note the bot shows next to that fact; the fidelity test accepts
 * an unsupported fact only when it is listed here.
 */
const inferredSeed = z
  .object({
    room: z.string().min(1).optional(),
    organisers: z.string().min(1).optional(),
    round: z.string().min(1).optional(),
  })
  .strict();

/** Where a sign-up flag comes from: the programme text, or a product decision for the bot (see README). */
export const SIGNUP_SOURCES = ['programme', 'setting'] as const;
export type SignupSource = (typeof SIGNUP_SOURCES)[number];

export const sessionSeed = z
  .object({
    /** Stable within the netwerkdag; sign-ups and calendar UIDs hang on it. */
    code,
    title: z.string().min(1),
    kind: z.enum(SESSION_KINDS),
    /** Required when the netwerkdag has more than one day. */
    day: isoDate.optional(),
    round: code.nullable().default(null),
    /** Own time; when absent the round's time applies; when both are absent the time is unknown. */
    start: wallTime.nullable().default(null),
    end: wallTime.nullable().default(null),
    room: z.string().min(1).nullable().default(null),
    /** Where it happens when not in a room of the venue: a meeting point, a bus, another building. */
    location: z.string().min(1).nullable().default(null),
    organisers: z.array(code).default([]),
    people: z.array(personSeed).default([]),
    /** Whether one signs up for this part at all (keuzesessies, excursies, wandelingen). */
    signup: z.boolean().default(false),
    /**
     * None of the five programme texts says how one signs up per session, so a sign-up flag is a
     * product setting unless a programme says otherwise ('programme').
     */
    signup_source: z.enum(SIGNUP_SOURCES).default('setting'),
    /** Seats; null when the programme gives none (then no limit is enforced). A capacity is always a setting. */
    capacity: z.number().int().positive().nullable().default(null),
    status: z.enum(SESSION_STATUSES).default('gepland'),
    description: z.string().default(''),
    notes: z.array(z.string().min(1)).default([]),
    inferred: inferredSeed.default({}),
    links: z.array(linkSeed).default([]),
    /**
     * Settings like signup and capacity: when sign-ups for this session open and close, where
     * they differ from the netwerkdag's window (each bound on its own). Absent: the netwerkdag's.
     */
    registration_from: localMoment.optional(),
    registration_until: localMoment.optional(),
  })
  .strict();

export const daySeed = z
  .object({
    date: isoDate,
    venue: z.string().min(1).nullable().default(null),
    address: z.string().min(1).nullable().default(null),
  })
  .strict();

export const eventSeed = z
  .object({
    slug: code,
    title: z.string().min(1),
    kind: z.enum(['ambtelijk', 'bestuurlijk']),
    city: z.string().min(1),
    /** The programme text this file was written from, in shared/programmes/. */
    source: z.string().min(1),
    /**
     * What the programme text says about registering for the day: open, closed, or 'unknown'
     * when it says nothing (four of the five texts).
     */
    registration: z
      .object({
        open: z.union([z.boolean(), z.literal('unknown')]),
        note: z.string().min(1).nullable().default(null),
      })
      .strict(),
    /**
     * Product decisions for the bot, not programme facts (README, "Seeds"): whether the bot takes
     * sign-ups for a netwerkdag whose programme says nothing about registration, and from when until when.
     */
    settings: z
      .object({
        registration_open: z.boolean().optional(),
        /** The registration window (Amsterdam wall time); before it sign-ups are not yet open, after it closed. */
        registration_from: localMoment.optional(),
        registration_until: localMoment.optional(),
      })
      .strict()
      .optional(),
    /** Theme or introduction of the day, shown with the overview. */
    summary: z.string().default(''),
    notes: z.array(z.string().min(1)).default([]),
    days: z.array(daySeed).min(1),
    rounds: z.array(roundSeed).default([]),
    sessions: z.array(sessionSeed).min(1),
  })
  .strict();

export type OrganiserSeed = z.infer<typeof organiserSeed>;
export type EventSeed = z.infer<typeof eventSeed>;
export type SessionSeed = z.infer<typeof sessionSeed>;
export type RoundSeed = z.infer<typeof roundSeed>;
export type InferredFacts = z.infer<typeof inferredSeed>;
export type RegistrationStated = 'open' | 'closed' | 'unknown';

/** What the programme says about registration, as one word. */
export function registrationStated(seed: Pick<EventSeed, 'registration'>): RegistrationStated {
  const open = seed.registration.open;
  return open === 'unknown' ? 'unknown' : open ? 'open' : 'closed';
}

/**
 * Whether the bot takes sign-ups: what the programme says, and where it says nothing,
 * the product setting (closed without one).
 */
export function registrationOpen(seed: Pick<EventSeed, 'registration' | 'settings'>): boolean {
  const open = seed.registration.open;
  return open === 'unknown' ? (seed.settings?.registration_open ?? false) : open;
}
