/**
 * Step 2 of answering: which netwerkdag (and day) a question is about. The
 * one rule for it, also used by commands such as "aanmelden": the netwerkdag
 * the question names; else, when it speaks of the day itself ("nu",
 * "vandaag", "vanmiddag") on a netwerkdag's own date, that one; else the one
 * the conversation was about, today's, the next, the most recent. The answer
 * says which one it used.
 */
import type { DateTime } from 'luxon';
import { localDateTime } from '../clock';
import type { EventDay, NetworkEvent } from '../programme/types';
import type { Catalogue } from './catalogue';
import type { EventChoice, EventContext } from './types';
import { dateRegex, type Question } from './understand';

export function isoDate(dt: DateTime): string {
  return dt.toISODate()!;
}

export function weekdayOf(date: string): number {
  return localDateTime(date, '12:00').weekday;
}

/** Whether the question speaks of the present day ("nu", "vandaag", "vanmiddag", "straks"). */
export function speaksOfToday(q: Question): boolean {
  return q.relative === 'now' || q.relative === 'soon' || q.relative === 'today';
}

/**
 * "de vorige netwerkdag" (the last that ended before today), "de eerste", "de laatste ambtelijke" (the last begun by today),
 * "vorig jaar": the netwerkdagen picked by time among those the words name (all, when none); an empty list when none fits,
 * null when the question picks nothing by time. Only here, with the clock, can they be named.
 */
export function pickByTime(q: Pick<Question, 'eventIds' | 'eventOrder' | 'yearsAgo'>, cat: Catalogue, now: DateTime): number[] | null {
  if (q.eventOrder === null && q.yearsAgo === null) return null;
  const today = isoDate(now);
  let pool = cat.events.filter((e) => q.eventIds === null || q.eventIds.includes(e.id));
  if (q.yearsAgo !== null) {
    const year = String(now.year - q.yearsAgo);
    pool = pool.filter((e) => e.days.some((d) => d.date.startsWith(year)));
  }
  if (q.eventOrder === null) return pool.map((e) => e.id);
  const picked =
    q.eventOrder === 'previous' ? pool.filter((e) => e.days.at(-1)!.date < today).at(-1)
    : q.eventOrder === 'first' ? pool[0]
    : pool.filter((e) => e.days[0]!.date <= today).at(-1) ?? pool.at(-1);
  return picked ? [picked.id] : [];
}

export function chooseEvent(
  q: Pick<Question, 'eventIds' | 'dayNumber' | 'weekday' | 'dates' | 'relative'> & Partial<Pick<Question, 'afterPrevious'>>,
  lastEventId: number | undefined,
  cat: Catalogue,
  now: DateTime,
): EventContext {
  const today = isoDate(now);
  const named = q.eventIds !== null && q.eventIds.length > 0;
  let pool = named ? cat.events.filter((e) => q.eventIds!.includes(e.id)) : cat.events;
  // "op dag 2", and "op dag 1" too: only a netwerkdag of more than one day has numbered days.
  if (!named && q.dayNumber !== undefined) {
    const long = pool.filter((e) => e.days.length >= Math.max(2, q.dayNumber!));
    if (long.length > 0) pool = long;
  }
  if (!named && q.weekday !== undefined) {
    const withDay = pool.filter((e) => e.days.some((d) => weekdayOf(d.date) === q.weekday));
    if (withDay.length > 0) pool = withDay;
  }
  let event: NetworkEvent | undefined;
  let choice: EventChoice = 'named';
  const last = lastEventId !== undefined ? pool.find((e) => e.id === lastEventId) : undefined;
  const todays = pool.find((e) => e.days.some((d) => d.date === today));
  const upcoming = pool.find((e) => e.days[0]!.date > today);
  const recent = [...pool].reverse().find((e) => e.days.at(-1)!.date < today);
  // ("waar ging de keynote daarna over?": "daarna" after what the conversation was about is then, not later today.)
  const aboutToday = (speaksOfToday(q as Question) && !(q.afterPrevious && last)) || q.relative === 'tomorrow';
  if (named && pool.length === 1) event = pool[0];
  // On the day itself "nu" and "vandaag" mean this netwerkdag, whatever the conversation was about before.
  else if (todays && aboutToday) [event, choice] = [todays, named ? 'named' : 'today'];
  else if (last) [event, choice] = [last, named ? 'named' : 'conversation'];
  else if (todays) [event, choice] = [todays, named ? 'named' : 'today'];
  else if (upcoming) [event, choice] = [upcoming, named ? 'named' : 'upcoming'];
  else [event, choice] = [recent ?? pool.at(-1) ?? cat.events.at(-1)!, named ? 'named' : 'recent'];
  return { event: event!, choice, day: chooseDay(q, event!, today) };
}

export function chooseDay(q: Pick<Question, 'dayNumber' | 'weekday' | 'dates' | 'relative'>, event: NetworkEvent, today: string): EventDay | null {
  if (q.dayNumber !== undefined) return event.days.find((d) => d.dayNumber === q.dayNumber) ?? null;
  for (const date of q.dates) {
    const re = dateRegex(date);
    const day = event.days.find((d) => re.test(d.date));
    if (day) return day;
  }
  if (q.weekday !== undefined) return event.days.find((d) => weekdayOf(d.date) === q.weekday) ?? null;
  if (q.relative === 'tomorrow') {
    const i = event.days.findIndex((d) => d.date === today);
    return i >= 0 ? event.days[i + 1] ?? null : null;
  }
  if (q.relative) return event.days.find((d) => d.date === today) ?? null;
  return null;
}

/** Other netwerkdagen to look in when the default one has nothing: nearest in time first. */
export function otherEvents(cat: Catalogue, exceptId: number, now: DateTime): NetworkEvent[] {
  const today = isoDate(now);
  const distance = (e: NetworkEvent) => Math.abs(Date.parse(e.days[0]!.date) - Date.parse(today));
  return cat.events.filter((e) => e.id !== exceptId).sort((a, b) => distance(a) - distance(b));
}
