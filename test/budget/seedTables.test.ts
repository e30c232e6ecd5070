// Chapter IV of seed 003 (Câmpia Turzii, 2020): five quarterly budget tables, transcribed as
// published in examples/budget/campia-turzii-2020.json. Every inconsistency in them, found by hand
// from the seed (lines 387-500) and listed here with its numbers; nothing else may be reported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BudgetChapterSchema, type BudgetTable } from 'plan-servicii-sociale';
import { checkBudgetLabel, combineBudgetTables, reconcileBudgetTable, totalsByFunctionalCode, yearToDate } from 'plan-servicii-sociale/budget';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8'));
const chapter = read('budget/campia-turzii-2020.json') as { tables: BudgetTable[] };
const tables = chapter.tables;

const COLUMNS = ['annual', 'q1', 'q2', 'q3', 'q4'] as const;
const LABELS = { annual: 'TOTAL AN', q1: 'TRIM I', q2: 'TRIM II', q3: 'TRIM III', q4: 'TRIM IV' };
/** One finding per column: [rowCode, position, code, expected[5], found[5]]. */
function perColumn(code: string, rowCode: string, position: number, expected: string[], found: string[]) {
  return COLUMNS.flatMap((column, k) =>
    expected[k] === found[k]
      ? []
      : [{ code, path: ['rows', position, column], params: { rowCode, position, line: position + 1, column, columnLabel: LABELS[column], expected: expected[k], found: found[k], difference: String(Number(found[k]) - Number(expected[k])) } }],
  );
}
const findings = (t: unknown) => {
  const r = reconcileBudgetTable(t);
  if (!r.ok) throw new Error('unreadable');
  return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};

describe('seed 003, chapter IV, as transcribed', () => {
  it('is a valid budget chapter, the same as the one in the plan example', () => {
    expect(BudgetChapterSchema.safeParse(chapter).success).toBe(true);
    expect(read('plans/campia-turzii-2020.json').budgetChapter).toEqual(chapter);
    expect(tables.map((t) => [t.functionalCode, t.title, t.unit, t.rows.length])).toEqual([
      ['65.02.50.00', 'ASISTENȚĂ SOCIALĂ', 'mii lei', 3],
      ['68.02.05.02', 'ASISTENȚA SOCIALĂ ÎN CAZ DE INVALIDITATE', 'mii lei', 15],
      ['68.02.1.00', 'CRESA ALBĂ CA ZĂPADĂ', 'mii lei', 31],
      ['68.02.15.01', 'AJUTOR SOCIAL', undefined, 6],
      [undefined, 'CHELTUIELI IN DOMENIUL ASISTENTEI SOCIALE', undefined, 27],
    ]);
  });

  it('65.02.50.00: education chapter; 01 prints 2,233,600 over a single line 57.02.03 of 0; the amounts are lei', () => {
    expect(findings(tables[0])).toEqual([
      { code: 'budget_code.other_chapter', path: ['functionalCode'], params: { code: '65.02.50', chapter: '65', chapterName: 'Invatamant' } },
      ...perColumn('budget_table.children_mismatch', '01', 1, ['0', '0', '0', '0', '0'], ['2233600', '622900', '562000', '551700', '497000']),
      {
        code: 'budget_table.unit_suspect',
        path: ['unit'],
        params: { rowCode: '0', position: 0, line: 1, column: 'annual', columnLabel: 'TOTAL AN', expected: '2233.60', found: '2233600', difference: '2231366.40', unit: 'mii lei', asLei: '2233600000' },
      },
    ]);
  });

  it('68.02.05.02: 10.01 is more than its one alineat; 57.02 is less than 57.02.01 + 57.02.02; the amounts are lei', () => {
    expect(findings(tables[1])).toEqual([
      ...perColumn('budget_table.children_mismatch', '10.01', 3, ['1400000', '400000', '400000', '300000', '300000'], ['1406100', '403000', '403000', '300100', '300000']),
      ...perColumn('budget_table.children_mismatch', '57.02', 12, ['3234000', '852000', '850000', '764000', '768000'], ['3038000', '800000', '800000', '719000', '719000']),
      {
        code: 'budget_table.unit_suspect',
        path: ['unit'],
        params: { rowCode: '01', position: 0, line: 1, column: 'annual', columnLabel: 'TOTAL AN', expected: '4494', found: '4494000', difference: '4489506', unit: 'mii lei', asLei: '4494000000' },
      },
    ]);
  });

  it('68.02.1.00: adds up everywhere; the code is malformed and the amounts are lei', () => {
    expect(findings(tables[2])).toEqual([
      { code: 'budget_code.malformed', path: ['functionalCode'], params: { code: '68.02.1.00', segment: '1' } },
      {
        code: 'budget_table.unit_suspect',
        path: ['unit'],
        params: { rowCode: '01', position: 0, line: 1, column: 'annual', columnLabel: 'TOTAL AN', expected: '323.40', found: '323400', difference: '323076.60', unit: 'mii lei', asLei: '323400000' },
      },
    ]);
  });

  it('68.02.15.01: consistent', () => {
    expect(findings(tables[3])).toEqual([]);
  });

  it('the unnamed table: the total, title 20 and the first 20.01 do not add up; 20.03 exceeds title 20; 20.01 twice', () => {
    expect(findings(tables[4])).toEqual([
      // TOTAL CHELTUIELI = 10 + 20 = 2,030,000 + 169,900 (the fourth quarter agrees).
      ...perColumn('budget_table.children_mismatch', '0', 0, ['2199900', '612900', '552000', '538000', '497000'], ['2233600', '622900', '562000', '551700', '497000']),
      // *20 = 20.01 (136,900) + 20.01 again (50,000) + 20.03 (300,000).
      ...perColumn('budget_table.children_mismatch', '20', 18, ['486900', '147900', '123000', '109000', '107000'], ['169900', '73900', '40000', '30000', '26000']),
      // 20.01 = 20.01.01 + 20.01.02 + 20.01.03 + 20.01.04 = 6,000 + 6,000 + 26,000 + 7,000.
      ...perColumn('budget_table.children_mismatch', '20.01', 19, ['45000', '28000', '8000', '5000', '4000'], ['136900', '54900', '33000', '25000', '24000']),
      ...COLUMNS.map((column, k) => ({
        code: 'budget_table.child_exceeds_parent',
        path: ['rows', 25, column],
        params: {
          rowCode: '20.03', position: 25, line: 26, column, columnLabel: LABELS[column], parentCode: '20',
          expected: ['169900', '73900', '40000', '30000', '26000'][k], found: ['300000', '80000', '78000', '71000', '71000'][k], difference: ['130100', '6100', '38000', '41000', '45000'][k],
        },
      })),
      { code: 'budget_table.duplicate_code', path: ['rows', 24, 'code'], params: { rowCode: '20.01', position: 24, line: 25, firstPosition: 19, firstLine: 20 } },
    ]);
  });

  it('reads the rows printed without a code by their label, and the page-break heading as a heading', () => {
    const r = reconcileBudgetTable(tables[1]);
    expect(r.ok && r.rows.slice(0, 3)).toEqual([
      { position: 0, code: '01', kind: 'aggregate', codeFrom: 'label', name: 'CHELTUIELI CURENTE', parentPosition: null },
      { position: 1, code: '10', kind: 'title', codeFrom: 'printed', name: 'Cheltuieli de personal', parentPosition: 0 },
      { position: 2, code: null, kind: 'heading', parentPosition: null },
    ]);
    const last = reconcileBudgetTable(tables[4]);
    expect(last.ok && last.rows[0]).toEqual({ position: 0, code: '0', kind: 'total', codeFrom: 'label', parentPosition: null });
    expect(last.ok && last.suspects).toEqual([]);
  });

  it('checks every printed label against the official name', () => {
    const matches = tables.flatMap((t) => t.rows.filter((r) => r.code).map((r) => {
      const c = checkBudgetLabel(r.code as string, r.label as string);
      return c.ok ? `${r.code} ${c.match}` : `${r.code} unreadable`;
    }));
    const different = matches.filter((m) => m.endsWith('different'));
    expect([...new Set(different)]).toEqual([
      '57.02.03 different', // "Tichete soc. Pentru gradinita": the 2026 name also covers crèches
      '10.01 different', // "Cheltuieli cu salariile" / "Chelti cu sal din care :" vs "Cheltuieli salariale in bani"
      '10.03.04 different', // "Contr. Asig.accid.munca" leaves out "si boli profesionale"
      '10.02.06 different', // "Youchere vacanta" (typo)
      '20.01 different', // "Cheltuieli pt.intret.si gosp."
      '20.01.30 different', // "Alte bunuri si prest.serv."
      '20.05 different', // "Ob.de inventar"
      '20.13 different', // "Preguire profesionala" (typo)
      '57 different', // "ASIST. SOC.COD 57.02"
      '57.02.01 different', // "Subv.pt ac.aj. Incalz.loc.L 70"
      '57.02.02 different', // "Ajut. in normantare L.416"
      '20.01.03 different', // "Incalzit,Illuminat si forta motrica" (typo)
    ].map((m) => m.replace('20.13 ', '20.13.00 ')));
    expect(matches).toContain('10.01.13 variant');
    expect(matches.filter((m) => m.endsWith('abbreviated')).length).toBeGreaterThan(20);
  });

  it('adds the tables up by functional code, leaving out the malformed one and the one without a code', () => {
    const r = totalsByFunctionalCode(tables);
    expect(r.ok && r.totals.map((t) => [t.functionalCode, t.own, t.tables, t.annual])).toEqual([
      ['65.02', false, [0], '2233600000'],
      ['65.02.50', true, [0], '2233600000'],
      ['68.02', false, [1, 3], '4494006000'],
      ['68.02.05', false, [1], '4494000000'],
      ['68.02.05.02', true, [1], '4494000000'],
      ['68.02.15', false, [3], '6000'],
      ['68.02.15.01', true, [3], '6000'],
    ]);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['budget_table.unit_missing', '3.unit'],
      ['budget_table.unit_missing', '4.unit'],
      ['budget_code.other_chapter', '0.functionalCode'],
      ['budget_code.malformed', '2.functionalCode'],
      ['budget_table.functional_code_missing', '4.functionalCode'],
    ]);
  });

  it('once the unit is corrected to lei, combines the four coded tables into one chapter total', () => {
    const inLei = tables.slice(0, 4).map((t) => ({ ...t, unit: 'lei' as const }));
    const r = combineBudgetTables(inLei);
    expect(r.ok && r.table.functionalCode).toBeUndefined(); // 65 and 68 have no common code
    const total = r.ok ? r.table.rows[0] : undefined;
    // 2,233,600 + 4,494,000 (01, no total row) + 323,400 (01) + 6,000
    expect(total).toMatchObject({ code: '0', annual: { value: '7057000' }, q1: { value: '1951100' } });
    expect(tables[0]).toEqual(read('budget/campia-turzii-2020.json').tables[0]); // inputs untouched
  });

  it('gives year-to-date and remaining amounts of the total row', () => {
    const r = yearToDate(tables[0]?.rows[0]);
    expect(r.ok && r.quarters.map((q) => q.remaining)).toEqual(['1610700', '1048700', '497000', '0']);
  });
});
