// Regenerates src/budget/data/classification.ts from ../shared/reference/budget-classification/
// (functional-68.json, economic.json). Run by hand when the reference data changes:
// `npx tsx scripts/import-budget-classification.ts`. Codes, names, parents, levels, sources and
// notes are copied as they are; this script only:
// - leaves out the two placeholders `00` / `00.00` of the primary source's dataset (not official
//   codes: `inAnnex2026: false`);
// - gathers the other wordings of a name (`nameAnnex2026`, `anafNames`, the generic/local twin's
//   name) into `otherNames`, used when checking a printed label;
// - reads the composition of the aggregates from the source's own text (01 from its note, 70 and 79
//   from their names) into `members`, and fails loudly when that text changes.
// The output is a plain literal checked against the BudgetClassification type; nothing is computed
// at module load.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../../shared/reference/budget-classification/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

interface RawEntry {
  code: string;
  name: string;
  parent: string | null;
  level: number;
  levelName: string;
  source: string;
  note?: string;
  nameAnnex2026?: string;
  anafNames?: string[];
  anafName?: string;
  genericName?: string;
  genericCode?: string;
  localCode?: string;
  inAnnex2026?: boolean;
  inAnnex2024?: boolean;
  annexMarker?: string;
}
const functional = read('functional-68.json') as { localBudgetCodes: RawEntry[]; genericCodes: RawEntry[] };
const economic = read('economic.json') as RawEntry[];

const SOURCES = [
  {
    id: 'hff',
    description:
      'Primary source: GitHub iosifnicolae2/hack-for-facts-eb-client (transparenta.eu client) at commit 133f4bc94cfa4697250f18805b5c150b6de72e62, src/assets/functional-classifications-general-ro.json and src/assets/economic-classifications-general-ro.json (last changed 2025-10-15). Titles and articles of the economic classification; chapters and subchapters of the functional one (generic form, no budget segment).',
  },
  {
    id: 'mf-annex2-2026',
    description:
      'Ministerul Finanțelor, clasificația indicatorilor privind finanțele publice, anexa 2 (bugete locale), ediția 2026, partea de cheltuieli funcționale, as transcribed in reference/nomenclator/registry.json of GitHub danadrianparaschiv/bugete-locale-romania at commit 17ba3e869d6cb814d31e494491c58b18ccf73277 (MF files Anexanr2_08052026.xlsx, Anexanr10_29072026.xlsx, AnexanrIec_28052026.xlsx); presence in 2024 checked in reference/nomenclator/2024/registry.json at commit b94ef321d0e170873020de44a9d0674d30b3e831.',
  },
  {
    id: 'mf-annex-ec-2026',
    description:
      'Same registry, 2026 economic classification of expenditure ("Chelt. clas.ec. 2026"): the alineate, the 15 titles/articles missing from the primary source, and the aggregate 01.',
  },
  {
    id: 'anaf',
    description:
      'Names in ANAF budget-execution data as stored in GitHub ClaudiuBogdan/hack-for-facts-eb-server at commit 947e863f4031f0552f8d4aa25380e24ecc53201e (golden-master snapshots; seed files of Municipiul Sibiu and Municipiul București, local budgets).',
  },
];

const uniq = (names: (string | undefined)[], main: string) => {
  const out = [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== main))];
  return out.length ? out : undefined;
};

function membersOf(e: RawEntry): string[] | undefined {
  const formula = e.code === '01' ? /01 = ([\d+]+)/.exec(e.note ?? '') : /\((\d{2})=([\d+]+)\)/.exec(e.name);
  if (!['01', '70', '79'].includes(e.code)) return undefined;
  if (!formula) throw new Error(`composition of aggregate ${e.code} not found in its source text`);
  const members = (e.code === '01' ? formula[1] : formula[2])!.split('+');
  if (members.some((m) => !/^\d{2}$/.test(m))) throw new Error(`unexpected composition of ${e.code}: ${formula[0]}`);
  return members;
}

function entry(e: RawEntry, otherNames: (string | undefined)[], extra: Record<string, unknown> = {}) {
  const members = membersOf(e);
  return {
    code: e.code,
    name: e.name,
    parent: e.parent,
    level: e.level,
    levelName: e.levelName === 'grupa (agregat)' ? 'agregat' : e.levelName,
    ...(uniq(otherNames, e.name) ? { otherNames: uniq(otherNames, e.name) } : {}),
    ...(members ? { members } : {}),
    ...extra,
    source: e.source,
    ...(e.note ? { note: e.note } : {}),
  };
}

const economicEntries = economic
  .filter((e) => e.inAnnex2026 !== false)
  .map((e) => entry(e, [e.nameAnnex2026, ...(e.anafNames ?? [])]));
const localEntries = functional.localBudgetCodes.map((e) =>
  entry(e, [e.genericName], { ...(e.genericCode ? { genericCode: e.genericCode } : {}), ...(e.inAnnex2024 === false ? { inAnnex2024: false } : {}) }),
);
const genericEntries = functional.genericCodes.map((e) =>
  entry(e, [e.anafName], e.localCode ? { localCode: e.localCode } : {}),
);

const counts = { economic: economicEntries.length, local: localEntries.length, generic: genericEntries.length };
const classification = {
  name: 'Clasificația indicatorilor privind finanțele publice (Ordinul MFP 1954/2005 cu modificările anuale): capitolul 68 funcțional și clasificația economică a cheltuielilor',
  edition: '2026',
  coverage: `Functional: chapter 68 "Asigurări și asistență socială" in the local-budget form CC.02.SS.PP (${counts.local} positions, chapter 65.02 top node included) and in the generic form CC.SS.PP (${counts.generic}); no other chapter. Economic: every expenditure title, article and alineat, and the aggregate 01 (${counts.economic} positions). Names as the sources write them (2025 primary source and the 2026 annex); which names and positions were in force in an earlier year is not verified.`,
  sources: SOURCES,
  functional: localEntries,
  functionalGeneric: genericEntries,
  economic: economicEntries,
};

const out = `// Generated by scripts/import-budget-classification.ts from ../shared/reference/budget-classification/. Do not edit by hand.
import type { BudgetClassification } from '../types.js';

/**
 * The budget classification the library ships (*clasificația indicatorilor privind finanțele
 * publice*, 2026 edition): the functional chapter 68 in the local-budget form (\`68.02.SS.PP\`) and
 * in the generic form (\`68.SS.PP\`), and the economic classification of expenditure (titles,
 * articles, alineate, and the aggregate \`01\`), each position with its source. Load a newer
 * edition with \`loadBudgetClassification\`.
 *
 * @category Budget tables
 * @example
 * \`\`\`ts
 * import { BUDGET_CLASSIFICATION } from 'plan-servicii-sociale/budget';
 * BUDGET_CLASSIFICATION.economic.length; //=> ${counts.economic}
 * BUDGET_CLASSIFICATION.functional.find((e) => e.code === '68.02.11')?.name; //=> 'Crese'
 * \`\`\`
 */
export const BUDGET_CLASSIFICATION: BudgetClassification = ${JSON.stringify(classification, null, 2)};
`;
writeFileSync(new URL('../src/budget/data/classification.ts', import.meta.url), out);
console.log(`wrote src/budget/data/classification.ts: ${counts.economic} economic, ${counts.local} local functional, ${counts.generic} generic functional positions`);
