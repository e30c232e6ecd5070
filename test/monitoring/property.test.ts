import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, COUNT_BUCKETS, actionTree, rollupStatuses, type RollupNode, type StatusRecord } from 'plan-servicii-sociale/monitoring';

// Random plans: components → general objectives → specific objectives → measures → actions,
// with some actions directly under objectives; random records for three years.
const actions = fc.array(fc.record({ title: fc.constantFrom('A', 'B', 'C') }), { maxLength: 4 });
const measure = fc.record({ title: fc.constant('M'), actions });
const specific = fc.record({ title: fc.constant('OS'), measures: fc.array(measure, { maxLength: 3 }), actions });
const general = fc.record({ title: fc.constant('OG'), specificObjectives: fc.array(specific, { maxLength: 3 }) });
const plan = fc.oneof(
  fc.record({ actionPlan: fc.record({ generalObjectives: fc.array(general, { maxLength: 3 }) }) }),
  fc.record({ actionPlan: fc.record({ components: fc.array(fc.record({ title: fc.constant('C'), generalObjectives: fc.array(general, { maxLength: 2 }) }), { maxLength: 2 }) }) }),
);
const periods = [{ year: 2021 }, { year: 2022 }, { year: 2023 }];
const cell = fc.option(fc.option(fc.constantFrom(...ACTION_STATUSES), { nil: undefined }), { nil: null });

function leaves(n: { key: string; level: string; children: readonly unknown[] }): string[] {
  return n.level === 'action' ? [n.key] : n.children.flatMap((c) => leaves(c as typeof n));
}

function check(n: RollupNode): void {
  const sum = (f: (c: RollupNode) => number) => n.children.reduce((s, c) => s + f(c), 0);
  if (n.level !== 'action') {
    for (const b of COUNT_BUCKETS) expect(n.counts[b]).toBe(sum((c) => c.counts[b]));
    expect(n.counts.total).toBe(sum((c) => c.counts.total));
    for (const p of Object.keys(n.byPeriod)) expect(n.byPeriod[p]?.total).toBe(sum((c) => c.byPeriod[p]?.total ?? 0));
  }
  expect(COUNT_BUCKETS.reduce((s, b) => s + n.counts[b], 0)).toBe(n.counts.total);
  // Percentages: exact decimals adding up to 100 (in units of the last decimal), or all 0.
  const units = COUNT_BUCKETS.map((b) => Math.round(Number(n.percentages[b]) * 10));
  expect(units.reduce((s, u) => s + u, 0)).toBe(n.counts.total === 0 ? 0 : 1000);
  for (const b of COUNT_BUCKETS) expect(n.percentages[b]).toMatch(/^\d{1,3}(?:\.\d)?$/);
  n.children.forEach(check);
}

describe('rollup properties', () => {
  it('counts at every level are the sum of their children; percentages add up to 100', () => {
    fc.assert(
      fc.property(plan, fc.array(fc.tuple(cell, cell, cell), { maxLength: 60 }), fc.constantFrom('action', 'action-period'), fc.constantFrom('separate', 'exclude', 'done', 'not_done'), (p, cells, unit, evidence) => {
        const tree = actionTree(p);
        const keys = leaves(tree);
        const records: StatusRecord[] = [];
        keys.forEach((action, i) => {
          (cells[i] ?? [null, null, null]).forEach((c, y) => {
            if (c === null) return;
            records.push({ action, period: periods[y] as { year: number }, ...(c !== undefined ? { status: c } : { evidence: 'text' }) });
          });
        });
        const r = rollupStatuses(tree, { records, periods, unit, evidence });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.issues).toStrictEqual([]);
        check(r.root);
        if (evidence !== 'exclude') expect(r.root.counts.total).toBe(unit === 'action' ? keys.length : keys.length * 3);
      }),
      { numRuns: 300 },
    );
  });

  it('percentages add up to 100 at any number of decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTION_STATUSES), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (statuses, decimals) => {
        const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', actions: statuses.map(() => ({ title: 'A' })) }] } });
        const records = statuses.map((status, i) => ({ action: `g1.a${i + 1}`, period: { year: 2021 }, status }));
        const r = rollupStatuses(tree, { records, periods: [{ year: 2021 }], decimals });
        if (!r.ok) throw new Error('rollup');
        const scale = 10 ** decimals;
        const total = COUNT_BUCKETS.reduce((s, b) => s + Math.round(Number(r.root.percentages[b]) * scale), 0);
        expect(total).toBe(100 * scale);
        // Largest remainder: each percentage is within one unit of the exact share.
        for (const b of COUNT_BUCKETS) expect(Math.abs(Number(r.root.percentages[b]) - (100 * r.root.counts[b]) / statuses.length)).toBeLessThan(1 / scale + 1e-9);
      }),
    );
  });
});
