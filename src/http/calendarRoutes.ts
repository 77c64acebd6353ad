/**
 * Calendar files over HTTP: a session's invite (/agenda/sessie/<id>.ics, linked
 * from session cards) and a person's feed (/agenda/feed/<token>.ics, subscribed
 * to from Outlook). Only parsing, the domain call and the response live here.
 */
import type restify from 'restify';
import { z } from 'zod';
import type { CalendarFile, CalendarService } from '../calendar/calendarService';
import { ICS_CONTENT_TYPE } from '../calendar/ics';
import type { Logger } from '../log';
import { calendarTexts as t } from '../texts/calendar';
import type { HttpRoutes } from './server';

const sessionFile = z
  .string()
  .regex(/^\d{1,9}\.ics$/)
  .transform((f) => Number(f.slice(0, -'.ics'.length)));
// Loose on purpose: a token of the wrong shape must get the very same 404 as an unknown one.
const feedFile = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}\.ics$/)
  .transform((f) => f.slice(0, -'.ics'.length));

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Feed URLs carry a secret; never pass them on or let them be indexed.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

function sendText(res: restify.Response, status: number, body: string): void {
  res.sendRaw(status, body, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
}

function sendCalendar(res: restify.Response, file: CalendarFile, disposition: 'attachment' | 'inline', cache: string): void {
  res.sendRaw(200, file.ics, {
    ...COMMON_HEADERS,
    'Content-Type': ICS_CONTENT_TYPE,
    'Content-Disposition': `${disposition}; filename="${file.filename}"`,
    'Cache-Control': cache,
  });
}

/** Runs a handler; a failure is logged without the path (it may hold a token) and answered in Dutch. */
function guarded(log: Logger, route: string, handle: (req: restify.Request, res: restify.Response) => void) {
  // async: restify 11 takes a two-argument handler only when it returns a promise.
  return async (req: restify.Request, res: restify.Response) => {
    try {
      handle(req, res);
    } catch (error) {
      log.error('calendar_http_failed', { route, error });
      if (!res.headersSent) sendText(res, 500, t.serverError);
    }
  };
}

/** What the calendar routes use: the calendar service and a log. */
export interface CalendarRouteDeps {
  calendar: Pick<CalendarService, 'sessionInvite' | 'feed'>;
  log: Logger;
}

export const calendarRoutes = ({ calendar, log }: CalendarRouteDeps): HttpRoutes => (server) => {
  // Wildcards, not :params: the router answers over-long params with its own 404 before we could.
  server.get(
    '/agenda/sessie/*',
    guarded(log, 'session', (req, res) => {
      const id = sessionFile.safeParse(req.params?.['*']);
      if (!id.success) return sendText(res, 404, t.notFound);
      const outcome = calendar.sessionInvite(id.data);
      switch (outcome.kind) {
        case 'notFound':
          return sendText(res, 404, t.notFound);
        case 'noTime':
          return sendText(res, 404, t.noTime(outcome.title));
        case 'file':
          // Revalidate every time: a re-download after a change must get the new SEQUENCE.
          return sendCalendar(res, outcome, 'attachment', 'no-cache');
      }
    }),
  );

  server.get(
    '/agenda/feed/*',
    guarded(log, 'feed', (req, res) => {
      const token = feedFile.safeParse(req.params?.['*']);
      const outcome = token.success ? calendar.feed(token.data) : ({ kind: 'notFound' } as const);
      if (outcome.kind === 'notFound') return sendText(res, 404, t.notFound);
      return sendCalendar(res, outcome, 'inline', 'private, no-store');
    }),
  );
};
