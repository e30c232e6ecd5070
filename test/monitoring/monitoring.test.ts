import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  actionTree,
  buildReport,
  isOverdue,
  parseDeadline,
  comparePublishedCounts,
  parseStatus,
  recordsFromResults,
  rollupStatuses,
  statusChartData,
  statusChartSvg,
  StatusRecordSchema,
  type ActionStatus,
  type StatusRecord,
} from 'plan-servicii-sociale/monitoring';

const plan = {
  meta: { authority: { kind: 'local_council' as const, name: 'Consiliul Local Videle' }, year: 2024 },
  monitoring: { responsibleInstitution: 'Compartimentul de monitorizare', entries: [] },
  actionPlan: {
    generalObjectives: [
      {
        title: 'Servicii sociale',
        specificObjectives: [
          {
            id: 'O.S.1.1',
            title: 'Informare',
            measures: [{ id: '1.1.1', title: 'Campanii', actions: [{ title: 'Campanie', deadline: 'Martie 2024', responsible: ['DAS'] }, { title: 'Pliante', deadline: 'TRIM I - II' }] }],
            actions: [{ title: 'Evaluare', deadline: 'Permanent' }, { title: 'Raport', deadline: 'ceva neclar' }],
          },
        ],
      },
    ],
  },
};
const periods = [{ year: 2024, quarter: 1 }, { year: 2024, quarter: 2 }];

describe('actionTree', () => {
  it('keys actions by position, measures first', () => {
    const t = actionTree(plan as never);
    const so = t.children[0]?.children[0];
    expect(so?.children.map((c) => c.key)).toStrictEqual(['g1.s1.m1', 'g1.s1.a1', 'g1.s1.a2']);
    expect(so?.children[0]?.children.map((c) => [c.key, c.title])).toStrictEqual([['g1.s1.m1.a1', 'Campanie'], ['g1.s1.m1.a2', 'Pliante']]);
  });

  it('gives a partial tree for garbage, never throws', () => {
    for (const bad of [null, undefined, 42, {}, { actionPlan: 'x' }, { actionPlan: { generalObjectives: [null, 3, { specificObjectives: 'x' }] } }]) {
      const t = actionTree(bad as never);
      expect(t.level).toBe('plan');
    }
    expect(actionTree({ actionPlan: { generalObjectives: [null, { title: 'G' }] } } as never).children.map((c) => c.key)).toStrictEqual(['g1', 'g2']);
  });
});

describe('parseStatus', () => {
  it.each([
    ['REALIZAT', [{ status: 'done' }]],
    ['parțial realizat', [{ status: 'partly_done' }]],
    ['Partial realizat', [{ status: 'partly_done' }]],
    ['nerealizat', [{ status: 'not_done' }]],
    ['În curs de realizare', [{ status: 'in_progress' }]],
    ['2021 realizat 2022 realizat 2023 nerealizat', [{ year: 2021, status: 'done' }, { year: 2022, status: 'done' }, { year: 2023, status: 'not_done' }]],
    ['Nerealizat 2021 Realizat 2022 Nerealizat 2023', [{ year: 2021, status: 'not_done' }, { year: 2022, status: 'done' }, { year: 2023, status: 'not_done' }]],
    ['NEREALIZAT IN PERIOADA 2021 - 2023', [{ year: 2021, status: 'not_done' }, { year: 2022, status: 'not_done' }, { year: 2023, status: 'not_done' }]],
    ['2021 realizat 2022 realizat 2023 depășit', [{ year: 2021, status: 'done' }, { year: 2022, status: 'done' }, { year: 2023, status: 'done' }]],
  ])('%s', (raw, statuses) => {
    const r = parseStatus(raw);
    expect(r.ok && r.statuses).toStrictEqual(statuses);
  });

  it('reads the typo "relizat" and says so', () => {
    const r = parseStatus('relizat');
    expect(r.ok && [r.statuses, r.issues.map((i) => i.code)]).toStrictEqual([[{ status: 'done' }], ['status.misspelt']]);
  });

  it('keeps free text as evidence, split by year, without a status', () => {
    const r = parseStatus('În 2021 8 angajări În 2022 5 angajări 3 transferuri');
    expect(r.ok && [r.statuses, r.evidence, r.issues.map((i) => i.code)]).toStrictEqual([
      [],
      [{ year: 2021, text: '8 angajări' }, { year: 2022, text: '5 angajări 3 transferuri' }],
      ['status.free_text'],
    ]);
  });

  it('years joined by "și" share a status; a later year with text only keeps its evidence', () => {
    const r = parseStatus('2021 și 2022 nerealizat 1 curs în anul 2023');
    expect(r.ok && [r.statuses, r.evidence]).toStrictEqual([
      [{ year: 2021, status: 'not_done' }, { year: 2022, status: 'not_done' }],
      [{ year: 2023, text: '1 curs în anul 2023' }],
    ]);
    const rec = recordsFromResults([{ action: 'x', text: '2021 și 2022 nerealizat 1 curs în anul 2023' }], { periods: [{ year: 2021 }, { year: 2022 }, { year: 2023 }] });
    expect(rec.ok && rec.records.map((x) => [x.period.year, x.status ?? null])).toStrictEqual([[2021, 'not_done'], [2022, 'not_done'], [2023, null]]);
  });

  it('flags a year given twice', () => {
    const r = parseStatus('2021 realizat 2021 nerealizat');
    expect(r.ok && r.issues.map((i) => i.code)).toStrictEqual(['status.conflicting']);
  });

  it('answers garbage with issues', () => {
    for (const bad of [null, undefined, 5, {}]) expect(parseStatus(bad as never).ok).toBe(false);
    expect(recordsFromResults('x' as never, { periods }).ok).toBe(false);
    expect(recordsFromResults([], { periods: [] }).ok).toBe(false);
    const r = recordsFromResults([null, { action: '', text: 'x' }, { action: 'a', text: 7 }] as never, { periods });
    expect(r.ok && r.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['value.required', [0, 'action']],
      ['value.required', [1, 'action']],
      ['type.invalid', [2, 'text']],
    ]);
  });
});

describe('rollupStatuses', () => {
  const tree = actionTree(plan as never);

  it('reports unknown actions, periods outside the report, duplicates and bad statuses, and counts the rest', () => {
    const records = [
      { action: 'g1.s1.a1', period: { year: 2024, quarter: 1 }, status: 'done' },
      { action: 'g1.s9.a1', period: { year: 2024, quarter: 1 }, status: 'done' },
      { action: 'g1.s1.a1', period: { year: 2025 }, status: 'done' },
      { action: 'g1.s1.a1', period: { year: 2024, quarter: 1 }, status: 'not_done' },
      { action: 'g1.s1.a2', period: { year: 2024, quarter: 2 }, status: 'gata' },
      null,
    ] as unknown as StatusRecord[];
    const r = rollupStatuses(tree, { records, periods });
    expect(r.ok && r.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['monitoring.unknown_action', ['records', 1, 'action']],
      ['monitoring.period_outside', ['records', 2, 'period']],
      ['monitoring.duplicate_record', ['records', 3]],
      ['value.not_allowed', ['records', 4, 'status']],
      ['monitoring.unknown_action', ['records', 5, 'action']],
    ]);
    expect(r.ok && r.root.counts).toMatchObject({ total: 4, not_done: 1, noRecord: 3 });
    expect(r.ok && r.root.byPeriod['2024-Q1']).toMatchObject({ total: 4, not_done: 1, noRecord: 3 });
  });

  it('refuses options it cannot use, with a path for each', () => {
    const r = rollupStatuses(null as never, { records: 'x', periods: [{ year: 'x' }], unit: 'year', evidence: 'maybe', decimals: 9 } as never);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toStrictEqual(['records', 'periods.0', 'unit', 'evidence', 'decimals', 'tree']);
    expect(rollupStatuses(tree, undefined as never).ok).toBe(false);
  });

  it('does not mutate its input', () => {
    const records = [{ action: 'g1.s1.a1', period: { year: 2024, quarter: 1 }, status: 'done' as const }];
    const before = JSON.stringify({ tree, records });
    rollupStatuses(tree, { records, periods });
    expect(JSON.stringify({ tree, records })).toBe(before);
  });
});

describe('comparePublishedCounts', () => {
  const tree = actionTree(plan as never);
  const rollup = rollupStatuses(tree, { records: [{ action: 'g1.s1.m1.a1', period: { year: 2024, quarter: 1 }, status: 'done' }], periods });

  it('skips the children check when the boxes below do not cover every action', () => {
    const r = comparePublishedCounts(rollup, [
      { node: 'g1.s1', total: 4 },
      { node: 'g1.s1.m1', total: 2 },
    ]);
    expect(r.ok && r.differences).toStrictEqual([]);
  });

  it('checks a box against the boxes below it when they cover it', () => {
    const r = comparePublishedCounts(rollup, [
      { node: 'g1', total: 5, line: 10 },
      { node: 'g1.s1', total: 4 },
    ]);
    expect(r.ok && r.differences.map((d) => [d.kind, d.node, d.published, d.computed, d.difference, d.line])).toStrictEqual([
      ['computed', 'g1', 5, 4, 1, 10],
      ['children', 'g1', 5, 4, 1, 10],
    ]);
    expect(r.ok && r.issues[1]?.message.en).toBe('g1: the published "total" is 5, while the counts published below it add up to 4.');
  });

  it('reports boxes it cannot use and refuses a failed rollup', () => {
    const r = comparePublishedCounts(rollup, [{ node: 'g9', total: 1 }, { node: 'g1', total: -1 }, { total: 1 }, null] as never);
    expect(r.ok && r.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['monitoring.unknown_node', ['published', 0, 'node']],
      ['type.invalid', ['published', 1, 'total']],
      ['type.invalid', ['published', 2, 'node']],
      ['type.invalid', ['published', 3, 'node']],
    ]);
    expect(comparePublishedCounts({ ok: false, issues: [] }, []).ok).toBe(false);
    expect(comparePublishedCounts(rollup, 'x' as never).ok).toBe(false);
    expect(comparePublishedCounts(null as never, []).ok).toBe(false);
  });
});

describe('charts', () => {
  const tree = actionTree(plan as never);
  const r = rollupStatuses(tree, { records: [{ action: 'g1.s1.a1', period: { year: 2024, quarter: 1 }, status: 'done' }], periods });
  if (!r.ok) throw new Error('rollup');

  it('gives chart data in English too', () => {
    expect(statusChartData(r.root, { lang: 'en' }).segments.map((s) => [s.label, s.count, s.percentage])).toStrictEqual([
      ['done', 1, '25'],
      ['no record', 3, '75'],
    ]);
  });

  it('escapes titles and stays self-contained', () => {
    const svg = statusChartSvg(r.root, { title: 'A <b> & "c"', idPrefix: 'x y', width: 100 });
    expect(svg).toContain('<title id="x-y-title">A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(svg).toContain('width="320"');
    expect(svg).not.toMatch(/<b>|href|url\(|@font-face/);
    const pie = statusChartSvg(r.root.children[0]!.children[0]!, { kind: 'pie', lang: 'en' });
    expect(pie).toContain('no record: 3 (75%)');
    expect(() => statusChartSvg(null as never)).toThrow(/^plan-servicii-sociale: statusChartSvg/);
  });

  it('draws an empty rollup without dividing by zero', () => {
    const empty = rollupStatuses(actionTree({}), { records: [], periods });
    if (!empty.ok) throw new Error('rollup');
    for (const kind of ['pie', 'bar'] as const) expect(statusChartSvg(empty.root, { kind })).not.toMatch(/NaN|Infinity/);
  });
});

describe('buildReport', () => {
  const records = [
    StatusRecordSchema.parse({ action: 'g1.s1.m1.a1', period: { year: 2024, quarter: 1 }, status: 'in_progress', note: 'Lipsă personal', expectedCompletion: '2024-05-31' }),
    StatusRecordSchema.parse({ action: 'g1.s1.m1.a2', period: { year: 2024, quarter: 2 }, status: 'not_done', figures: { pliante: '500' } }),
    StatusRecordSchema.parse({ action: 'g1.s1.a2', period: { year: 2024, quarter: 2 }, status: 'done' }),
  ];

  it('assembles stages, revisions, estimated completion and overdue actions', () => {
    const r = buildReport(plan as never, records, { periods, asOf: new Date(2024, 6, 1) });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.report.responsibleInstitution).toBe('Compartimentul de monitorizare');
    expect(r.report.asOf).toBe('2024-07-01');
    expect(r.report.actions.map((a) => [a.key, a.stage, a.estimatedCompletion ?? null, a.overdue])).toStrictEqual([
      ['g1.s1.m1.a1', 'in_progress', { date: '2024-05-31', source: 'recorded' }, true],
      ['g1.s1.m1.a2', 'not_done', { date: '2024-06-30', source: 'deadline' }, true],
      ['g1.s1.a1', 'noRecord', null, false],
      ['g1.s1.a2', 'done', null, false],
    ]);
    expect(r.report.actions[0]?.revisions).toStrictEqual([{ period: '2024-Q1', text: 'Lipsă personal' }]);
    expect(r.report.actions[1]?.figures).toStrictEqual([{ period: '2024-Q2', figures: { pliante: '500' } }]);
    expect(r.report.actions[3]?.deadline?.kind).toBe('unparsed');
    expect(r.issues.map((i) => [i.code, i.path])).toStrictEqual([['deadline.unparsed', ['actions', 'g1.s1.a2', 'deadline']]]);
    expect(r.report.summary.overdue).toBe(2);
  });

  it('judges nothing overdue before the deadlines', () => {
    const r = buildReport(plan as never, records, { periods, asOf: '2024-03-31' });
    expect(r.ok && r.report.overdue).toStrictEqual([]);
  });

  it('refuses unusable options with issues', () => {
    const r = buildReport(plan as never, records, { periods, asOf: '31.12.2024' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toStrictEqual([['date.invalid', ['asOf']]]);
    const y = buildReport(plan as never, records, { periods, asOf: '2024-12-31', planYear: 1800 });
    expect(y.ok ? [] : y.issues.map((i) => i.code)).toStrictEqual(['year.invalid']);
    expect(buildReport(null as never, null as never, null as never).ok).toBe(false);
    const g = buildReport(null as never, [], { periods, asOf: '2024-12-31' });
    expect(g.ok && g.report.actions).toStrictEqual([]);
  });
});

describe('what a first review found', () => {
  const periods3 = [{ year: 2021 }, { year: 2022 }, { year: 2023 }];
  const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', actions: ACTION_STATUSES.map(() => ({ title: 'A', deadline: 'Trim I-IV' })) }] } });

  it('counts every status in its own bucket', () => {
    const records = ACTION_STATUSES.map((status, i) => ({ action: `g1.a${i + 1}`, period: { year: 2021 }, status }));
    const r = rollupStatuses(tree, { records, periods: [{ year: 2021 }] });
    for (const s of ACTION_STATUSES) expect(r.ok && r.root.counts[s]).toBe(1);
  });

  it('progress that ends done is done; a setback then done is partly done', () => {
    const seq = (action: string, statuses: ActionStatus[]) => statuses.map((status, i) => ({ action, period: periods3[i] as { year: number }, status }));
    const records = [...seq('g1.a1', ['not_started', 'in_progress', 'done']), ...seq('g1.a2', ['not_done', 'done', 'done'])];
    const r = rollupStatuses(tree, { records, periods: periods3 });
    expect(r.ok && r.root.children[0]?.children.slice(0, 2).map((a) => a.status)).toStrictEqual(['done', 'partly_done']);
    // The report: neither is overdue (the latest year is done), and the stage is kept with either unit.
    for (const unit of ['action', 'action-period'] as const) {
      const b = buildReport({ actionPlan: { generalObjectives: [{ title: 'OG', actions: ACTION_STATUSES.map(() => ({ title: 'A', deadline: 'Trim I-IV' })) }] } } as never, records, { periods: periods3, asOf: '2024-06-30', unit });
      expect(b.ok && b.report.actions.slice(0, 3).map((a) => [a.stage, a.overdue])).toStrictEqual([['done', false], ['partly_done', false], ['noRecord', true]]);
    }
  });

  it('reads a status before its year, and a lone status for one year only', () => {
    const read = (t: string) => {
      const r = parseStatus(t);
      return r.ok ? r.statuses.map((s) => `${s.year ?? '*'} ${s.status}`) : [];
    };
    expect(read('Realizat în 2021, nerealizat în 2022')).toStrictEqual(['2021 done', '2022 not_done']);
    expect(read('Serviciul nu a fost realizat în 2021, realizat în 2022')).toStrictEqual(['2021 not_done', '2022 done']);
    expect(read('Realizat parțial în 2022, realizat 2023')).toStrictEqual(['2022 partly_done', '2023 done']);
    expect(read('Nerealizat 2023')).toStrictEqual(['2023 not_done']);
    expect(read('realizat 2021 60 familii 2022 60 familii 2023 75 familii')).toStrictEqual(['* done']);
    const rec = recordsFromResults([{ action: 'x', text: 'Realizat 2025' }, { action: 'y', text: '-' }], { periods: periods3 });
    expect(rec.ok && [rec.records, rec.issues.map((i) => i.code)]).toStrictEqual([[], ['monitoring.period_outside']]);
  });

  it('reads the year next to a period, orders months, and does not guess the rest', () => {
    const read = (t: string) => {
      const r = parseDeadline(t, { planYear: 2024 });
      return r.ok ? r.deadline : undefined;
    };
    expect(read('Anual 2023')).toMatchObject({ kind: 'recurring', year: 2023, period: 'year' });
    for (const t of ['Semestrial 2022-2023', 'Decembrie 2022, raport anual', 'trimestrial, până la 31.03.2025', 'iunie mai 2024']) expect(read(t)?.kind, t).toBe('unparsed');
    const m = read('noiembrie 2024, ianuarie');
    expect(m).toMatchObject({ kind: 'month', year: 2025, month: 1, earlier: [{ year: 2024, month: 11 }] });
    expect(m && isOverdue(m, '2024-12-01')).toBe(false);
  });

  it('refuses periods that overlap, and records with a quarter that is not one', () => {
    const bad = rollupStatuses(tree, { records: [], periods: [{ year: 2021 }, { year: 2021 }, { year: 2022, quarter: 1 }, { year: 2022 }] });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toStrictEqual([['periods', 1], ['periods', 3]]);
    const r = rollupStatuses(tree, { records: [{ action: 'g1.a1', period: { year: 2021, quarter: 10 }, status: 'done' }] as never, periods: [{ year: 2022 }] });
    expect(r.ok && [r.root.counts.done, r.issues.map((i) => i.code)]).toStrictEqual([0, ['monitoring.period_outside']]);
  });

  it('draws well-formed SVG whatever the title, width or size', () => {
    const r = rollupStatuses(tree, { records: [], periods: [{ year: 2021 }] });
    if (!r.ok) throw new Error('rollup');
    const svg = statusChartSvg(r.root, { title: `a\fb\u0000c${'x'.repeat(100_000)}`, width: Number.NaN });
    expect(svg.includes('\f') || svg.includes('\u0000') || svg.includes('NaN')).toBe(false);
    expect(svg).toContain('width="640"');
    expect(statusChartSvg(r.root)).toContain('<title id="pss-chart-title">Planul de acțiune</title>');
  });
});
