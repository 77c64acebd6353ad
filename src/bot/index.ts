/** The bot core and its features, in the order their commands are tried (help last, the answers' fallback catches the rest). */
import { announcementsFeature } from './announcements';
import { answersFeature } from './answers';
import { calendarFeature } from './calendar';
import type { Feature } from './core';
import { generalFeature } from './general';
import { organisersFeature } from './organisers';
import { signupsFeature } from './signups';

export const FEATURES: Feature[] = [signupsFeature, organisersFeature, calendarFeature, announcementsFeature, answersFeature, generalFeature];

export { createBotCore, findCommand, type BotCore, type CoreDeps, type Feature } from './core';
export { observe, type Observation } from './announcements';
export type * from './types';
