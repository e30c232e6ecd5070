// Every amount string written in the five seeds (census in seed-amounts.json: the string as
// printed, every place it occurs, and an accountant's reading from the document's context) is
// parsed to that reading or rejected with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAmount, type MoneyUnit } from 'plan-servicii-sociale/money';

interface CensusEntry {
  raw: string;
  seeds: { file: string; line: number }[];
  context: string;
  reading: 'amount' | 'not_money' | 'ambiguous' | 'unreadable';
  value?: string;
  currency?: 'RON' | 'EUR';
  unit?: MoneyUnit;
  per?: string[];
  perCount?: number;
  rest?: string;
  reason?: string;
}

const census = JSON.parse(readFileSync(new URL('./seed-amounts.json', import.meta.url), 'utf8')) as CensusEntry[];

describe('every amount string in the seeds', () => {
  it('has the census', () => {
    expect(census.length).toBeGreaterThan(200);
  });

  // The caller knows the column is money in lei (or euro): that is the unit given.
  const amounts = census.filter((e) => e.reading === 'amount');
  it.each(amounts.map((e) => [e.raw, e] as const))('%j is read as its census value', (_raw, entry) => {
    const unit: MoneyUnit = entry.currency === 'EUR' ? 'euro' : (entry.unit ?? 'lei');
    const read = parseAmount(entry.raw, { unit });
    expect(read.ok, read.ok ? '' : read.issues[0]?.message.en).toBe(true);
    if (!read.ok) return;
    expect(Number(read.value) === Number(entry.value) && read.value === read.value.trim()).toBe(true);
    expect(read.value).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d{2,})?$/);
    expect(read.currency).toBe(entry.currency);
    expect(read.per).toEqual(entry.per ?? []);
    expect(read.perCount).toBe(entry.perCount);
  });

  const rejected = census.filter((e) => e.reading !== 'amount');
  it.each(rejected.map((e) => [e.raw, e] as const))('%j is rejected with a reason', (_raw, entry) => {
    const read = parseAmount(entry.raw, { unit: 'lei' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]?.code).toMatch(/^amount\.(percentage|count|leading_zero|no_number|several_numbers|bad_grouping)$/);
    expect(read.issues[0]?.message.ro.length).toBeGreaterThan(10);
  });
});

describe('the strings the issue names', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['2.233.600', '2233600', { unit: 'lei', unitStated: false, per: [] }],
    ['158838 lei', '158838', { unitStated: true }],
    ['36.669,00 lei', '36669', {}],
    ['257,083 lei', '257083', { warnings: ['amount.comma_thousands'] }],
    ['41, 220 lei', '41220', { warnings: ['amount.comma_thousands', 'amount.stray_space'] }],
    ['11,283 lei', '11283', { warnings: ['amount.comma_thousands'] }],
    ['33,827,50 lei', '33827.50', { warnings: ['amount.repeated_separator'] }],
    ['336.696,0 0 lei', '336696', { warnings: ['amount.stray_space'] }],
    ['700.000,00lei/an/30 beneficiari', '700000', { per: ['year', 'beneficiary'], perCount: 30 }],
    ['10000 EURO', '10000', { currency: 'EUR', unit: 'euro' }],
    ['1640958 lei PNRR', '1640958', { rest: 'PNRR' }],
    ['sponsorizare 30.000', '30000', { rest: 'sponsorizare', unitStated: false }],
    ['12,5 mii lei', '12.50', { unit: 'mii lei' }],
    ['75.000 lei (L.358)', '75000', { rest: '(L.358)' }],
  ];
  it.each(cases)('%j → %s', (raw, value, expected) => {
    const read = parseAmount(raw);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toBe(value);
    const { warnings, ...rest } = expected;
    expect(read).toMatchObject(rest);
    expect(read.warnings.map((w) => w.code)).toEqual(warnings ?? []);
  });

  it('"75,2%" is not money; "00763.737" is unreadable; "1,500" is ambiguous until the unit or separator is given', () => {
    const pct = parseAmount('75,2%');
    expect(!pct.ok && pct.issues[0]?.code).toBe('amount.percentage');
    const zero = parseAmount('donații 00763.737');
    expect(!zero.ok && zero.issues[0]?.code).toBe('amount.leading_zero');
    const amb = parseAmount('1,500');
    expect(!amb.ok && amb.issues[0]?.params).toMatchObject({ separator: ',', asThousands: '1500', asDecimals: '1.500' });
    expect(parseAmount('1,500 mii lei').ok).toBe(false);
    const lei = parseAmount('1,500', { unit: 'lei' });
    expect(lei.ok && lei.value).toBe('1500');
    const dec = parseAmount('1,500', { decimalSeparator: ',', unit: 'mii lei' });
    expect(dec.ok && dec.value).toBe('1.50');
  });

  it('bad input gives an issue, never a throw, and keeps the input', () => {
    for (const garbage of [null, undefined, 42, {}, [], '', '   ', 'x'.repeat(100_000), '1.2.3,4,5', '12,3456 lei', '1.23.4']) {
      const read = parseAmount(garbage);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.issues.length).toBe(1);
    }
    const path = ['chapter1', 'existingServices', 'rows', 0, 'budget', 'local'];
    const read = parseAmount('abc', { path });
    expect(!read.ok && read.issues[0]?.path).toEqual(path);
  });

  it('reads negative amounts and space-grouped thousands', () => {
    const neg = parseAmount('-1.234,50 lei');
    expect(neg.ok && neg.value).toBe('-1234.50');
    const spaced = parseAmount('14 546,52 lei cu TVA inclus');
    expect(spaced.ok && [spaced.value, spaced.rest]).toEqual(['14546.52', 'cu TVA inclus']);
  });
});
