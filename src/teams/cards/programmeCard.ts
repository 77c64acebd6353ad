/** The overview of a netwerkdag: per day, by time, with rounds and rooms. */
import type { ProgrammeDay } from '../../answers';
import type { NetworkEvent, Session } from '../../programme/types';
import { answers, timeRange } from '../../texts/answers';
import { card, heading, text, type AdaptiveCardJson, type CardElement } from './adaptive';

function sessionLine(s: Session, indent: boolean): CardElement {
  const time = indent ? '' : `${timeRange(s.start, s.end) ?? answers.noTimeKnown} – `;
  const where = [s.room, s.location].filter((p): p is string => p !== null).join(', ');
  const status = s.status === 'vervalt' ? ` (${answers.cancelledLabel})` : '';
  return text(`${indent ? '• ' : ''}${time}${s.title}${where ? ` [${where}]` : ''}${status}`, { spacing: 'None' });
}

export function programmeCard(event: NetworkEvent, days: ProgrammeDay[]): AdaptiveCardJson {
  const body: CardElement[] = [heading(answers.programmeTitle(event.title))];
  const multi = event.days.length > 1;
  for (const { day, rounds, sessions } of days) {
    body.push(heading(answers.dayHeading(day.dayNumber, day.date, multi, day.venue), { size: 'Default', spacing: 'Medium' }));
    const shownRounds = new Set<number>();
    for (const s of sessions) {
      const round = s.roundId === null ? undefined : rounds.find((r) => r.id === s.roundId);
      if (!round) {
        body.push(sessionLine(s, false));
        continue;
      }
      if (shownRounds.has(round.id)) continue;
      shownRounds.add(round.id);
      body.push(text(answers.roundLine(round.name, timeRange(round.start, round.end) ?? answers.noTimeKnown), { weight: 'Bolder', spacing: 'Small' }));
      for (const inRound of sessions.filter((x) => x.roundId === round.id)) body.push(sessionLine(inRound, true));
    }
  }
  return card(body);
}
