/**
 * Turning an outbox message (domain data) into the activity Teams receives.
 * Each feature module renders its own kinds; the worker looks them up by kind.
 */
import type { Activity } from 'botbuilder';
import type { OutboxRow } from '../outbox/outbox';
import type { BotDeps } from './deps';

/** Returns null when the message can no longer be rendered (e.g. its session is gone): it is then recorded as failed. */
export type OutboxRenderer = (message: OutboxRow, deps: BotDeps) => Partial<Activity> | null;
