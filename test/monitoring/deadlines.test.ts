// Every deadline cell of the five seeds, read by parseDeadline. The table below gives, for each of
// the distinct spellings, what it must read as (the text itself is always kept in `raw`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, dueDates, isOverdue, parseDeadline, type Deadline } from 'plan-servicii-sociale/monitoring';

interface Cells {
  readonly planYears: Readonly<Record<string, number>>;
  readonly cells: readonly { readonly seed: string; readonly line: number; readonly raw: string }[];
}
const doc = JSON.parse(readFileSync(new URL('./fixtures/seed-deadlines.json', import.meta.url), 'utf8')) as Cells;

type Expected = Record<string, unknown> & { readonly kind: Deadline['kind'] };
/** Stands for the plan year: the text names no year. */
const PLAN = 'plan year';
const EXPECTED: readonly (readonly [string, Expected])[] = [
  ["Permanent", {kind: 'permanent'}],
  ["-Permanent", {kind: 'permanent'}],
  ["Permanenta", {kind: 'permanent'}],
  ["2019", {kind: 'year', year: 2019}],
  ["Ori de câte ori este necesar", {kind: 'onDemand'}],
  ["Semestrial", {kind: 'recurring', year: PLAN, period: 'half-year', periods: ['half-year']}],
  ["Martie 2024", {kind: 'month', year: 2024, month: 3}],
  ["Octombrie 2024", {kind: 'month', year: 2024, month: 10}],
  ["Noiembrie 2024", {kind: 'month', year: 2024, month: 11}],
  ["Decembrie 2024", {kind: 'month', year: 2024, month: 12}],
  ["Pe tot parcursul anului 2024", {kind: 'year', year: 2024, throughout: true}],
  ["Anual", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year']}],
  ["Martie 2020", {kind: 'month', year: 2020, month: 3}],
  ["permanent", {kind: 'permanent'}],
  ["Februarie 2020", {kind: 'month', year: 2020, month: 2}],
  ["Annual (Iunie mai/noiembrie)", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year'], condition: '(Iunie mai/noiembrie)'}],
  ["Annual înainte de fundamentarea bugetului", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year'], condition: 'înainte de fundamentarea bugetului'}],
  ["trimestrial", {kind: 'recurring', year: PLAN, period: 'quarter', periods: ['quarter']}],
  ["Iunie 2020", {kind: 'month', year: 2020, month: 6}],
  ["Aprilie 2020", {kind: 'month', year: 2020, month: 4}],
  ["Mai 2020", {kind: 'month', year: 2020, month: 5}],
  ["Ianuarie 2020", {kind: 'month', year: 2020, month: 1}],
  ["Septembrie 2020", {kind: 'month', year: 2020, month: 9}],
  ["Noiembrie 2020", {kind: 'month', year: 2020, month: 11}],
  ["Mai 2020 Decembrie 2020", {kind: 'month', year: 2020, month: 12, earlier: [{year: 2020, month: 5}]}],
  ["semestrial", {kind: 'recurring', year: PLAN, period: 'half-year', periods: ['half-year']}],
  ["lunar", {kind: 'recurring', year: PLAN, period: 'month', periods: ['month']}],
  ["Noembrie 2020", {kind: 'month', year: 2020, month: 11}],
  ["Annual", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year']}],
  ["După aprobare", {kind: 'conditional', event: 'aprobare'}],
  ["Conform Calendarului de evenimente", {kind: 'conditional', event: 'Calendarului de evenimente'}],
  ["Septembrie 2019", {kind: 'month', year: 2019, month: 9}],
  ["anual", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year']}],
  ["10 ani - Strategia pe termen mediu si lung pentru perioada 2019 - 2029, va fi actualizata în conformitate cu strategia județeană a serviciilor sociale.", {kind: 'unparsed'}],
  ["trimestrial / anual", {kind: 'recurring', year: PLAN, period: 'quarter', periods: ['quarter','year']}],
  ["Planul de acțiune va fi actualizat anual pe pagina de internet și pe alte canale de informare vor fi publicate periodic, la momentul desfășurării", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year','periodic'], condition: 'Planul de acțiune va fi actualizat anual pe pagina de internet și pe alte canale de informare vor fi publicate periodic, la momentul desfășurării'}],
  ["Planul de acțiune va fi actualizat anual pe pagina de internet și alte canale de informare vor fi publicate periodic, la momentul desfășurării", {kind: 'recurring', year: PLAN, period: 'year', periods: ['year','periodic'], condition: 'Planul de acțiune va fi actualizat anual pe pagina de internet și alte canale de informare vor fi publicate periodic, la momentul desfășurării'}],
  ["periodic, la momentul desfășurării", {kind: 'recurring', year: PLAN, period: 'periodic', periods: ['periodic'], condition: 'la momentul desfășurării'}],
  ["periodic", {kind: 'recurring', year: PLAN, period: 'periodic', periods: ['periodic']}],
  ["trim I- IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["trim I -IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["TRIM I - IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["TRIM I - II", {kind: 'quarterRange', year: PLAN, from: 1, to: 2}],
  ["TRIM I", {kind: 'quarterRange', year: PLAN, from: 1, to: 1}],
  ["TRIM IV", {kind: 'quarterRange', year: PLAN, from: 4, to: 4}],
  ["TRIM II - III", {kind: 'quarterRange', year: PLAN, from: 2, to: 3}],
  ["TRIM II", {kind: 'quarterRange', year: PLAN, from: 2, to: 2}],
  ["Trim I-IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["Trim. I-IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["TRIM I -IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["Trim I", {kind: 'quarterRange', year: PLAN, from: 1, to: 1}],
  ["Trim I - IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["TRIM I-IV", {kind: 'quarterRange', year: PLAN, from: 1, to: 4}],
  ["TRIM I-II", {kind: 'quarterRange', year: PLAN, from: 1, to: 2}],
];

describe('every deadline cell of the seeds', () => {
  const expected = new Map(EXPECTED);
  it('has the cells and a reading for each distinct spelling', () => {
    expect(doc.cells.length).toBe(459);
    expect(new Set(doc.cells.map((c) => c.raw)).size).toBe(EXPECTED.length);
    for (const c of doc.cells) expect(expected.has(c.raw), c.raw).toBe(true);
  });

  it.each(doc.cells.map((c) => [`${c.seed}:${c.line} ${c.raw.slice(0, 50)}`, c] as const))('%s', (_, c) => {
    const r = parseDeadline(c.raw, { planYear: doc.planYears[c.seed] as number });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = expected.get(c.raw) as Expected;
    expect(r.deadline).toStrictEqual({ raw: c.raw, ...e, ...(e['year'] === PLAN ? { year: doc.planYears[c.seed] } : {}) });
    expect(DEADLINE_KINDS).toContain(r.deadline.kind);
  });

  it('covers every kind but a single day', () => {
    const kinds = new Set(EXPECTED.map(([, e]) => e.kind));
    expect([...DEADLINE_KINDS].filter((k) => !kinds.has(k))).toStrictEqual(['date']);
  });

  it('warns where it cannot read, and on the misspelt month', () => {
    const u = parseDeadline(EXPECTED.find(([, e]) => e.kind === 'unparsed')?.[0] as string, { planYear: 2021 });
    expect(u.ok && u.issues.map((i) => i.code)).toStrictEqual(['deadline.unparsed']);
    const n = parseDeadline('Noembrie 2020', { planYear: 2020 });
    expect(n.ok && n.issues.map((i) => [i.code, i.params])).toStrictEqual([['deadline.misspelt', { value: 'Noembrie 2020', expected: 'noiembrie' }]]);
  });
});

describe('parseDeadline, beyond the seeds', () => {
  const read = (raw: string, planYear = 2024): Deadline | undefined => {
    const r = parseDeadline(raw, { planYear });
    return r.ok ? r.deadline : undefined;
  };

  it('reads days, with and without diacritics and case', () => {
    expect(read('31.03.2020')).toStrictEqual({ kind: 'date', raw: '31.03.2020', year: 2020, date: '2020-03-31' });
    expect(read('2024-06-30')).toMatchObject({ kind: 'date', date: '2024-06-30' });
    expect(read('până la 15.09.2024')).toMatchObject({ kind: 'date', date: '2024-09-15' });
    expect(read('MARTIE')).toMatchObject({ kind: 'month', year: 2024, month: 3 });
    expect(read('februarie 2025')).toMatchObject({ kind: 'month', year: 2025, month: 2 });
    expect(read('mai și iunie 2024')).toMatchObject({ kind: 'month', month: 6, earlier: [{ year: 2024, month: 5 }] });
    expect(read('trimestrul III 2025')).toMatchObject({ kind: 'quarterRange', year: 2025, from: 3, to: 3 });
    expect(read('Trim 2-4')).toMatchObject({ kind: 'quarterRange', from: 2, to: 4 });
    expect(read('semestrul II')).toMatchObject({ kind: 'quarterRange', from: 3, to: 4 });
    expect(read('ÎN PERMANENȚĂ')).toMatchObject({ kind: 'permanent' });
    expect(read('la nevoie')).toMatchObject({ kind: 'onDemand' });
  });

  it('refuses what is not a day, a quarter range backwards or a year out of range', () => {
    const bad = parseDeadline('31.02.2020', { planYear: 2020 });
    expect(bad.ok && [bad.deadline.kind, bad.issues.map((i) => i.code)]).toStrictEqual(['unparsed', ['date.invalid', 'deadline.unparsed']]);
    expect(read('TRIM IV - II')?.kind).toBe('unparsed');
    expect(read('Martie 1890')?.kind).toBe('unparsed');
    expect(read('')?.kind).toBe('unparsed');
  });

  it('answers garbage with issues, not exceptions', () => {
    for (const raw of [null, undefined, 42, {}, ['Permanent']]) {
      const r = parseDeadline(raw as never, { planYear: 2024 });
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('type.invalid');
    }
    for (const options of [undefined, null, {}, { planYear: 1999 }, { planYear: 2024.5 }, { planYear: '2024' }]) {
      const r = parseDeadline('Permanent', options as never);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('year.invalid');
    }
  });
});

describe('due dates and overdue', () => {
  const d = (raw: string, planYear = 2021): Deadline => {
    const r = parseDeadline(raw, { planYear });
    if (!r.ok) throw new Error(raw);
    return r.deadline;
  };

  it('gives the due days in a year', () => {
    expect(dueDates(d('Trim I-IV'), 2021)).toStrictEqual(['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']);
    expect(dueDates(d('Trim I-IV'), 2022)).toStrictEqual([]);
    expect(dueDates(d('Februarie 2024'), 2024)).toStrictEqual(['2024-02-29']);
    expect(dueDates(d('Mai 2020 Decembrie 2020'), 2020)).toStrictEqual(['2020-05-31', '2020-12-31']);
    expect(dueDates(d('lunar'), 2023)).toHaveLength(12);
    expect(dueDates(d('trimestrial / anual'), 2023)).toStrictEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
    expect(dueDates(d('Pe tot parcursul anului 2024'), 2024)).toStrictEqual(['2024-12-31']);
    expect(dueDates(d('31.03.2020'), 2020)).toStrictEqual(['2020-03-31']);
    for (const raw of ['Permanent', 'Ori de câte ori este necesar', 'După aprobare', 'periodic', '10 ani']) expect(dueDates(d(raw), 2021)).toStrictEqual([]);
    expect(dueDates(d('zilnic'), 2024)).toHaveLength(366);
    const weeks = dueDates(d('săptămânal'), 2024);
    expect(weeks.every((w) => w.startsWith('2024-'))).toBe(true);
    expect(weeks.length).toBeGreaterThanOrEqual(52);
    expect(dueDates(d('Permanent'), Number.NaN)).toStrictEqual([]);
  });

  it('judges overdue on the last due day, the day itself still in time', () => {
    expect(isOverdue(d('TRIM I - II'), '2021-06-30')).toBe(false);
    expect(isOverdue(d('TRIM I - II'), '2021-07-01')).toBe(true);
    expect(isOverdue(d('anual'), new Date(2022, 0, 1))).toBe(true);
    expect(isOverdue(d('anual'), new Date(2021, 11, 31, 23, 59))).toBe(false);
    expect(isOverdue(d('Permanent'), '2099-01-01')).toBe(false);
    expect(isOverdue(d('periodic'), '2099-01-01')).toBe(false);
  });

  it('throws a prefixed TypeError for a day that is not one (a programming error)', () => {
    expect(() => isOverdue(d('anual'), '31.12.2021')).toThrow(/^plan-servicii-sociale: asOf/);
    expect(() => isOverdue(d('anual'), new Date('x'))).toThrow(TypeError);
  });
});
