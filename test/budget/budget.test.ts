import { describe, expect, it } from 'vitest';
import { parsePlan } from 'plan-servicii-sociale';
import {
  BUDGET_CLASSIFICATION,
  BudgetClassificationSchema,
  buildBudgetTable,
  compareServicesWithBudget,
  loadBudgetClassification,
  parseBudgetCode,
  reconcileBudgetTable,
  splitIntoQuarters,
  yearToDate,
} from 'plan-servicii-sociale/budget';

const row = (code: string, ...v: string[]) => ({ code, annual: v[0], q1: v[1], q2: v[2], q3: v[3], q4: v[4] });
const codesOf = (t: unknown) => {
  const r = reconcileBudgetTable(t);
  return r.ok ? r.issues.map((i) => `${i.code} ${i.path.join('.')}`) : r.issues.map((i) => `NOT OK ${i.code} ${i.path.join('.')}`);
};

describe('the bundled classification', () => {
  it('is valid, loads, and every position names a source it lists', () => {
    expect(BudgetClassificationSchema.safeParse(BUDGET_CLASSIFICATION).success).toBe(true);
    expect(loadBudgetClassification(BUDGET_CLASSIFICATION).ok).toBe(true);
    expect([BUDGET_CLASSIFICATION.economic.length, BUDGET_CLASSIFICATION.functional.length, BUDGET_CLASSIFICATION.functionalGeneric.length]).toEqual([1009, 16, 22]);
    expect(BUDGET_CLASSIFICATION.economic.some((e) => e.code === '00')).toBe(false); // placeholders are not official codes
  });

  it('keeps the irregular spots: aggregates, title 90', () => {
    const get = (c: string) => BUDGET_CLASSIFICATION.economic.find((e) => e.code === c);
    expect(get('01')?.members).toEqual(['10', '20', '30', '40', '50', '51', '55', '56', '57', '58', '59', '60', '61', '65']);
    expect(get('70')?.members).toEqual(['71', '72', '75']);
    expect(get('79')?.members).toEqual(['80', '81']);
    const r = parseBudgetCode('92.01.96');
    expect(r.ok && r.ancestors).toEqual(['92.01', '90']);
    const t = parseBudgetCode('71.01.30');
    expect(t.ok && t.ancestors).toEqual(['71.01', '71', '70']);
  });
});

describe('parseBudgetCode', () => {
  it.each([
    ['68.02.05.02', '68.02.05.02', 'functional', 'Asistenta sociala  in  caz de invaliditate'],
    ['68.02', '68.02', 'functional', 'Asigurari si asistenta sociala'],
    ['68.11.00', '68.11', 'functional', 'Crese'],
    ['*01', '01', 'economic', 'CHELTUIELI CURENTE'],
    ['*20', '20', 'economic', 'Bunuri si servicii'],
    [' 20.13.00 ', '20.13', 'economic', 'Pregatire profesionala'],
    ['57', '57', 'economic', 'Asistenta sociala'],
    ['10.01.13', '10.01.13', 'economic', 'Drepturi de delegare'],
  ])('reads %s as %s (%s)', (raw, code, kind, name) => {
    const r = parseBudgetCode(raw);
    expect(r.ok && [r.code, r.kind, r.name]).toEqual([code, kind, name]);
  });

  it('reads the generic form and names its local twin, and the other way round', () => {
    const g = parseBudgetCode('68.15.01');
    expect(g.ok && [g.form, g.equivalent, g.ancestors]).toEqual(['generic', '68.02.15.01', ['68.15', '68']]);
    const local = parseBudgetCode('68.02', { kind: 'functional' });
    expect(local.ok && local.children).toEqual(['68.02.04', '68.02.05', '68.02.06', '68.02.09', '68.02.10', '68.02.11', '68.02.12', '68.02.15', '68.02.50']);
    const services = parseBudgetCode('68.02', { form: 'generic' });
    expect(services.ok && services.name).toBe('Servicii publice descentralizate');
  });

  it.each([
    ['68.02.1.00', 'budget_code.malformed'],
    ['10.1', 'budget_code.malformed'],
    ['10.01.01.01.01', 'budget_code.malformed'],
    ['', 'budget_code.malformed'],
    ['*', 'budget_code.malformed'],
    ['cod 10', 'budget_code.malformed'],
    ['68.02.07', 'budget_code.unknown'],
    ['20.01.99', 'budget_code.unknown'],
    ['00', 'budget_code.unknown'],
  ])('rejects %j with %s', (raw, code) => {
    const r = parseBudgetCode(raw);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    expect(r.issues[0]?.message.ro.length).toBeGreaterThan(10);
  });

  it('refuses a functional code where an economic one is needed, and non-strings', () => {
    expect(parseBudgetCode('68.02.05.02', { kind: 'economic' }).issues[0]?.code).toBe('budget_code.not_economic');
    expect(parseBudgetCode(12 as never).issues[0]?.code).toBe('type.invalid');
    expect(parseBudgetCode('9'.repeat(500)).issues[0]?.code).toBe('budget_code.malformed');
  });
});

describe('reconcileBudgetTable', () => {
  it('gives structured issues for bad input and never throws', () => {
    expect(codesOf({ rows: [{ code: '10', q5: '1' }] })).toEqual(['NOT OK object.unknown_key rows.0.q5']);
    expect(codesOf({ rows: [{ code: '10', q1: 'o mie' }] })).toEqual(['NOT OK amount.invalid rows.0.q1']);
    expect(codesOf({ rows: [{ code: '10', q1: '2.233.600' }] })).toEqual(['NOT OK amount.invalid rows.0.q1']);
    expect(codesOf({ unit: 'euro', rows: [] })).toEqual(['NOT OK value.not_allowed unit']);
    expect(codesOf('tabel')).toEqual(['NOT OK type.invalid ']);
    expect(codesOf({ rows: [row('10.01.99', '4', '1', '1', '1', '1')] })).toEqual(['budget_code.unknown rows.0.code']);
    expect(codesOf({ rows: [row('10', '-4', '-1', '-1', '-1', '-1')] })).toEqual([
      'budget_table.negative_amount rows.0.annual',
      'budget_table.negative_amount rows.0.q1',
      'budget_table.negative_amount rows.0.q2',
      'budget_table.negative_amount rows.0.q3',
      'budget_table.negative_amount rows.0.q4',
    ]);
    expect(codesOf({ rows: [row('85.01.01', '-4', '-1', '-1', '-1', '-1')] })).toEqual([]);
    expect(codesOf({ rows: [{ ...row('10', '12'), months: ['1', '1'] }] })).toEqual(['NOT OK budget_table.months_count rows.0.months']);
  });

  it('reports misplaced rows: wrong parent, before the parent, out of order', () => {
    const t = {
      rows: [
        row('10', '30', '30', '0', '0', '0'),
        row('10.01', '10', '10', '0', '0', '0'),
        row('10.01.01', '10', '10', '0', '0', '0'),
        row('10.03', '20', '20', '0', '0', '0'),
        row('10.03.07', '10', '10', '0', '0', '0'),
        row('10.03.01', '10', '10', '0', '0', '0'),
        row('20.01.01', '5', '5', '0', '0', '0'),
        row('20', '5', '5', '0', '0', '0'),
      ],
    };
    expect(codesOf(t)).toEqual(['budget_table.before_parent rows.6', 'budget_table.out_of_order rows.5']);
    const moved = { rows: [row('10.01', '2', '2', '0', '0', '0'), row('20.01', '1', '1', '0', '0', '0'), row('10.01.01', '2', '2', '0', '0', '0'), row('20', '1', '1', '0', '0', '0')] };
    const r = reconcileBudgetTable(moved);
    expect(r.ok && r.issues.filter((i) => i.code === 'budget_table.wrong_parent').map((i) => i.params)).toEqual([
      { rowCode: '10.01.01', position: 2, line: 3, placedUnder: '20.01', belongsUnder: '10.01' },
    ]);
  });

  it('checks months against quarters, names missing cells and rows without code', () => {
    const months = ['1', '1', '1', '2', '2', '2', '3', '3', '3', '4', '4', '5'];
    expect(codesOf({ rows: [{ ...row('10.01.01', '30', '3', '6', '9', '12'), months }] })).toEqual(['budget_table.months_mismatch rows.0.q4']);
    expect(codesOf({ rows: [{ code: '10.01.01', annual: '4', q1: '4', q2: '-' }] })).toEqual(['budget_table.cell_missing rows.0.q3', 'budget_table.cell_missing rows.0.q4']);
    expect(codesOf({ rows: [{ label: 'Alte cheltuieli', annual: '4', q1: '4', q2: '0', q3: '0', q4: '0' }] })).toEqual(['budget_table.row_without_code rows.0']);
  });

  it('puts the caller path before every issue path and leaves the input as it was', () => {
    const t = Object.freeze({ rows: Object.freeze([Object.freeze(row('10', '5', '1', '1', '1', '1'))]) });
    const r = reconcileBudgetTable(t, { path: ['budgetChapter', 'tables', 2] });
    expect(r.ok && r.issues.map((i) => i.path)).toEqual([['budgetChapter', 'tables', 2, 'rows', 0, 'annual']]);
    expect(r.ok && r.issues[0]?.message.en).toBe('Row 10 (line 1 of the table): the quarters add up to 4, but the printed annual total is 5 (difference 1).');
  });
});

describe('buildBudgetTable', () => {
  it('derives quarters from months and checks what is given', () => {
    const months = ['1', '1', '1', '2', '2', '2', '3', '3', '3', '4', '4', '4'];
    const r = buildBudgetTable([{ code: '20.01.01', months }], { total: false, unit: 'mii lei' });
    expect(r.ok && r.table.rows.map((x) => [x.code, x.q2?.kind === 'amount' && x.q2.value, x.months?.length])).toEqual([
      ['01', '6', 12],
      ['20', '6', 12],
      ['20.01', '6', 12],
      ['20.01.01', '6', 12],
    ]);
    const bad = buildBudgetTable([{ code: '20.01.01', annual: '10', q1: '1', q2: '1', q3: '1', q4: '1' }, { code: '20.01.01', q1: '1' }, { code: 'x' }, { code: '10.01.01', annual: '5' }]);
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'budget_table.quarters_mismatch 0.annual',
      'budget_table.duplicate_code 1.code',
      'budget_code.malformed 2.code',
      'budget_table.quarters_missing 3',
    ]);
  });
});

describe('quarterly planning', () => {
  it('splits by months of operation, and refuses bad profiles', () => {
    const r = splitIntoQuarters('1000', { monthsOfOperation: [11, 12] }, { decimals: 0 });
    expect(r.ok && [r.quarters, r.months]).toEqual([['0', '0', '0', '1000'], ['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '500', '500']]);
    expect(splitIntoQuarters('1000', { monthsOfOperation: [0, 13, 4, 4] }).ok).toBe(false);
    expect(splitIntoQuarters('1000', { weights: [1, 2, 3] }).ok).toBe(false);
    expect(splitIntoQuarters('1000', { weights: [0, 0, 0, 0] }).ok).toBe(false);
    expect(splitIntoQuarters('10.5', 'equal', { decimals: 0 }).ok).toBe(false);
    expect(splitIntoQuarters('1000', 'equal', { decimals: -1 }).ok).toBe(false);
  });

  it('gives year to date per quarter, with a remainder when the quarters fall short', () => {
    const r = yearToDate({ annual: '100', q1: '10', q2: '20', q3: '-', q4: '30' });
    expect(r.ok && r.quarters.map((q) => q.remaining)).toEqual(['90', '70', '70', '40']);
  });
});

describe('compareServicesWithBudget', () => {
  it('groups services by functional code and compares them with the tables under it', () => {
    const parsed = parsePlan({
      meta: { authority: { kind: 'local_council', name: 'Consiliul Local X', uat: 'X' }, year: 2020 },
      chapter1: {
        existingServices: {
          rows: [
            { name: 'Cantina', functionalCode: '68.02.15.02', budget: { local: '1000' } },
            { name: 'Centru de zi', functionalCode: '68.02', budget: { local: '1000', state: '500' } },
            { name: 'Locuințe', functionalCode: '68.10', budget: { local: '1' } },
          ],
        },
        proposedServices: { rows: [{ name: 'Centru social', functionalCode: '68.02', budget: { local: '100' } }] },
      },
      budgetChapter: { tables: [{ functionalCode: '68.02.15.02', unit: 'mii lei', rows: [row('0', '2', '1', '1', '0', '0')] }] },
    });
    if (!parsed.ok) throw new Error('plan');
    const r = compareServicesWithBudget(parsed.plan, { sources: ['local', 'state'] });
    expect(r.comparisons).toEqual([
      { functionalCode: '68.02.15.02', services: [{ part: 'I.A', index: 0 }], servicesTotal: '1000', tableTotal: '2000', difference: '1000' },
      { functionalCode: '68.02', services: [{ part: 'I.A', index: 1 }, { part: 'I.B', index: 0 }], servicesTotal: '1600', tableTotal: '2000', difference: '400' },
      { functionalCode: '68.02.10', services: [{ part: 'I.A', index: 2 }], servicesTotal: '1', tableTotal: null, difference: null },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['budget_table.no_table_for_code']);
  });
});

describe('loadBudgetClassification', () => {
  it('reports duplicates and dangling references', () => {
    const r = loadBudgetClassification({
      ...BUDGET_CLASSIFICATION,
      economic: [...BUDGET_CLASSIFICATION.economic, { ...BUDGET_CLASSIFICATION.economic[5], source: 'nowhere' }],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['budget_classification.duplicate', 'budget_classification.unknown_reference']);
    expect(loadBudgetClassification({ name: 'x' }).ok).toBe(false);
  });
});

describe('found by review', () => {
  it('refuses a classification whose parents come back to a code, and an unloaded classification option', () => {
    const functional = BUDGET_CLASSIFICATION.functional.map((e) => (e.code === '68.02.11' ? { ...e, parent: '68.02.11' } : e));
    expect(loadBudgetClassification({ ...BUDGET_CLASSIFICATION, functional }).ok).toBe(false);
    expect(() => parseBudgetCode('10.01', { classification: {} as never })).toThrow(TypeError);
  });

  it('takes a total printed last, and a "TOTAL <name>" subtotal as that position', () => {
    expect(codesOf({ rows: [row('10', '5', '5', '0', '0', '0'), row('10.01.01', '5', '5', '0', '0', '0'), { label: 'TOTAL', ...row('', '5', '5', '0', '0', '0'), code: undefined }] })).toEqual([]);
    const r = reconcileBudgetTable({ rows: [{ label: 'TOTAL CHELTUIELI DE PERSONAL', annual: '5', q1: '5', q2: '0', q3: '0', q4: '0' }, row('10.01.01', '5', '5', '0', '0', '0')] });
    expect(r.ok && r.rows[0]?.code).toBe('10');
  });

  it('folds formulas out of official names, and says when a code has no name to compare', async () => {
    const { checkBudgetLabel } = await import('plan-servicii-sociale/budget');
    const a = checkBudgetLabel('71', 'Active nefinanciare');
    expect(a.ok && a.match).toBe('same');
    const b = checkBudgetLabel('65.02.50.00', 'ASISTENȚĂ SOCIALĂ');
    expect(b.ok && [b.match, b.issues]).toEqual(['no_official_name', []]);
  });
});
