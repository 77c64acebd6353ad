/**
 * The shape of an incoming activity that botbuilder and teams-ai rely on
 * without checking: ids they build storage keys from, fields they copy into
 * every reply. Anything else (a missing conversation id, a number as locale)
 * would surface as a failed turn deep inside the libraries, so it is a 400 here.
 * The payload itself (text, value, channelData contents) is the handlers' job.
 *
 * Plain checks rather than a zod schema: this runs on every message, and a
 * schema that copies each (passthrough) object cost more than the checks.
 * Other fields pass untouched; null and absent are the same for optional ones.
 */

type Check = (value: unknown) => boolean;

const absent = (value: unknown): boolean => value === undefined || value === null;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const string = (min: number, max: number): Check => (value) => typeof value === 'string' && value.length >= min && value.length <= max;
const optional = (check: Check): Check => (value) => absent(value) || check(value);
const arrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// Bot Framework ids are printable ASCII ("29:1a…", "19:…@thread.tacv2"); they end up in the
// connector's URLs and headers, where anything else makes the reply itself fail.
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const id: Check = (value) => typeof value === 'string' && value.length <= 1024 && PRINTABLE_ASCII.test(value);
const shortText = optional(string(0, 1024));

const account: Check = (value) =>
  isObject(value) && id(value.id) && shortText(value.name) && optional(string(0, 256))(value.aadObjectId) && optional(string(0, 64))(value.role);

const conversation: Check = (value) =>
  isObject(value) &&
  id(value.id) &&
  optional(string(0, 64))(value.conversationType) &&
  optional(string(0, 256))(value.tenantId) &&
  optional((v) => typeof v === 'boolean')(value.isGroup) &&
  shortText(value.name);

const FIELDS: [string, Check][] = [
  ['type', string(1, 64)],
  ['channelId', string(1, 64)],
  ['serviceUrl', isHttpUrl],
  ['from', account],
  ['recipient', account],
  ['conversation', conversation],
  ['id', optional(id)],
  ['replyToId', optional(id)],
  ['locale', optional(string(0, 64))],
  ['timestamp', optional(string(0, 64))],
  ['name', optional(string(0, 256))],
  ['channelData', optional(isObject)],
  ['entities', optional(arrayOf((e) => isObject(e) && string(0, 256)(e.type)))],
  ['attachments', optional(arrayOf(isObject))],
  ['membersAdded', optional(arrayOf(account))],
  ['membersRemoved', optional(arrayOf(account))],
];

export function isActivityEnvelope(body: unknown): boolean {
  return isObject(body) && FIELDS.every(([field, check]) => check(body[field]));
}
