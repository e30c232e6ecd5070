// Regenerates src/cost-standards/data/standards.ts from ../shared/reference/cost-standards/
// (standards.json, acts.json). Run by hand when the reference data changes:
// `npx tsx scripts/import-cost-standards.ts`. Values, acts, dates, sources and the verified flag
// are copied as they are; this script adds only what the library needs on top:
// - a `key` per value naming the line of the standard across acts (KEYS below, by position, checked
//   against the service wording so that a reordered file fails loudly);
// - `period`/`perUnit` from the written unit;
// - for each act, which earlier act's values it replaces (SUPERSEDES, with the basis from acts.json).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../../shared/reference/cost-standards/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
interface RawStandard { act: string; annex: string | null; point: string | null; service: string; beneficiaryGroup: string; unit: string; value: string; effectiveFrom: string | null; nomenclatureCodes: string[]; sources: string[]; verified: boolean; note?: string; valueAsWritten?: string }
interface RawAct { act: string; title: string; date?: string; monitorulOficial?: { number: string | null; date: string | null } | string; effectiveFrom?: string; effectiveDateBasis?: string; sources?: string[]; note?: string }
const standards = read('standards.json') as RawStandard[];
const acts = read('acts.json') as RawAct[];

// [key, a word the service wording must contain] by position in standards.json.
const KEYS: readonly [string, string][] = [
  ['maternal-assistance/one-child', 'un singur copil'],
  ['maternal-assistance/two-children', 'doi copii'],
  ['maternal-assistance/three-children', 'trei copii'],
  ['maternal-assistance-disability/one-child', 'un singur copil'],
  ['maternal-assistance-disability/two-children', 'doi copii'],
  ['maternal-assistance-hiv/one-child', 'un copil'],
  ['maternal-assistance-hiv/two-or-more-children', 'doi sau mai'],
  ['placement-centre', 'centru de plasament'],
  ['family-type-home', 'casă de tip familial'],
  ['maternal-assistance/one-child', 'un copil'],
  ['maternal-assistance/two-children', 'doi copii'],
  ['maternal-assistance/three-children', 'trei copii'],
  ['maternal-assistance-disability/one-child', 'un copil'],
  ['maternal-assistance-disability/two-children', 'doi sau mai'],
  ['placement-centre', 'centre de plasament'],
  ['family-type-home/no-disability', 'case de tip familial'],
  ['family-type-home/disability', 'case de tip familial'],
  ['placement-centre/disability', 'copii cu dizabilități'],
  ['emergency-reception-centre/children', 'primire în regim de urgență'],
  ['maternal-centre', 'centru maternal'],
  ['adults-disability/care-and-assistance-centre', 'CIA'],
  ['adults-disability/recovery-centre', 'CRR'],
  ['adults-disability/neuropsychiatric-recovery-centre', 'CRRN'],
  ['elderly/residential-home', 'cămin'],
  ['adults-disability/annex-2-unnamed', 'anexa 2'],
  ['children-disability/day-or-recovery-centre', 'centru de zi'],
  ['children/day-centre', 'centru de zi'],
  ['elderly/home-care-hourly', 'domiciliu'],
  ['family-type-home/disability', 'case de tip familial'],
  ['family-type-home/no-disability', 'case de tip familial'],
  ['adults-disability/care-and-assistance-centre', 'CIA'],
  ['elderly/residential-dependent', 'vârstnice dependente'],
  ['maternal-assistance/one-child', 'un copil'],
  ['maternal-assistance/two-children', 'doi copii'],
  ['maternal-assistance-disability/one-child', 'un copil'],
  ['maternal-assistance/unidentified-seed-004', 'nedeterminat'],
  ['maternal-assistance/one-child', 'un copil'],
  ['maternal-assistance/two-children', 'doi copii'],
  ['maternal-assistance-disability/one-child', 'un copil'],
  ['maternal-assistance-disability/two-children', 'doi copii'],
];
if (KEYS.length !== standards.length) throw new Error(`standards.json has ${standards.length} values, KEYS ${KEYS.length}`);

const UNITS: Record<string, { period: string; perUnit: string }> = {
  'lei/an/beneficiar': { period: 'year', perUnit: 'beneficiary' },
  'lei/oră': { period: 'hour', perUnit: 'person' },
};

/** "36669.00" → "36669": the library's canonical amount (the text as written stays in valueAsWritten). */
const canonical = (v: string) => v.replace(/\.00$/, '');

const out = standards.map((s, i) => {
  const [key, word] = KEYS[i] as [string, string];
  if (!s.service.includes(word)) throw new Error(`value ${i} (${s.service}) does not contain "${word}": KEYS are out of step`);
  const unit = UNITS[s.unit];
  if (!unit) throw new Error(`unknown unit ${s.unit}`);
  return {
    key,
    act: s.act,
    annex: s.annex,
    point: s.point,
    service: s.service,
    beneficiaryGroup: s.beneficiaryGroup,
    ...unit,
    value: canonical(s.value),
    effectiveFrom: s.effectiveFrom,
    nomenclatureCodes: s.nomenclatureCodes,
    sources: s.sources,
    verified: s.verified,
    ...(s.note ? { note: s.note } : {}),
    ...(s.valueAsWritten ? { valueAsWritten: s.valueAsWritten } : {}),
  };
});

// Which act's values each act replaces. The basis is what acts.json says about it.
const SUPERSEDES: Record<string, { act: string; annexes: 'all' | string[]; basis: string }[]> = {
  'HG 978/2015': [{ act: 'HG 23/2010', annexes: 'all', basis: 'presumed: later national standards (news reports compare them); the repeal clause was not seen' }],
  'HG 426/2020': [{ act: 'HG 978/2015', annexes: 'all', basis: 'presumed: news reports of May 2020 present the values as replacing the earlier ones; the repeal clause was not seen' }],
  'HG 1253/2022': [{ act: 'HG 426/2020', annexes: 'all', basis: 'art. unic pct. 4: anexele nr. 1-5 se înlocuiesc cu anexele nr. 1-4' }],
  'HG ?/2026': [{ act: 'HG 1253/2022', annexes: 'all', basis: 'news of January 2026: the act amends HG 426/2020 with new cost standards for children, adults with disabilities, elderly and domestic-violence services; the values are not known' }],
};
const EARLIEST: Record<string, string> = { 'HG ?/2026': '2026-01-14' };

const series = acts.filter((a) => /^HG (?:\d+|\?)\/\d{4}$/.test(a.act) && a.effectiveFrom);
const outActs = series.map((a) => {
  const mo = typeof a.monitorulOficial === 'object' && a.monitorulOficial?.number
    ? `Monitorul Oficial, Partea I, nr. ${a.monitorulOficial.number} din ${a.monitorulOficial.date}`
    : undefined;
  const notes = [a.effectiveDateBasis ? `Start date: ${a.effectiveDateBasis}` : '', a.note ?? ''].filter(Boolean).join(' ');
  return {
    act: a.act,
    title: a.title,
    ...(a.date ? { adopted: a.date } : {}),
    ...(mo ? { publishedIn: mo } : {}),
    effectiveFrom: a.effectiveFrom as string,
    ...(EARLIEST[a.act] ? { effectiveFromEarliest: EARLIEST[a.act] } : {}),
    supersedes: SUPERSEDES[a.act] ?? [],
    sources: a.sources ?? [],
    ...(notes ? { note: notes.slice(0, 2000) } : {}),
  };
});

const table = {
  name: 'Standarde de cost pentru serviciile sociale (HG 23/2010, HG 978/2015, HG 426/2020, HG 1253/2022) — valori parțiale din surse secundare',
  coverage:
    'Partial. The annex tables of the acts were not reached: every value comes from a secondary source (news article, DGASPC page, or a published plan) and says which in `sources` and `note`. 26 values are verified, 14 are not. No 2022 or 2026 value is known for day centres, residential centres, family-type homes, elderly care or domestic-violence services; no home-care standard; no placement allowance. No source links a value to nomenclature codes. From the January 2026 act on (number not confirmed, adopted 2026-01-14, applies from 2026-02-01 at the latest) no value is known.',
  acts: outActs,
  standards: out,
};

const header = `// Generated by scripts/import-cost-standards.ts from ../shared/reference/cost-standards/. Do not edit by hand.
import type { CostStandardTable } from '../types.js';

/**
 * The cost standards the library ships: values of HG 23/2010, HG 978/2015, HG 426/2020 and HG
 * 1253/2022 as far as public sources state them, each with act, annex, sources, the day it applies
 * from and a \`verified\` flag, and the acts with the values each one replaces. **Partial**: the
 * annexes were not reached, see \`coverage\`. Load an official table with \`loadCostStandards\`.
 *
 * @category Cost standards
 * @example
 * \`\`\`ts
 * import { COST_STANDARDS } from 'plan-servicii-sociale/cost-standards';
 * COST_STANDARDS.standards.filter((s) => s.verified).length; //=> 26
 * COST_STANDARDS.standards.find((s) => s.key === 'family-type-home/disability' && s.act === 'HG 426/2020')?.value; //=> '65119'
 * \`\`\`
 */
export const COST_STANDARDS: CostStandardTable = `;
writeFileSync(new URL('../src/cost-standards/data/standards.ts', import.meta.url), `${header}${JSON.stringify(table, null, 2)};\n`);
console.log(`wrote ${out.length} values, ${outActs.length} acts`);
