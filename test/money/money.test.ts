import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, convertAmountUnit, formatAmount, parseAmount, roundAmount, sumAmounts, sumPlanBudgets } from 'plan-servicii-sociale/money';
import { assertPlan } from 'plan-servicii-sociale';
import Decimal from 'decimal.js';

/** A decimal string with up to `places` decimals, up to 13 integer digits. */
const decimalString = (places: number) =>
  fc
    .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: places }))
    .map(([n, p]) => new Decimal(n.toString()).dividedBy(new Decimal(10).pow(p)))
    .map((d) => (d.decimalPlaces() === 0 ? d.toFixed(0) : d.toFixed(Math.max(2, d.decimalPlaces()))));

describe('allocate', () => {
  it('splits by largest remainder; ties go to the first part', () => {
    const r = allocate('100', [1, 1, 1]);
    expect(r.ok && r.parts).toEqual(['33.34', '33.33', '33.33']);
    const whole = allocate('10', [1, 1, 1], { decimals: 0 });
    expect(whole.ok && whole.parts).toEqual(['4', '3', '3']);
    const neg = allocate('-10', [1, 1, 1], { decimals: 0 });
    expect(neg.ok && neg.parts).toEqual(['-4', '-3', '-3']);
    const zero = allocate('7', [0, 2, 1], { decimals: 0 });
    expect(zero.ok && zero.parts).toEqual(['0', '5', '2']);
  });

  it('reports bad weights and totals as issues', () => {
    const bad = allocate('100', [1, -1, 0.5, 'x']);
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['allocation.invalid_weight', [1]],
      ['allocation.invalid_weight', [2]],
      ['allocation.invalid_weight', [3]],
    ]);
    expect(allocate('100', []).ok).toBe(false);
    const precision = allocate('100.555', [1, 1]);
    expect(!precision.ok && precision.issues[0]?.code).toBe('allocation.total_precision');
    expect(() => allocate(100 as unknown as string, [1])).toThrow(/decimal string/);
  });

  it('property: parts add up exactly to the total and each is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }).chain((decimals) =>
          fc.tuple(
            fc.constant(decimals),
            fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).map((n) => new Decimal(n.toString()).dividedBy(new Decimal(10).pow(decimals)).toFixed(decimals)),
            fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99_999 }).map((n) => `${n}.${n % 7}`)), { minLength: 1, maxLength: 12 }),
          ),
        ),
        ([decimals, total, weights]) => {
          const sumW = weights.reduce<Decimal>((a, w) => a.plus(new Decimal(w)), new Decimal(0));
          fc.pre(!sumW.isZero());
          const r = allocate(total, weights, { decimals });
          if (!r.ok) return false;
          const unit = new Decimal(10).pow(-decimals);
          const sum = r.parts.reduce((a, p) => a.plus(new Decimal(p)), new Decimal(0));
          if (!sum.equals(new Decimal(total))) return false;
          return r.parts.every((p, i) => {
            const exact = new Decimal(total).times(new Decimal(weights[i] as string | number)).dividedBy(sumW);
            return new Decimal(p).minus(exact).abs().lessThan(unit) && new Decimal(p).decimalPlaces() <= decimals;
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatAmount and parseAmount', () => {
  it('write the Romanian way', () => {
    expect(formatAmount('1234567.89')).toBe('1.234.567,89 lei');
    expect(formatAmount('0.05')).toBe('0,05 lei');
    expect(formatAmount('1234.565', { decimals: 2 })).toBe('1.234,57 lei');
    expect(formatAmount('1234.565', { decimals: 2, rounding: 'half-even' })).toBe('1.234,56 lei');
    expect(formatAmount('1234.5', { decimals: 0, rounding: 'down' })).toBe('1.234 lei');
    expect(formatAmount('10000', { unit: 'euro' })).toBe('10.000 euro');
    expect(() => formatAmount('1.234,5')).toThrow(/decimal string/);
  });

  it('property: parse(format(x)) = x for lei, and for mii lei with the comma as decimal separator', () => {
    fc.assert(
      fc.property(decimalString(2), (x) => {
        const r = parseAmount(formatAmount(x));
        return r.ok && r.value === x && r.unit === 'lei';
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(decimalString(5), (x) => {
        const r = parseAmount(formatAmount(x, { unit: 'mii lei' }), { decimalSeparator: ',' });
        return r.ok && r.value === x && r.unit === 'mii lei';
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rounding, conversion and sums', () => {
  it('rounds only as asked, with the mode named', () => {
    expect(roundAmount('2.5', { decimals: 0 })).toBe('3');
    expect(roundAmount('2.5', { decimals: 0, mode: 'half-even' })).toBe('2');
    expect(roundAmount('-2.5', { decimals: 0, mode: 'half-down' })).toBe('-2');
    expect(roundAmount('2.01', { decimals: 0, mode: 'up' })).toBe('3');
    expect(roundAmount('-2.01', { decimals: 0, mode: 'ceiling' })).toBe('-2');
    expect(roundAmount('-2.01', { decimals: 0, mode: 'floor' })).toBe('-3');
    expect(() => roundAmount('1', { mode: 'nearest' as never })).toThrow(/rounding mode/);
    expect(() => roundAmount('1', { decimals: 1.5 })).toThrow(/decimals/);
  });

  it('converts lei and mii lei exactly, never euro', () => {
    expect(convertAmountUnit('2233.6', 'mii lei', 'lei')).toBe('2233600');
    expect(convertAmountUnit('5', 'lei', 'mii lei')).toBe('0.005');
    expect(() => convertAmountUnit('5', 'euro', 'lei')).toThrow(/euro/);
  });

  it('property: no JS number enters a total', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 5 }), (xs) => {
        expect(() => sumAmounts(xs as unknown as string[])).toThrow(TypeError);
      }),
    );
    fc.assert(
      fc.property(fc.array(decimalString(2), { maxLength: 30 }), (xs) =>
        new Decimal(sumAmounts(xs)).equals(xs.reduce((a, x) => a.plus(new Decimal(x)), new Decimal(0))),
      ),
    );
  });

  it('sums a plan by source, by service and by part, keeping euro apart', () => {
    const plan = assertPlan({
      meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2021 },
      chapter1: {
        existingServices: { rows: [{ name: 'A', budget: { local: '0.10', other: { value: '10000', currency: 'EUR', raw: '10000 EURO' } } }] },
        proposedServices: { rows: [{ name: 'B', budget: { local: '0.20', county: '-' } }] },
        contracting: { rows: [{ name: 'C', estimatedValue: { state: '5' } }] },
        subsidy: { estimatedBudget: '52500' },
      },
    });
    const t = sumPlanBudgets(plan);
    expect(t.total).toEqual({ RON: '52505.30', EUR: '10000' });
    expect(t.bySource.find((s) => s.currency === 'RON')?.bySource).toEqual({ local: '0.30', county: '0', state: '5', beneficiaries: '0', other: '0' });
    expect(t.services.map((s) => [s.part, s.name, s.totals.map((x) => `${x.total} ${x.currency}`)])).toEqual([
      ['I.A', 'A', ['0.10 RON', '10000 EUR']],
      ['I.B', 'B', ['0.20 RON']],
      ['I.C', 'C', ['5 RON']],
    ]);
    expect(t.byPart['I.D']).toEqual({ RON: '52500' });
  });
});
