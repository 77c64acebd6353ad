/**
 * The participant list as CSV (/aanmeldingen/sessie/<id>.csv?exp=…&sig=…):
 * only a link signed by the bot for someone allowed to see the list opens it.
 */
import type restify from 'restify';
import { z } from 'zod';
import { DOWNLOAD_HEADERS, sendDownloadText, signedQuery } from './signedDownload';
import type { Logger } from '../log';
import { participantsCsv } from '../signups/csv';
import type { SignupService } from '../signups/service';
import { signupTexts as t } from '../texts/signups';
import type { HttpRoutes } from './server';

const request = z.object({
  file: z
    .string()
    .regex(/^\d{1,9}\.csv$/)
    .transform((f) => Number(f.slice(0, -'.csv'.length))),
  ...signedQuery,
});


/** What the download route uses: opening a signed participants link, and a log. */
export interface SignupRouteDeps {
  signups: Pick<SignupService, 'openParticipantsLink'>;
  log: Logger;
}

export const signupRoutes = ({ signups, log }: SignupRouteDeps): HttpRoutes => (server) => {
  server.get('/aanmeldingen/sessie/:file', async (req: restify.Request, res: restify.Response) => {
    try {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const parsed = request.safeParse({ file: req.params?.file, exp: query.exp, sig: query.sig });
      if (!parsed.success) return sendDownloadText(res, 403, t.csvDenied);
      const { file: sessionId, exp: expires, sig: signature } = parsed.data;
      const outcome = signups.openParticipantsLink({ sessionId, expires, signature });
      if (outcome.kind === 'denied' || outcome.kind === 'forbidden') return sendDownloadText(res, 403, t.csvDenied);
      if (outcome.kind === 'refused') return sendDownloadText(res, 404, t.csvUnknown);
      const csv = participantsCsv([...outcome.confirmed, ...outcome.waiting], { header: [...t.csvHeader], status: t.csvStatus });
      res.sendRaw(200, csv, {
        ...DOWNLOAD_HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="deelnemers-${outcome.session.code}.csv"`,
      });
    } catch (error) {
      log.error('signup_csv_failed', { error });
      if (!res.headersSent) sendDownloadText(res, 500, t.csvDenied);
    }
  });
};
