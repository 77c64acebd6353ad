/**
 * Finding the theme group (or pijler) a person means by what they typed:
 * "ZJO", "TG Woningmarkt", "woningmarkt", "Themagroep Financiën". Exact
 * matches on name, abbreviation, slug or alias first; otherwise one unambiguous
 * partial match.
 */
import type { Organiser } from '../programme/types';

/** Organisers that can have a channel and secretaries. */
export function isPostingGroup(o: Organiser): boolean {
  return o.kind === 'themagroep' || o.kind === 'pijler';
}

function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

function withoutPrefix(s: string): string {
  return s.replace(/^(themagroep|tg|pijler)\s+/, '');
}

export function shortName(o: Organiser): string {
  return o.name.replace(/^Themagroep\s+/i, '');
}

export function resolveGroup(organisers: Organiser[], typed: string): Organiser | null {
  const q = norm(typed);
  if (q === '') return null;
  const groups = organisers.filter(isPostingGroup);
  const names = (o: Organiser) => [o.name, o.slug, o.abbreviation ?? '', ...o.aliases].map(norm).filter(Boolean);
  const exact = groups.filter((o) => names(o).some((n) => n === q || withoutPrefix(n) === withoutPrefix(q)));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const bare = withoutPrefix(q);
  if (bare.length < 3) return null;
  const partial = groups.filter((o) => names(o).some((n) => withoutPrefix(n).startsWith(bare)));
  return partial.length === 1 ? partial[0]! : null;
}
