/** The answers domain: understanding a Dutch question and answering it from the programme store. */
export { Answerer, MAX_AMBIGUOUS, MAX_LIST } from './answerer';
export { ThreadedAnswerer, type ThreadState } from './threadedAnswerer';
export { answerEnd } from './compose';
export type { Availability } from './compose';
export type {
  Answer, AnswerContext, AnswerEnd, EventContext, EventChoice, SessionMatch, SignupState, PersonOnProgramme, PersonProfile, RoundOnDay, DayTimes, ProgrammeDay,
} from './types';
export type { Focus } from './understand';
