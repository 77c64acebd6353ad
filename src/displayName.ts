/**
 * A person's display name as Teams sends it is untrusted text that ends up in
 * lists (the participants card, the CSV, the secretaries): a line break there
 * adds a fake row, and a bidirectional override turns the rest of a line
 * around ("Anna\u202Egnp.exe" reads as "Annaexe.png"). One function makes
 * every stored or shown name a single clean line.
 */

/** Longer than any real name; enough to keep a list readable. */
export const MAX_DISPLAY_NAME_LENGTH = 100;

// Bidi embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks U+200E/U+200F and U+061C.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Invisible characters that hide or glue text: zero-width space, word joiner, BOM. (U+200D stays: emoji need it.)
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
// Control characters and line/paragraph separators: each becomes a space, so "Anna\nde Vries" stays two words.
const LINE_BREAKING = /[\p{Cc}\u2028\u2029\u0085]/gu;

// Half an emoji cannot be shown or stored as UTF-8; it becomes U+FFFD, as String.prototype.toWellFormed would do.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanDisplayName(raw: string): string {
  const oneLine = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKING, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // Cut by code point, never inside a surrogate pair.
  const points = [...oneLine];
  return points.length > MAX_DISPLAY_NAME_LENGTH ? points.slice(0, MAX_DISPLAY_NAME_LENGTH).join('').trimEnd() : oneLine;
}
