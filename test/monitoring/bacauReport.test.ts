// Seed 004 (DAS Bacău, report on the 2021–2023 plan): two components transcribed in
// examples/report/bacau-2021-2023.json — child protection (lines 279–736, every O.S. 1.1–4.1) and
// "Alte categorii de grupuri/persoane aflate în situații de vulnerabilitate" (lines 1226–1290) —
// with every printed "total / realizat / parțial realizat / nerealizat" box.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from 'plan-servicii-sociale';
import { actionTree, buildReport, comparePublishedCounts, recordsFromResults, rollupStatuses, statusChartSvg, type PublishedCounts } from 'plan-servicii-sociale/monitoring';

interface Example {
  readonly plan: unknown;
  readonly periods: readonly { year: number }[];
  readonly results: readonly { action: string; text: string; line: number }[];
  readonly publishedCounts: readonly PublishedCounts[];
}
const example = JSON.parse(readFileSync(new URL('../../examples/report/bacau-2021-2023.json', import.meta.url), 'utf8')) as Example;
const parsed = parsePlan(example.plan);
if (!parsed.ok) throw new Error('the example plan does not parse');
const plan = parsed.plan;
const tree = actionTree(plan);
const converted = recordsFromResults(example.results, { periods: example.periods });
if (!converted.ok) throw new Error('results');
const records = converted.records;

describe('the transcription', () => {
  it('has every action row and result of both components', () => {
    const keys: string[] = [];
    const walk = (n: typeof tree): void => {
      if (n.level === 'action') keys.push(n.key);
      n.children.forEach(walk);
    };
    walk(tree);
    expect(keys.filter((k) => k.startsWith('c1.'))).toHaveLength(156);
    expect(keys.filter((k) => k.startsWith('c2.'))).toHaveLength(16);
    // Line 490 (measure 2.2.2) is shifted one column right: its result cell holds "Buget local".
    expect(keys.filter((k) => !example.results.some((r) => r.action === k))).toStrictEqual(['c1.g2.s2.m2.a1']);
    expect(example.publishedCounts).toHaveLength(25);
    expect(converted.issues.every((i) => i.code === 'status.free_text')).toBe(true);
  });
});

describe('rollup against the published boxes', () => {
  // The report counts one unit per action row, combines the years (mixed → parțial realizat) and
  // counts most free-text results ("În 2021 8 angajări…") as realizat.
  const rollup = rollupStatuses(tree, { records, periods: example.periods, unit: 'action', evidence: 'done' });
  const compared = comparePublishedCounts(rollup, example.publishedCounts);

  it('reproduces 15 of the 25 boxes exactly, and names every difference', () => {
    expect(compared.ok).toBe(true);
    if (!compared.ok) return;
    const differing = new Set(compared.differences.map((d) => d.node));
    expect(example.publishedCounts.length - differing.size).toBe(15);
    expect(compared.differences.map((d) => [d.kind, d.node, d.column, d.published, d.computed])).toStrictEqual([
      // Component box, l.286: the sums of the differences below.
      ['computed', 'c1', 'total', 153, 156],
      ['computed', 'c1', 'done', 137, 142],
      ['computed', 'c1', 'partly_done', 7, 5],
      ['computed', 'c1', 'not_done', 9, 8],
      // O.S.1.1, l.297: the report counts two figure-only rows as parțial; we count evidence as realizat.
      ['computed', 'c1.g1.s1', 'done', 15, 17],
      ['computed', 'c1.g1.s1', 'partly_done', 3, 1],
      // O.S.1.2, l.342: one more parțial in the box, most likely l.355 "Nu au fost solicitari" (evidence here).
      ['computed', 'c1.g1.s2', 'done', 8, 9],
      ['computed', 'c1.g1.s2', 'partly_done', 2, 1],
      // O.S.1.3., l.369: l.379 "… Sesiuni de informare realizate Nerealizat protocol" is parțial here, realizat in the box.
      ['computed', 'c1.g1.s3', 'done', 7, 6],
      ['computed', 'c1.g1.s3', 'partly_done', 0, 1],
      // O.S.1.5., l.407: 9 action rows, the box counts 8 (one realizat short).
      ['computed', 'c1.g1.s5', 'total', 8, 9],
      ['computed', 'c1.g1.s5', 'done', 7, 8],
      // O.S.2.1., l.448: every row says realizat; the box has one parțial (most likely l.453, "realizat" then figures).
      ['computed', 'c1.g2.s1', 'done', 14, 15],
      ['computed', 'c1.g2.s1', 'partly_done', 1, 0],
      // O.S.2.2., l.479: l.499 "Partial realizat" is parțial here, and l.490 has no result (noRecord);
      // the box counts 0 parțial and 2 nerealizat.
      ['computed', 'c1.g2.s2', 'done', 24, 23],
      ['computed', 'c1.g2.s2', 'partly_done', 0, 1],
      ['computed', 'c1.g2.s2', 'not_done', 2, 1],
      // O.S.2.5., l.590, and O.S.2.8., l.631: one realizat row more than the box counts.
      ['computed', 'c1.g2.s5', 'total', 4, 5],
      ['computed', 'c1.g2.s5', 'done', 4, 5],
      ['computed', 'c1.g2.s8', 'total', 3, 4],
      ['computed', 'c1.g2.s8', 'done', 3, 4],
      // The seed's own inconsistency, l.1231: the component box prints 16 / 13 / 1 / 0. Its columns
      // add up to 14, and its O.S. boxes (l.1244: 2 nerealizat, l.1260, l.1284) to 16 / 13 / 1 / 2.
      ['computed', 'c2', 'not_done', 0, 2],
      ['parts', 'c2', 'total', 16, 14],
      ['children', 'c2', 'not_done', 0, 2],
    ]);
    expect(compared.issues.map((i) => i.code)).toStrictEqual(compared.differences.map((d) => `monitoring.published_${d.kind === 'computed' ? 'mismatch' : `${d.kind}_mismatch`}`));
  });

  it('finds the child-protection boxes consistent among themselves', () => {
    expect(compared.ok && compared.differences.filter((d) => d.node.startsWith('c1') && d.kind !== 'computed')).toStrictEqual([]);
  });

  it('keeps free text apart by default', () => {
    const separate = rollupStatuses(tree, { records, periods: example.periods });
    expect(separate.ok && separate.root.counts).toMatchObject({ total: 172, evidenceOnly: 28, noRecord: 1 });
    const excluded = rollupStatuses(tree, { records, periods: example.periods, evidence: 'exclude' });
    expect(excluded.ok && excluded.root.counts.total).toBe(172 - 28);
    const years = rollupStatuses(tree, { records, periods: example.periods, unit: 'action-period' });
    expect(years.ok && years.root.counts.total).toBe(172 * 3);
  });
});

describe('the report', () => {
  const r = buildReport(plan, records, { periods: example.periods, asOf: '2024-01-31', evidence: 'done' });

  it('gives the institution, stages, evidence and overdue actions', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.responsibleInstitution).toBe('Direcția de Asistență Socială a Municipiului Bacău');
    expect(r.report.actions).toHaveLength(172);
    expect(r.report.summary.counts).toMatchObject({ total: 172, done: 155, partly_done: 6, not_done: 10, noRecord: 1 });
    const first = r.report.actions[0];
    expect(first).toMatchObject({ key: 'c1.g1.s1.m1.a1', title: 'Completarea organigramei și a schemei de personal', stage: 'done', overdue: false });
    expect(first?.evidence.map((e) => e.period)).toStrictEqual(['2021', '2022', '2023']);
    expect(first?.path.map((p) => p.level)).toStrictEqual(['component', 'generalObjective', 'specificObjective', 'measure']);
    // Overdue on 31 January 2024: open actions (not done, partly done, no record) whose deadline
    // falls in 2023 at the latest; "Trim I-IV" is read in the latest period's year.
    for (const key of r.report.overdue) {
      const a = r.report.actions.find((x) => x.key === key);
      expect(['not_done', 'partly_done', 'noRecord']).toContain(a?.stage);
      expect((a?.estimatedCompletion?.date ?? '9999') < '2024-01-31').toBe(true);
    }
    expect(r.report.overdue.length).toBe(r.report.summary.overdue);
    expect(r.report.overdue).toContain('c1.g1.s1.m4.a2');
    expect(r.report.actions.find((a) => a.key === 'c1.g1.s1.m5.a5')?.stageByPeriod).toStrictEqual({ '2021': 'done', '2022': 'done', '2023': 'not_done' });
  });

  it('draws the component as an accessible chart', () => {
    if (!r.ok) throw new Error();
    const svg = statusChartSvg(r.report.rollup.children[0]!, { title: 'Protecția copilului 2021–2023' });
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc id="pss-chart-desc">PROTECȚIA ȘI PROMOVAREA DREPTURILOR COPILULUI ȘI A FAMILIEI: total 156, realizat 142 \(91%\)/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)|@import|url\(/);
  });
});
