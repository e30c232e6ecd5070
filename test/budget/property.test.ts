import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_CLASSIFICATION,
  BUDGET_COLUMNS,
  buildBudgetTable,
  checkBudgetLabel,
  parseBudgetCode,
  reconcileBudgetTable,
  splitIntoQuarters,
  type BudgetLeaf,
} from 'plan-servicii-sociale/budget';

// Leaves: alineate (and articles without alineate) of the titles plans use, so that parents repeat.
const children = new Map<string, string[]>();
for (const e of BUDGET_CLASSIFICATION.economic) if (e.parent) children.set(e.parent, [...(children.get(e.parent) ?? []), e.code]);
const LEAVES = BUDGET_CLASSIFICATION.economic
  .filter((e) => /^(?:10|20|57|59|71|85)\b/.test(e.code) && e.level >= 2 && !children.has(e.code))
  .map((e) => e.code);

const amount = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 9n }).map(String), fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`));
const leaf = (code: string) =>
  fc.tuple(amount, amount, amount, amount).map(([q1, q2, q3, q4]): BudgetLeaf => {
    const neg = (v: string) => (code.startsWith('85') && v !== '0' && v !== '0.00' ? `-${v}` : v);
    return { code, q1: neg(q1), q2: neg(q2), q3: neg(q3), q4: neg(q4) };
  });
const leaves = fc.uniqueArray(fc.constantFrom(...LEAVES), { minLength: 1, maxLength: 25 }).chain((codes) => fc.tuple(...codes.map(leaf)));

describe('properties of budget tables', () => {
  it('a table built from random leaves reconciles with nothing to report', () => {
    fc.assert(
      fc.property(leaves, fc.boolean(), (ls, total) => {
        const built = buildBudgetTable(ls, { total });
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const r = reconcileBudgetTable(built.table);
        expect(r.ok && r.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('changing any single cell is found, on the right row and column', () => {
    const change = fc.tuple(leaves, fc.nat(), fc.constantFrom(...BUDGET_COLUMNS), fc.integer({ min: -5000, max: 5000 }).filter((n) => n !== 0));
    fc.assert(
      fc.property(change, ([ls, pick, column, delta]) => {
        const built = buildBudgetTable(ls);
        if (!built.ok) throw new Error('not built');
        const rows = built.table.rows.map((row) => ({ ...row }));
        const position = pick % rows.length;
        const row = rows[position] as (typeof rows)[number];
        const cell = row[column];
        if (cell?.kind !== 'amount') throw new Error('not an amount');
        const changed = (Number(cell.value) * 100 + delta) / 100;
        row[column] = { ...cell, value: (Math.round(changed * 100) / 100).toFixed(2) };
        const r = reconcileBudgetTable({ ...built.table, rows });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.consistent).toBe(false);
        expect(r.suspects).toEqual([{ rowCode: row.code, position, column }]);
        // The row's own quarters, and the column, are each named by a finding.
        expect(r.issues.some((i) => i.code === 'budget_table.quarters_mismatch' && i.params.position === position)).toBe(true);
        expect(r.issues.some((i) => i.code === 'budget_table.children_mismatch' && i.params.column === column)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON never makes the budget functions throw, and is never mutated', () => {
    const rowish = fc.dictionary(fc.constantFrom('label', 'code', 'annual', 'q1', 'q2', 'q3', 'q4', 'q5', 'months'), fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 2 })));
    const tableish = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ unit: fc.constantFrom('lei', 'mii lei', 'euro'), rows: fc.array(rowish, { maxLength: 8 }) }));
    fc.assert(
      fc.property(tableish, fc.jsonValue({ maxDepth: 2 }), (value, other) => {
        const before = JSON.stringify(value);
        const r = reconcileBudgetTable(value);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        buildBudgetTable(value as never);
        splitIntoQuarters(other as never, value as never);
        parseBudgetCode(other as never);
        checkBudgetLabel(other as never, value as never);
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('splitIntoQuarters always adds up exactly, each quarter within a unit of its share', () => {
    const profile = fc.oneof(
      fc.constant('equal' as const),
      fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }).map((monthsOfOperation) => ({ monthsOfOperation })),
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0)).map((weights) => ({ weights })),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), profile, (total, p) => {
        const r = splitIntoQuarters(String(total), p, { decimals: 0 });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.quarters.reduce((a, q) => a + BigInt(q), 0n)).toBe(total);
        if (r.months) expect(r.months.reduce((a, m) => a + BigInt(m), 0n)).toBe(total);
      }),
      { numRuns: 300 },
    );
  });
});
