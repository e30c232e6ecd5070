import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { STATUS_LABELS, type ActionStatus } from './status.js';

/**
 * One status read by {@link parseStatus}: for a `year`, or for the whole reporting period when
 * the text names none ("REALIZAT"). `evidence` is the text that follows it ("+ 6 în cadrul
 * proiectelor implementate").
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ParsedStatus } from 'plan-servicii-sociale/monitoring';
 * const s: ParsedStatus = { year: 2023, status: 'not_done' };
 * s.status; //=> 'not_done'
 * ```
 */
export interface ParsedStatus {
  /** The year, or absent for the whole reporting period. */
  readonly year?: number;
  /** The stage. */
  readonly status: ActionStatus;
  /** Text that goes with it, kept as written. */
  readonly evidence?: string;
}

/**
 * Free text kept by {@link parseStatus}, per year when the text is split by years ("În 2021 8
 * angajări În 2022 5 angajări").
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusEvidence } from 'plan-servicii-sociale/monitoring';
 * const e: StatusEvidence = { year: 2021, text: '8 angajări' };
 * e.text; //=> '8 angajări'
 * ```
 */
export interface StatusEvidence {
  /** The year the text is about, when it says. */
  readonly year?: number;
  /** The text as written. */
  readonly text: string;
}

/**
 * What {@link parseStatus} returns: the statuses it read, the free text it kept, and issues
 * (`status.free_text`, `status.misspelt`, `status.conflicting`). It is `ok: false` only when the
 * input is not a string.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { parseStatus, type ParseStatusResult } from 'plan-servicii-sociale/monitoring';
 * const r: ParseStatusResult = parseStatus('parțial realizat');
 * r.ok && r.statuses; //=> [{ status: 'partly_done' }]
 * ```
 */
export type ParseStatusResult =
  | { readonly ok: true; readonly statuses: readonly ParsedStatus[]; readonly evidence: readonly StatusEvidence[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const L = '\\p{L}';
// Longest forms first: "nerealizat" and "parțial realizat" contain "realizat".
const WORDS: readonly (readonly [ActionStatus, string])[] = [
  ['partly_done', 'par[tțţ]ial(?:[ăa]|mente)?\\s*(?:-\\s*)?rea?li[sz]at[ăaei]?'],
  ['partly_done', 'rea?li[sz]at[ăaei]?\\s+par[tțţ]ial(?:[ăa]|mente)?'],
  ['not_done', 'ne\\s?-?\\s?rea?li[sz]at[ăaei]?'],
  ['not_done', 'nu\\s+(?:a|au)\\s+fost\\s+rea?li[sz]at[ăaei]?'],
  ['not_done', 'nu\\s+s-a(?:u)?\\s+rea?li[sz]at[ăaei]?'],
  ['done', 'rea?li[sz]at[ăaei]?'],
  // "2023 depășit": the target was exceeded.
  ['done', 'dep[aă][sșş]it[ăaei]?'],
  ['in_progress', '[iî]n\\s+(?:curs|desf[aă][sșş]urare)(?:\\s+de\\s+(?:realizare|implementare|desf[aă][sșş]urare))?'],
  ['not_started', 'ne[iî]nceput[ăaei]?|nu\\s+a\\s+[iî]nceput'],
  ['cancelled', 'anulat[ăaei]?'],
  ['postponed', 'am[aâ]nat[ăaei]?|reprogramat[ăaei]?'],
];
const STATUS_RE = new RegExp(`(?<!${L})(?:${WORDS.map(([, w]) => `(${w})`).join('|')})(?!${L})`, 'giu');
const YEAR_RE = /(?<!\d)(20\d{2})(?!\d)/g;
const PERIOD_RE = /(?:[iî]n\s+)?perioada\s+(20\d{2})\s*[-–]\s*(20\d{2})/iu;
const EDGE = /^[\s,;:.+–-]+|[\s,;:–-]+$/g;

interface Hit {
  readonly status: ActionStatus;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function statusHits(t: string, issues: Issue[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of t.matchAll(STATUS_RE)) {
    const g = m.slice(1).findIndex((x) => x !== undefined);
    const status = (WORDS[g] as readonly [ActionStatus, string])[0];
    const word = m[0];
    if (/rel/i.test(word) && !/real/i.test(word)) {
      issues.push(createIssue('status.misspelt', [], { found: word, status: STATUS_LABELS[status].ro }));
    }
    hits.push({ status, start: m.index, end: m.index + word.length, text: word });
  }
  return hits;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(EDGE, '').trim();
}

/** Free text split at years introduced by "În 2021", "2021:" or a bare year. */
function evidenceByYear(t: string): StatusEvidence[] {
  const years = [...t.matchAll(YEAR_RE)];
  const head = clean(t.slice(0, years[0]?.index ?? t.length).replace(/[iî]n\s*$/iu, ''));
  if (years.length < 2) return [{ text: clean(t) }];
  const out: StatusEvidence[] = head ? [{ text: head }] : [];
  years.forEach((y, i) => {
    const end = years[i + 1]?.index ?? t.length;
    const piece = clean(t.slice((y.index as number) + 4, end).replace(/[iî]n\s*$/iu, ''));
    if (piece) out.push({ year: Number(y[1]), text: piece });
  });
  return out;
}

/**
 * Reads the result a report prints for an action into per-year statuses, keeping every piece of
 * free text as evidence. It reads the forms of the yearly reports:
 *
 * - per year: "2021 realizat 2022 realizat 2023 nerealizat" (text after a status is its evidence:
 *   "2023 realizat activitatea cu 1 ONG partener");
 * - a status for the whole period: "REALIZAT", "parțial realizat", "Realizat OSPT în colaborare cu
 *   Poliția locală" (the whole text is kept as evidence); several status words that differ give
 *   *parțial realizat* when one of them is *realizat* or *parțial realizat* ("Colaborare cu GAL
 *   realizată … Partial realizat"), else the last one;
 * - a period: "NEREALIZAT IN PERIOADA 2021 - 2023" (one status per year);
 * - typos: "relizat" reads as *realizat*, with a `status.misspelt` warning;
 * - free text with no status word ("În 2021 8 angajări În 2022 5 angajări"): no status, the text is
 *   kept as evidence, split by year, with a `status.free_text` note. No status is invented.
 *
 * Status words: *realizat*, *nerealizat* (also "nu a fost realizat"), *parțial realizat*
 * ("realizat parțial"), *în curs*, *neînceput*, *anulat*, *amânat*, with or without diacritics,
 * in any case.
 *
 * @param raw - The result as written.
 * @category Monitoring
 * @example
 * ```ts
 * import { parseStatus } from 'plan-servicii-sociale/monitoring';
 * const a = parseStatus('2021 realizat 2022 realizat 2023 nerealizat');
 * a.ok && a.statuses; //=> [{ year: 2021, status: 'done' }, { year: 2022, status: 'done' }, { year: 2023, status: 'not_done' }]
 * const b = parseStatus('NEREALIZAT IN PERIOADA 2021 - 2023');
 * b.ok && b.statuses.map((s) => s.year); //=> [2021, 2022, 2023]
 * const c = parseStatus('În 2021 8 angajări În 2022 5 angajări');
 * c.ok && [c.statuses, c.evidence]; //=> [[], [{ year: 2021, text: '8 angajări' }, { year: 2022, text: '5 angajări' }]]
 * ```
 */
export function parseStatus(raw: string): ParseStatusResult {
  if (typeof raw !== 'string') {
    return { ok: false, issues: [createIssue('type.invalid', [], { expected: 'string', received: raw === null ? 'null' : typeof raw })] };
  }
  const t = raw.replace(/\s+/g, ' ').trim();
  const issues: Issue[] = [];
  const hits = statusHits(t, issues);
  if (!hits.length) {
    // Nothing but punctuation ("-", "–"): the cell says nothing.
    if (clean(t) === '') return { ok: true, statuses: [], evidence: [], issues };
    issues.push(createIssue('status.free_text', [], {}));
    return { ok: true, statuses: [], evidence: evidenceByYear(t), issues };
  }

  // Status first, then its year, for every status word: "Nerealizat 2021 Realizat 2022 Nerealizat 2023".
  // Status first, then its year ("Realizat în 2021, nerealizat în 2022", "Nerealizat 2023"): when
  // every status word is followed by its year, nothing before the first names a year, and a lone
  // status is not followed by other years (then it is about the whole period: "realizat 2021 60
  // familii 2022 60 familii").
  const reversed = hits.map((h) => ({ hit: h, year: /^[\s:,–-]*(?:(?:[iî]n|pentru)\s+)?(?:anul\s+)?(20\d{2})(?!\d)/iu.exec(t.slice(h.end, h.end + 40)) }));
  const prefix = t.slice(0, (hits[0] as Hit).start);
  const lone = reversed.length === 1 && [...t.slice((hits[0] as Hit).end).matchAll(YEAR_RE)].length === 1;
  if ((reversed.length > 1 || lone) && !/(?<!\d)20\d{2}(?!\d)/.test(prefix) && reversed.every((r) => r.year !== null)) {
    const statuses: ParsedStatus[] = [];
    const evidence: StatusEvidence[] = clean(prefix) ? [{ text: clean(prefix) }] : [];
    reversed.forEach(({ hit, year }, i) => {
      const y = Number(year?.[1]);
      const rest = clean(t.slice(hit.end + (year?.[0].length ?? 0), reversed[i + 1]?.hit.start ?? t.length));
      const prior = statuses.find((s) => s.year === y);
      if (prior) {
        issues.push(createIssue('status.conflicting', [], { year: y, first: STATUS_LABELS[prior.status].ro, second: STATUS_LABELS[hit.status].ro }));
        if (rest) evidence.push({ year: y, text: rest });
      } else statuses.push(rest ? { year: y, status: hit.status, evidence: rest } : { year: y, status: hit.status });
    });
    return { ok: true, statuses, evidence, issues };
  }

  // Per year: a year, or years joined by "și" or commas, followed (after spaces or punctuation)
  // by a status word: "2021 realizat", "2021 și 2022 nerealizat".
  const perYear: { year: number; hit: Hit }[] = [];
  let k = 0;
  for (const y of t.matchAll(YEAR_RE)) {
    const after = (y.index as number) + 4;
    while (k < hits.length && (hits[k] as Hit).start < after) k++;
    const hit = hits[k];
    if (hit && /^(?:\s*(?:și|si|,)\s*20\d{2})*[\s:,–-]*$/iu.test(t.slice(after, hit.start))) perYear.push({ year: Number(y[1]), hit });
  }
  if (perYear.length) {
    const statuses: ParsedStatus[] = [];
    const evidence: StatusEvidence[] = [];
    const lead = clean(t.slice(0, perYear[0]?.hit.start).replace(/(?<!\d)20\d{2}(?:\s*(?:și|si|,)\s*20\d{2})*[\s:,–-]*$/iu, ''));
    if (lead) evidence.push({ text: lead });
    perYear.forEach(({ year, hit }, i) => {
      const next = perYear[i + 1];
      const end = next ? t.lastIndexOf(String(next.year), next.hit.start) : t.length;
      let rest = clean(t.slice(hit.end, end));
      // Text after the last status that names another year is about that year: "… 1 curs în anul 2023".
      const other = next ? [] : [...rest.matchAll(YEAR_RE)].filter((m) => !perYear.some((p) => p.year === Number(m[1])));
      if (other.length === 1) {
        evidence.push({ year: Number(other[0]?.[1]), text: rest });
        rest = '';
      }
      const prior = statuses.find((s) => s.year === year);
      if (prior) {
        issues.push(createIssue('status.conflicting', [], { year, first: STATUS_LABELS[prior.status].ro, second: STATUS_LABELS[hit.status].ro }));
        if (rest) evidence.push({ year, text: rest });
        return;
      }
      statuses.push(rest ? { year, status: hit.status, evidence: rest } : { year, status: hit.status });
    });
    return { ok: true, statuses, evidence, issues };
  }

  const first = hits[0] as Hit;
  const alone = clean(t) === clean(first.text);
  const evidence: StatusEvidence[] = alone ? [] : [{ text: t }];
  const period = PERIOD_RE.exec(t);
  if (period && Number(period[2]) >= Number(period[1]) && Number(period[2]) - Number(period[1]) < 50) {
    const statuses: ParsedStatus[] = [];
    for (let y = Number(period[1]); y <= Number(period[2]); y++) statuses.push({ year: y, status: first.status });
    return { ok: true, statuses, evidence: clean(t.replace(PERIOD_RE, '')) === clean(first.text) ? [] : evidence, issues };
  }
  return { ok: true, statuses: [{ status: combineHits(hits) }], evidence, issues };
}

/** Several status words for no year: one if they agree, *parțial realizat* if some work was done, else the last. */
function combineHits(hits: readonly Hit[]): ActionStatus {
  const set = new Set(hits.map((h) => h.status));
  if (set.size === 1) return (hits[0] as Hit).status;
  if (set.has('done') || set.has('partly_done')) return 'partly_done';
  return (hits[hits.length - 1] as Hit).status;
}
