/**
 * The shape of an incoming activity that botbuilder and teams-ai rely on
 * without checking: ids they build storage keys from, fields they copy into
 * every reply. Anything else (a missing conversation id, a number as locale)
 * would surface as a failed turn deep inside the libraries, so it is a 400 here.
 * The payload itself (text, value, channelData contents) is the handlers' job.
 */
import { z } from 'zod';

const httpUrl = z
  .string()
  .max(2048)
  .refine((s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  });

// Bot Framework ids are printable ASCII ("29:1a…", "19:…@thread.tacv2"); they end up in the
// connector's URLs and headers, where anything else makes the reply itself fail.
const id = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[\x20-\x7e]+$/);
const shortText = z.string().max(1024).nullish();

const account = z
  .object({ id, name: shortText, aadObjectId: z.string().max(256).nullish(), role: z.string().max(64).nullish() })
  .passthrough();

const conversation = z
  .object({
    id,
    conversationType: z.string().max(64).nullish(),
    tenantId: z.string().max(256).nullish(),
    isGroup: z.boolean().nullish(),
    name: shortText,
  })
  .passthrough();

export const activityEnvelope = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: httpUrl,
    from: account,
    recipient: account,
    conversation,
    id: id.nullish(),
    replyToId: id.nullish(),
    locale: z.string().max(64).nullish(),
    timestamp: z.string().max(64).nullish(),
    name: z.string().max(256).nullish(),
    channelData: z.record(z.unknown()).nullish(),
    entities: z.array(z.object({ type: z.string().max(256) }).passthrough()).nullish(),
    attachments: z.array(z.record(z.unknown())).nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
  })
  .passthrough();

export function isActivityEnvelope(body: unknown): boolean {
  return activityEnvelope.safeParse(body).success;
}
