import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountCellSchema, parsePlan } from '../../src/index.js';
import { minimalPlan } from './fixtures.js';

describe('properties', () => {
  it('arbitrary JSON never makes parsePlan throw, and is never mutated', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const before = JSON.stringify(value);
        const r = parsePlan(value);
        expect(JSON.stringify(value)).toBe(before);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON in any place of a plan never makes parsePlan throw', () => {
    const keys = fc.constantFrom('chapter1', 'chapter2', 'chapter3', 'actionPlan', 'domainProgramme', 'budgetChapter', 'monitoring', 'notes');
    fc.assert(
      fc.property(keys, fc.jsonValue({ maxDepth: 5 }), (key, value) => {
        const input = { ...minimalPlan(), [key]: value };
        const before = JSON.stringify(input);
        const r = parsePlan(input);
        expect(JSON.stringify(input)).toBe(before);
        for (const issue of r.issues) expect(issue.message.ro.length * issue.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('service rows made of arbitrary cell values never throw', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'capacity', 'occupancy', 'waitingRequests', 'serviceCode', 'budget', 'no'), cell), (row) => {
        const r = parsePlan({ ...minimalPlan(), chapter1: { existingServices: { rows: [row] } } });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('canonical amounts: parsing is idempotent and exact for any amount in lei and bani', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), (bani) => {
        const text = `${bani / 100n}.${String(bani % 100n).padStart(2, '0')}`;
        const once = AmountCellSchema.parse(text);
        expect(once.kind).toBe('amount');
        if (once.kind !== 'amount') return;
        expect(BigInt(once.value.replace('.', '')) * (once.value.includes('.') ? 1n : 100n)).toBe(bani);
        expect(AmountCellSchema.parse(once.value)).toEqual({ kind: 'amount', value: once.value, currency: 'RON' });
        expect(AmountCellSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it('numbers are accepted only when they are exact, and then equal their decimal text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e16 }), (n) => {
        const r = AmountCellSchema.safeParse(n);
        const text = String(n);
        const exact = Number.isSafeInteger(Math.trunc(n)) && !/e/.test(text) && (text.split('.')[1]?.length ?? 0) <= 2 && text.split('.')[0]!.length <= 15;
        expect(r.success).toBe(exact);
        if (r.success && r.data.kind === 'amount') expect(Number(r.data.value)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
