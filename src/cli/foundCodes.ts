import { HG_867_2015, lookupServiceCode, type FoundCode } from '../nomenclature/index.js';
import { msg, quote, type Lang } from './messages.js';

type ServiceCode = Extract<FoundCode, { kind: 'service' }>;

function lookup(found: ServiceCode, asOf: string) {
  return lookupServiceCode(found.result.canonical, { asOf, edition: HG_867_2015 });
}

/** A found code as `codes --format json` prints it: where it is, its reading and what the nomenclature says. */
export function foundCodeRecord(found: FoundCode, asOf: string): Record<string, unknown> {
  const { kind, text, start, end } = found;
  if (found.kind === 'cpv') return { kind, text, start, end };
  if (found.kind === 'unreadable') return { kind, text, start, end, message: found.result.issues[0]?.message, issues: found.result.issues };
  const r = lookup(found, asOf);
  const entry = r.entry ? { code: r.entry.code, name: r.entry.name, verified: r.entry.verified } : undefined;
  return { kind, text, start, end, canonical: found.result.canonical, corrections: found.result.corrections.map((c) => c.code), status: r.status, asOf, edition: r.edition.id, entry };
}

/** What the nomenclature says of a service code, in words. */
function serviceStatus(found: ServiceCode, asOf: string, lang: Lang): string {
  const r = lookup(found, asOf);
  const name = r.entry ? `${r.entry.name}${r.entry.verified ? '' : msg(lang, 'codes.unverified')}` : '';
  if (r.status === 'known') return msg(lang, 'codes.known', { name });
  if (r.status === 'not_in_force') return msg(lang, 'codes.not_in_force', { asOf, name });
  if (r.status === 'unknown') return msg(lang, HG_867_2015.complete ? 'codes.unknown_complete' : 'codes.unknown', { edition: HG_867_2015.act });
  return msg(lang, 'codes.invalid');
}

/** The canonical form of a found code ("—" when it cannot be read). */
function canonicalOf(found: FoundCode): string {
  return found.kind === 'service' ? found.result.canonical : found.kind === 'cpv' ? found.text : '—';
}

/** What a found code is, in words. */
function describe(found: FoundCode, asOf: string, lang: Lang): string {
  if (found.kind === 'cpv') return msg(lang, 'codes.cpv');
  if (found.kind === 'unreadable') return msg(lang, 'codes.unreadable', { reason: found.result.issues[0]?.message[lang] ?? '' });
  return serviceStatus(found, asOf, lang);
}

/** The lines of `codes`: per code, the text as written → its canonical form and what it is, in aligned columns; or a sentence saying none was found. */
export function foundCodeLines(codes: readonly FoundCode[], asOf: string, lang: Lang): string[] {
  if (codes.length === 0) return [msg(lang, 'codes.none')];
  const written = codes.map((c) => quote(lang, c.text));
  const canonical = codes.map(canonicalOf);
  const width = (texts: string[]) => Math.max(...texts.map((t) => t.length));
  return codes.map((c, i) => `${written[i]?.padEnd(width(written))} → ${canonical[i]?.padEnd(width(canonical))}  ${describe(c, asOf, lang)}`);
}
