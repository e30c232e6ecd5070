import { describe, expect, it } from 'vitest';
import { assertPlan, parsePlan } from '../../src/index.js';
import {
  HG_867_2015,
  NomenclatureEditionSchema,
  listPlanServiceCodes,
  listServiceCodes,
  loadNomenclature,
  lookupServiceCode,
  mergeNomenclature,
  nomenclatureAsOf,
  searchServices,
} from '../../src/nomenclature/index.js';
import { examplePlan } from '../plan/fixtures.js';

describe('the bundled catalogue', () => {
  it('bundles every entry of the reference data with its verification status and sources', () => {
    expect(HG_867_2015.entries).toHaveLength(70);
    expect(HG_867_2015.entries.filter((e) => e.verified)).toHaveLength(20);
    for (const e of HG_867_2015.entries) expect(e.sources.length).toBeGreaterThan(0);
    expect(NomenclatureEditionSchema.safeParse(HG_867_2015).success).toBe(true);
    expect(loadNomenclature(HG_867_2015).ok).toBe(true);
  });

  it('dates: codes exist from HG 867/2015 (MO 834 of 9.11.2015); the seed-only code has no known start', () => {
    const dated = HG_867_2015.entries.filter((e) => e.validFrom !== null);
    expect(new Set(dated.map((e) => e.validFrom))).toEqual(new Set(['2015-11-09']));
    expect(HG_867_2015.entries.filter((e) => e.validFrom === null).map((e) => e.code)).toEqual(['8810 ID-VI']);
    for (const e of dated) expect(e.acts[0]).toMatchObject({ act: 'HG 867/2015', date: '2015-11-09' });
  });

  it('HG 1433/2022 renamed 8790 CR-D-II: the name depends on the date', () => {
    const at = (d: string) => nomenclatureAsOf(d).entries.find((e) => e.code === '8790 CR-D-II')?.name;
    expect(at('2022-12-06')).toBe('Centre de recuperare și reabilitare');
    expect(at('2022-12-07')).toBe('Centre de abilitare și reabilitare');
  });

  it('a 2019 plan is checked against the 2019 list; nothing exists before the act', () => {
    expect(nomenclatureAsOf('2019-02-28').entries).toHaveLength(70);
    expect(nomenclatureAsOf('2015-11-08').entries).toEqual([]);
    expect(lookupServiceCode('8891 CZ-C-II', { asOf: '2015-11-08' }).status).toBe('not_in_force');
  });

  it('lookup answers known / unknown / not in force / invalid, and names the edition', () => {
    expect(lookupServiceCode('8899 CZ-C-I', { asOf: '2024-01-31' })).toMatchObject({ status: 'unknown', edition: { id: 'hg-867-2015', asOf: '2024-01-31' } });
    expect(lookupServiceCode('hello', { asOf: '2024-01-31' }).status).toBe('invalid');
    const removed = { ...HG_867_2015, entries: HG_867_2015.entries.map((e) => (e.code === '8790 CR-D-III' ? { ...e, validTo: '2022-12-07' } : e)) };
    expect(lookupServiceCode('8790 CR-D-III', { asOf: '2023-01-01', edition: removed }).status).toBe('not_in_force');
    expect(lookupServiceCode('8790 CR-D-III', { asOf: '2021-01-01', edition: removed }).status).toBe('known');
  });
});

describe('queries for UIs', () => {
  it('filters by CAEN, type, kind, category and verification', () => {
    const list = (o: Omit<Parameters<typeof listServiceCodes>[0], 'asOf'>) => listServiceCodes({ asOf: '2024-01-31', ...o }).entries.map((e) => e.code);
    expect(list({ caen: '8730' })).toEqual(['8730 CR-V-I', '8730 CR-V-II', '8730 CR-V-III']);
    expect(list({ kind: 'day_centre', category: 'V' })).toEqual(['8810 CZ-V-I', '8810 CZ-V-II']);
    expect(list({ type: 'SIS' })).toEqual(['8899 SIS-I', '8899 SIS-II']);
    expect(list({ category: 'PFA', verifiedOnly: true })).toEqual(['8790 CR-PFA-I', '8790 CR-PFA-II']);
  });

  it('searches without diacritics or case, ranked', () => {
    const top = (q: string) => searchServices(q, { asOf: '2024-01-31', limit: 1 }).hits[0]?.entry.code;
    expect(top('ingrijire la domiciliu')).toBe('8810 ID-I');
    expect(top('ÎNGRIJIRE LA DOMICILIU')).toBe('8810 ID-I');
    expect(top('cresa')).toBe('8891 CZ-C-I');
    expect(top('8899 cpdh')).toBe('8899 CPDH-I');
    expect(searchServices('', { asOf: '2024-01-31' }).hits).toEqual([]);
    expect(searchServices('zzzz', { asOf: '2024-01-31' }).hits).toEqual([]);
  });
});

describe('bring your own data', () => {
  it('reports bad rows with their path', () => {
    const bad = { ...HG_867_2015, entries: [{ ...HG_867_2015.entries[0], verified: 'yes' }, HG_867_2015.entries[1], HG_867_2015.entries[1]] };
    const r = loadNomenclature(bad);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['type.invalid', 'entries.0.verified']]);
    const dup = loadNomenclature({ ...HG_867_2015, entries: [HG_867_2015.entries[1], HG_867_2015.entries[1]] });
    expect(dup.ok ? [] : dup.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['service_code.invalid', 'entries.1.code']]);
    expect(loadNomenclature(null).ok).toBe(false);
  });

  it('merges or replaces per call, never globally', () => {
    const extra = { ...HG_867_2015, id: 'extra', entries: [{ ...HG_867_2015.entries[34]!, name: 'Nume nou', verified: true }] };
    const merged = mergeNomenclature(HG_867_2015, extra);
    expect(merged.entries).toHaveLength(70);
    expect(lookupServiceCode(extra.entries[0]!.code, { asOf: '2024-01-31', edition: merged }).entry?.name).toBe('Nume nou');
    expect(lookupServiceCode(extra.entries[0]!.code, { asOf: '2024-01-31' }).entry?.name).not.toBe('Nume nou');
    const replaced = mergeNomenclature(HG_867_2015, extra, { mode: 'replace' });
    expect(replaced.entries).toHaveLength(1);
    expect(HG_867_2015.entries).toHaveLength(70);
  });
});

describe('plan integration', () => {
  it('the plan keeps the raw code and its canonical form', () => {
    const r = parsePlan(examplePlan('videle-2024'));
    expect(r.ok && r.plan.chapter1?.existingServices?.rows[0]?.serviceCode).toEqual({ kind: 'code', raw: '8891Cz-C-II', canonical: '8891 CZ-C-II' });
  });

  it('parsePlan reports unreadable codes, and with a nomenclature unknown and not-in-force codes', () => {
    const plan = (code: string, date = '2024-01-31') => ({
      meta: { authority: { kind: 'local_council', name: 'CL', uat: 'X' }, year: Number(date.slice(0, 4)), decision: { kind: 'HCL', number: '1', date } },
      chapter1: { existingServices: { rows: [{ name: 'Centru', serviceCode: code, budget: { local: '1' } }] } },
    });
    const codes = (input: unknown, nomenclature?: typeof HG_867_2015) =>
      parsePlan(input, nomenclature ? { nomenclature } : {}).issues.map((i) => [i.code, i.severity, i.path.join('.')]);
    const path = 'chapter1.existingServices.rows.0.serviceCode';
    expect(codes(plan('85311200-4'))).toEqual([['service_code.unreadable', 'warning', path]]);
    expect(codes(plan('8891 CZ-C-II'))).toEqual([]);
    expect(codes(plan('8899 CZ-C-I'), HG_867_2015)).toEqual([['service_code.unknown', 'warning', path]]);
    expect(codes(plan('8810 ID-VI'), HG_867_2015)).toEqual([]);
    expect(codes(plan('8891 CZ-C-II', '2015-06-30'), HG_867_2015)).toEqual([['service_code.not_in_force', 'warning', path]]);
  });

  it('listPlanServiceCodes lists every code of the example plans', () => {
    const rows = (name: 'videle-2024' | 'campia-turzii-2020') =>
      listPlanServiceCodes(assertPlan(examplePlan(name))).codes.map((c) => [c.part, c.raw, c.canonical, c.status, c.entry?.verified]);
    expect(rows('videle-2024')).toEqual([
      ['I.A', '8891Cz-C-II', '8891 CZ-C-II', 'known', true],
      ['I.B', '8891CZ-C III', '8891 CZ-C-III', 'known', true],
    ]);
    expect(rows('campia-turzii-2020')).toEqual([
      ['I.A', '8810 ID-II', '8810 ID-II', 'known', false],
      ['I.A', '8891 CZ-C III', '8891 CZ-C-III', 'known', true],
      ['I.A', '8810 CZ-V-I', '8810 CZ-V-I', 'known', true],
      ['I.A', '8891 CZ-C-I', '8891 CZ-C-I', 'known', true],
    ]);
    expect(listPlanServiceCodes(assertPlan(examplePlan('campia-turzii-2020'))).asOf).toBe('2020-02-27');
  });
});

describe('review findings on the catalogue stay fixed', () => {
  it('a plan cell with two codes reads both, and listPlanServiceCodes gives a row each', () => {
    const plan = assertPlan({
      meta: { authority: { kind: 'local_council', name: 'CL', uat: 'Bacău' }, year: 2023, decision: { kind: 'HCL', number: '1', date: '2023-01-31' } },
      chapter1: { existingServices: { rows: [{ name: 'Centrul de Integrare a Tinerilor', serviceCode: '8790CR-II 8790CR-C-I', budget: { local: '1' } }] } },
    });
    expect(plan.chapter1?.existingServices?.rows[0]?.serviceCode).toEqual({ kind: 'code', raw: '8790CR-II 8790CR-C-I', codes: ['8790 CR-II', '8790 CR-C-I'] });
    expect(parsePlan(plan, { nomenclature: HG_867_2015 }).issues).toEqual([]);
    const { codes, edition } = listPlanServiceCodes(plan);
    expect(codes.map((c) => [c.raw, c.canonical, c.status])).toEqual([
      ['8790CR-II 8790CR-C-I', '8790 CR-II', 'known'],
      ['8790CR-II 8790CR-C-I', '8790 CR-C-I', 'known'],
    ]);
    expect(edition.id).toBe('hg-867-2015');
  });

  it('parsePlan with something that is not an edition checks the grammar only, and does not throw', () => {
    const r = parsePlan(examplePlan('videle-2024'), { nomenclature: {} as never });
    expect(r.ok).toBe(true);
  });

  it('a merged edition passes its own schema', () => {
    const merged = mergeNomenclature(HG_867_2015, { ...HG_867_2015, id: 'local' });
    expect(NomenclatureEditionSchema.safeParse(merged).success).toBe(true);
  });

  it('search ignores one- and two-letter words; list filters ignore case', () => {
    expect(searchServices('de la', { asOf: '2024-01-31' }).hits).toEqual([]);
    expect(listServiceCodes({ asOf: '2024-01-31', type: 'sis' }).entries.map((e) => e.code)).toEqual(['8899 SIS-I', '8899 SIS-II']);
  });
});

describe('loadNomenclature checks what a loaded list says', () => {
  it('dates, acronyms and CAEN classes', () => {
    const e = HG_867_2015.entries[0]!;
    const r = loadNomenclature({
      ...HG_867_2015,
      validTo: '2010-01-01',
      entries: [{ ...e, code: '1234 XX-C-I', caen: '1234', type: 'XX', category: 'C', index: 'I', validFrom: '2016-01-01', validTo: '2015-01-01' }],
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date.invalid', 'validTo'],
      ['value.not_allowed', 'entries.0.type'],
      ['value.not_allowed', 'entries.0.caen'],
      ['date.invalid', 'entries.0.validTo'],
    ]);
    const day = loadNomenclature({ ...HG_867_2015, validFrom: '2015-13-45' });
    expect(day.ok ? [] : day.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['date.invalid', 'validFrom']]);
  });
});
