/**
 * The programme as a workbook for organisers: /programma/<slug>.xlsx?exp=…&sig=…
 * opens only with a link the bot signed for an admin; /programma-sjabloon.xlsx is
 * the empty template (an example row and instructions, nothing that is not public).
 */
import type { DateTime } from 'luxon';
import type restify from 'restify';
import { z } from 'zod';
import { DOWNLOAD_HEADERS, sendDownloadText, signedQuery } from './signedDownload';
import type { Logger } from '../log';
import type { ProgrammeStore } from '../programme/store';
import { emptyWorkbook, programmeToWorkbook } from '../programme/workbook';
import { checkProgrammeDownload } from '../signups/downloadLinks';
import { programmeFileTexts as t } from '../texts/programme';
import type { HttpRoutes } from './server';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const request = z.object({
  file: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}\.xlsx$/)
    .transform((f) => f.slice(0, -'.xlsx'.length)),
  ...signedQuery,
});


function sendWorkbook(res: restify.Response, body: Buffer, name: string): void {
  res.sendRaw(200, body, { ...DOWNLOAD_HEADERS, 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}"` });
}

export interface ProgrammeRouteDeps {
  programme: Pick<ProgrammeStore, 'eventSeed' | 'listOrganisers'>;
  secret(): string;
  clock(): DateTime;
  log: Logger;
}

export const programmeRoutes = ({ programme, secret, clock, log }: ProgrammeRouteDeps): HttpRoutes => (server) => {
  // Organisers' names in the workbook instead of codes, and accepted back by name.
  const organisers = () => programme.listOrganisers().map((o) => ({ slug: o.slug, name: o.name, abbreviation: o.abbreviation, aliases: o.aliases }));

  server.get('/programma-sjabloon.xlsx', async (_req: restify.Request, res: restify.Response) => {
    try {
      sendWorkbook(res, await emptyWorkbook({ organisers: organisers() }), 'nieuwe-netwerkdag.xlsx');
    } catch (error) {
      log.error('programme_template_failed', { error });
      if (!res.headersSent) sendDownloadText(res, 500, t.downloadDenied);
    }
  });

  server.get('/programma/:file', async (req: restify.Request, res: restify.Response) => {
    try {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const parsed = request.safeParse({ file: req.params?.file, exp: query.exp, sig: query.sig });
      if (!parsed.success) return sendDownloadText(res, 403, t.downloadDenied);
      const { file: slug, exp: expires, sig: signature } = parsed.data;
      if (checkProgrammeDownload(secret(), { slug, expires, signature }, clock()) !== 'ok') return sendDownloadText(res, 403, t.downloadDenied);
      const seed = programme.eventSeed(slug);
      if (!seed) return sendDownloadText(res, 404, t.downloadUnknown);
      sendWorkbook(res, await programmeToWorkbook(seed, { organisers: organisers() }), `${slug}.xlsx`);
    } catch (error) {
      log.error('programme_workbook_failed', { error });
      if (!res.headersSent) sendDownloadText(res, 500, t.downloadDenied);
    }
  });
};
