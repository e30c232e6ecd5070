// Cell readers, from the cells the seeds actually print.
import { describe, expect, it } from 'vitest';
import {
  AmountCellSchema,
  CapacitySchema,
  CountCellSchema,
  OccupancySchema,
  QuantityCellSchema,
  ServiceCodeSchema,
  StaffSchema,
  TextCellSchema,
} from '../../src/index.js';

const codeOf = (r: { success: boolean; error?: { issues: readonly object[] } }) =>
  (r.error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code;

describe('AmountCellSchema', () => {
  it.each([
    ['158838', '158838'],
    ['36669.50', '36669.50'],
    ['36669.5', '36669.50'],
    ['100.00', '100'],
    ['0', '0'],
    ['0.10', '0.10'],
    [' 3000 ', '3000'],
  ])('reads the canonical decimal %j as %j', (input, value) => {
    const cell = AmountCellSchema.parse(input);
    expect(cell).toMatchObject({ kind: 'amount', value, currency: 'RON' });
  });

  it('keeps the raw text when it differs from the canonical value', () => {
    expect(AmountCellSchema.parse('36669.5')).toEqual({ kind: 'amount', value: '36669.50', currency: 'RON', raw: '36669.5' });
    expect(AmountCellSchema.parse('158838')).toEqual({ kind: 'amount', value: '158838', currency: 'RON' });
  });

  it.each([
    [158838, '158838'],
    [36669.5, '36669.50'],
    [0, '0'],
    [999999999999999, '999999999999999'],
  ])('reads the exact number %j', (input, value) => {
    expect(AmountCellSchema.parse(input)).toEqual({ kind: 'amount', value, currency: 'RON' });
  });

  it.each([
    [0.1 + 0.2, 'amount.not_exact'],
    [1.005, 'amount.not_exact'],
    [1e308, 'amount.not_exact'],
    [2 ** 60, 'amount.not_exact'],
    [Number.NaN, 'amount.invalid'],
    [Number.POSITIVE_INFINITY, 'amount.invalid'],
    [-5, 'amount.negative'],
    ['-5', 'amount.negative'],
    ['12.345', 'amount.too_many_decimals'],
    ['abc', 'amount.invalid'],
    ['1e5', 'amount.invalid'],
    ['2.233.600', 'amount.invalid'],
    ['36.669,00 lei', 'amount.invalid'],
    ['007', 'amount.invalid'],
    ['1234567890123456', 'amount.out_of_range'],
    [Number.MAX_SAFE_INTEGER, 'amount.out_of_range'],
    [true, 'type.invalid'],
    [[1], 'type.invalid'],
  ])('rejects %j with %s', (input, code) => {
    const r = AmountCellSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(codeOf(r)).toBe(code);
  });

  it('keeps "Nu este cazul", "-", 0 and an empty cell apart', () => {
    expect(AmountCellSchema.parse('Nu este cazul')).toEqual({ kind: 'not_applicable', raw: 'Nu este cazul' });
    expect(AmountCellSchema.parse('nu este cazul.')).toEqual({ kind: 'not_applicable', raw: 'nu este cazul.' });
    expect(AmountCellSchema.parse('-')).toEqual({ kind: 'none', raw: '-' });
    expect(AmountCellSchema.parse('–')).toEqual({ kind: 'none', raw: '–' });
    expect(AmountCellSchema.parse('0')).toEqual({ kind: 'amount', value: '0', currency: 'RON' });
    expect(AmountCellSchema.parse('')).toEqual({ kind: 'unknown' });
    expect(AmountCellSchema.parse('   ')).toEqual({ kind: 'unknown', raw: '   ' });
    expect(AmountCellSchema.parse(null)).toEqual({ kind: 'unknown' });
  });

  it('keeps euro as euro (seed 004: "10000 EURO")', () => {
    expect(AmountCellSchema.parse({ value: '10000', currency: 'EUR', raw: '10000 EURO' })).toEqual({
      kind: 'amount',
      value: '10000',
      currency: 'EUR',
      raw: '10000 EURO',
    });
    const r = AmountCellSchema.safeParse({ value: '10000', currency: 'USD' });
    expect(codeOf(r)).toBe('value.not_allowed');
    expect(r.error?.issues[0]?.path).toEqual(['currency']);
  });

  it('reports the inner path of a bad object form', () => {
    const r = AmountCellSchema.safeParse({ value: '1.234' });
    expect(codeOf(r)).toBe('amount.too_many_decimals');
    expect(r.error?.issues[0]?.path).toEqual(['value']);
    expect(codeOf(AmountCellSchema.safeParse({ value: '1', lei: true }))).toBe('object.unknown_key');
    expect(codeOf(AmountCellSchema.safeParse({ raw: '1 lei' }))).toBe('value.required');
  });
});

describe('CountCellSchema', () => {
  it('reads whole numbers and markers', () => {
    expect(CountCellSchema.parse(75)).toBe(75);
    expect(CountCellSchema.parse('42')).toBe(42);
    expect(CountCellSchema.parse('-')).toEqual({ kind: 'none', raw: '-' });
    expect(CountCellSchema.parse(0)).toBe(0);
  });
  it.each([
    [-1, 'count.negative'],
    ['-1', 'count.negative'],
    [2.5, 'count.not_integer'],
    ['2,5', 'count.not_integer'],
    ['doi', 'count.invalid'],
    [Number.NaN, 'count.invalid'],
    [{}, 'type.invalid'],
  ])('rejects %j with %s', (input, code) => {
    expect(codeOf(CountCellSchema.safeParse(input))).toBe(code);
  });
});

describe('CapacitySchema: capacities as the seeds write them', () => {
  it('Videle: a bare number', () => {
    expect(CapacitySchema.parse(10)).toEqual({ kind: 'capacity', parts: [{ count: 10, unit: 'unspecified' }] });
  });
  it('Câmpia Turzii: "24 Beneficiar/zi", "15 beneficiar/zi", "36 beneficiar /zi"', () => {
    for (const [text, count] of [['24 Beneficiar/zi', 24], ['15 beneficiar/zi', 15], ['36 beneficiar /zi', 36]] as const) {
      const c = CapacitySchema.parse(text);
      expect(c).toMatchObject({ kind: 'capacity', raw: text, parts: [{ count, unit: 'beneficiariesPerDay' }] });
    }
  });
  it('split regimes: "30 locuri și 20 locuri în ambulatoriu"', () => {
    const c = CapacitySchema.parse('30 locuri și 20 locuri în ambulatoriu');
    expect(c).toEqual({
      kind: 'capacity',
      raw: '30 locuri și 20 locuri în ambulatoriu',
      parts: [
        { count: 30, unit: 'places', label: 'locuri' },
        { count: 20, unit: 'places', regime: 'ambulatoriu', label: 'locuri în ambulatoriu' },
      ],
    });
  });
  it('two groups in one cell: "40 beneficiari asistență comunitară/ 306 elevi, prescolari/zi"', () => {
    const c = CapacitySchema.parse('40 beneficiari asistență comunitară/ 306 elevi, prescolari/zi');
    expect(c.kind === 'capacity' && c.parts.map((p) => [p.count, p.unit])).toEqual([
      [40, 'beneficiaries'],
      [306, 'beneficiariesPerDay'],
    ]);
  });
  it('beds and a text with no number (kept, parts empty)', () => {
    expect(CapacitySchema.parse('20 paturi')).toMatchObject({ parts: [{ count: 20, unit: 'beds' }] });
    expect(CapacitySchema.parse('conform solicitărilor')).toEqual({ kind: 'capacity', parts: [], raw: 'conform solicitărilor' });
  });
  it('rejects negative capacity, as a number or text', () => {
    expect(codeOf(CapacitySchema.safeParse(-3))).toBe('count.negative');
    expect(codeOf(CapacitySchema.safeParse('-3 locuri'))).toBe('count.negative');
  });
  it('accepts its own output (round trip) and validates the object form', () => {
    const c = CapacitySchema.parse('30 locuri și 20 locuri în ambulatoriu');
    expect(CapacitySchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
    const bad = CapacitySchema.safeParse({ parts: [{ count: 1, unit: 'rooms' }] });
    expect(codeOf(bad)).toBe('value.not_allowed');
    expect(bad.error?.issues[0]?.path).toEqual(['parts', 0, 'unit']);
  });
});

describe('OccupancySchema', () => {
  it.each([
    ['100%', [{ percent: '100' }]],
    ['70%', [{ percent: '70' }]],
    ['75,2%', [{ percent: '75.2' }]],
    ['70% in regim intern și 65% in regim ambulatoriu', [{ percent: '70', regime: 'intern' }, { percent: '65', regime: 'ambulatoriu' }]],
    ['100', [{ percent: '100' }]],
  ])('reads %j', (text, rates) => {
    expect(OccupancySchema.parse(text)).toEqual({ kind: 'occupancy', rates, raw: text });
  });
  it('reads numbers and rejects what is not a percentage', () => {
    expect(OccupancySchema.parse(85.5)).toEqual({ kind: 'occupancy', rates: [{ percent: '85.5' }] });
    expect(codeOf(OccupancySchema.safeParse(-1))).toBe('percent.invalid');
    expect(codeOf(OccupancySchema.safeParse('mare'))).toBe('percent.invalid');
  });
});

const rolesOf = (s: ReturnType<typeof StaffSchema.parse>) => (s.kind === 'staff' ? s.roles : []);

describe('StaffSchema', () => {
  it('splits the Videle staff cell into roles', () => {
    const s = StaffSchema.parse('șef centru -1, Logoped -1 kinetoterapeut - 1, Îngrijitoare - 1 As. Soc. - 1, Psiholog - 1, Educatori- 3');
    expect(rolesOf(s)).toEqual([
      { role: 'șef centru', count: 1 },
      { role: 'Logoped', count: 1 },
      { role: 'kinetoterapeut', count: 1 },
      { role: 'Îngrijitoare', count: 1 },
      { role: 'As. Soc.', count: 1 },
      { role: 'Psiholog', count: 1 },
      { role: 'Educatori', count: 3 },
    ]);
    expect(rolesOf(s).reduce((n, r) => n + r.count, 0)).toBe(9);
  });
  it('keeps a text it cannot split, and takes the object form as given', () => {
    expect(rolesOf(StaffSchema.parse('-1 asistent social (SSC) 3 ingrijitori.'))).toEqual([]);
    expect(StaffSchema.parse('-')).toEqual({ kind: 'none', raw: '-' });
    expect(StaffSchema.parse(null)).toEqual({ kind: 'unknown' });
    const given = { raw: '-1 asistent social (SSC) 3 ingrijitori.', roles: [{ role: 'asistent social (SSC)', count: 1 }, { role: 'ingrijitori', count: 3 }] };
    expect(StaffSchema.parse(given)).toEqual({ kind: 'staff', ...given });
    expect(codeOf(StaffSchema.safeParse({ roles: [{ role: ' ', count: 1 }] }))).toBe('text.blank');
  });
});

describe('ServiceCodeSchema, TextCellSchema, QuantityCellSchema', () => {
  it('keeps codes exactly as written', () => {
    for (const [raw, canonical] of [['8891Cz-C-II', '8891 CZ-C-II'], ['8891CZ-C III', '8891 CZ-C-III'], ['8810 ID-II', '8810 ID-II'], ['<b>8891 CZ-C-III</b>', '8891 CZ-C-III']]) {
      expect(ServiceCodeSchema.parse(raw)).toEqual({ kind: 'code', raw, canonical });
    }
    expect(ServiceCodeSchema.parse('85311200-4')).toEqual({ kind: 'code', raw: '85311200-4' });
    expect(ServiceCodeSchema.parse('8810 ID-VI')).toEqual({ kind: 'code', raw: '8810 ID-VI', canonical: '8810 ID-VI' });
    expect(ServiceCodeSchema.parse('2024 CZ')).toEqual({ kind: 'code', raw: '2024 CZ' });
    expect(ServiceCodeSchema.parse({ raw: '8891Cz-C-II', canonical: 'wrong' })).toEqual({ kind: 'code', raw: '8891Cz-C-II', canonical: '8891 CZ-C-II' });
    expect(codeOf(ServiceCodeSchema.safeParse({ raw: '  ' }))).toBe('text.blank');
  });
  it('text cells keep markers apart from text', () => {
    expect(TextCellSchema.parse('Nu este cazul')).toEqual({ kind: 'not_applicable', raw: 'Nu este cazul' });
    expect(TextCellSchema.parse('-')).toEqual({ kind: 'none', raw: '-' });
    expect(TextCellSchema.parse('x')).toEqual({ kind: 'text', text: 'x' });
  });
  it('quantities are exact decimals', () => {
    expect(QuantityCellSchema.parse('387')).toEqual({ kind: 'quantity', value: '387' });
    expect(codeOf(QuantityCellSchema.safeParse(-2))).toBe('amount.negative');
  });
});

describe('object forms: each rejected field is named by its path', () => {
  const fail = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: readonly object[] } } }, input: unknown) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0] as { path: unknown[]; params?: { code?: string } };
    return [issue.params?.code, issue.path.join('.')];
  };

  it('occupancy', () => {
    const given = { kind: 'occupancy', rates: [{ percent: '70', regime: 'intern' }, { percent: 65, regime: 'ambulatoriu' }], raw: 'x' } as const;
    expect(OccupancySchema.parse(given)).toEqual({ kind: 'occupancy', rates: [{ percent: '70', regime: 'intern' }, { percent: '65', regime: 'ambulatoriu' }], raw: 'x' });
    expect(fail(OccupancySchema, { rates: 'x' })).toEqual(['type.invalid', 'rates']);
    expect(fail(OccupancySchema, {})).toEqual(['value.required', 'rates']);
    expect(fail(OccupancySchema, { rates: [5] })).toEqual(['type.invalid', 'rates.0']);
    expect(fail(OccupancySchema, { rates: [{ percent: true }] })).toEqual(['percent.invalid', 'rates.0.percent']);
    expect(fail(OccupancySchema, { rates: [{ percent: '1', x: 1 }] })).toEqual(['object.unknown_key', 'rates.0.x']);
    expect(fail(OccupancySchema, { rates: [{ percent: '1', regime: 2 }] })).toEqual(['type.invalid', 'rates.0.regime']);
    expect(fail(OccupancySchema, { rates: [], raw: 1 })).toEqual(['type.invalid', 'raw']);
    expect(fail(OccupancySchema, { rates: [], other: 1 })).toEqual(['object.unknown_key', 'other']);
    expect(fail(OccupancySchema, 'x'.repeat(3000))).toEqual(['text.too_long', '']);
    expect(fail(OccupancySchema, true)).toEqual(['type.invalid', '']);
  });

  it('capacity', () => {
    expect(CapacitySchema.parse({ raw: '12 locuri' })).toEqual({ kind: 'capacity', parts: [{ count: 12, unit: 'places', label: 'locuri' }], raw: '12 locuri' });
    expect(fail(CapacitySchema, { parts: [{ unit: 'places' }] })).toEqual(['value.required', 'parts.0.count']);
    expect(fail(CapacitySchema, { parts: [{ count: 1, label: 5 }] })).toEqual(['type.invalid', 'parts.0.label']);
    expect(fail(CapacitySchema, { parts: [{ count: 1, x: 5 }] })).toEqual(['object.unknown_key', 'parts.0.x']);
    expect(fail(CapacitySchema, { parts: ['1'] })).toEqual(['type.invalid', 'parts.0']);
    expect(fail(CapacitySchema, { kind: 'room', parts: [] })).toEqual(['value.not_allowed', 'kind']);
    expect(fail(CapacitySchema, { parts: 3 })).toEqual(['type.invalid', 'parts']);
    expect(fail(CapacitySchema, { parts: [], raw: 3 })).toEqual(['type.invalid', 'raw']);
    expect(fail(CapacitySchema, 'x'.repeat(3000))).toEqual(['text.too_long', '']);
    expect(fail(CapacitySchema, false)).toEqual(['type.invalid', '']);
  });

  it('staff', () => {
    expect(StaffSchema.parse({ raw: 'Psiholog - 1' })).toEqual({ kind: 'staff', roles: [{ role: 'Psiholog', count: 1 }], raw: 'Psiholog - 1' });
    expect(fail(StaffSchema, {})).toEqual(['value.required', 'roles']);
    expect(fail(StaffSchema, { roles: 1 })).toEqual(['type.invalid', 'roles']);
    expect(fail(StaffSchema, { roles: [1] })).toEqual(['type.invalid', 'roles.0']);
    expect(fail(StaffSchema, { roles: [{ role: 'x', count: -1 }] })).toEqual(['count.negative', 'roles.0.count']);
    expect(fail(StaffSchema, { roles: [{ count: 1 }] })).toEqual(['value.required', 'roles.0.role']);
    expect(fail(StaffSchema, { roles: [{ role: 'x', count: 1, y: 1 }] })).toEqual(['object.unknown_key', 'roles.0.y']);
    expect(fail(StaffSchema, { raw: 1 })).toEqual(['type.invalid', 'raw']);
    expect(fail(StaffSchema, 7)).toEqual(['type.invalid', '']);
  });

  it('text, quantity and service code', () => {
    expect(TextCellSchema.parse({ kind: 'text', text: 'x' })).toEqual({ kind: 'text', text: 'x' });
    expect(TextCellSchema.parse({ kind: 'none', raw: '-' })).toEqual({ kind: 'none', raw: '-' });
    expect(fail(TextCellSchema, { kind: 'text', text: 'x', y: 1 })).toEqual(['object.unknown_key', 'y']);
    expect(fail(TextCellSchema, { kind: 'words', text: 'x' })).toEqual(['value.not_allowed', 'kind']);
    expect(fail(TextCellSchema, 5)).toEqual(['type.invalid', '']);
    expect(fail(TextCellSchema, 'x'.repeat(30_000))).toEqual(['text.too_long', '']);
    expect(QuantityCellSchema.parse({ value: '120.5' })).toEqual({ kind: 'quantity', value: '120.50', raw: '120.5' });
    expect(fail(QuantityCellSchema, { value: 'x' })).toEqual(['amount.invalid', 'value']);
    expect(fail(QuantityCellSchema, { value: '1', raw: 2 })).toEqual(['type.invalid', 'raw']);
    expect(fail(QuantityCellSchema, { value: '1', unit: 'mp' })).toEqual(['object.unknown_key', 'unit']);
    expect(ServiceCodeSchema.parse({ raw: '8790 CR-PFA-I' })).toEqual({ kind: 'code', raw: '8790 CR-PFA-I', canonical: '8790 CR-PFA-I' });
    expect(fail(ServiceCodeSchema, { raw: 'x', y: 1 })).toEqual(['object.unknown_key', 'y']);
    expect(fail(ServiceCodeSchema, { kind: 'cpv', raw: 'x' })).toEqual(['value.not_allowed', 'kind']);
    expect(fail(ServiceCodeSchema, {})).toEqual(['value.required', 'raw']);
    expect(fail(ServiceCodeSchema, 8891)).toEqual(['type.invalid', '']);
    expect(fail(ServiceCodeSchema, 'x'.repeat(300))).toEqual(['text.too_long', '']);
  });

  it('amount object form', () => {
    expect(AmountCellSchema.parse({ kind: 'amount', value: 36669.5 })).toEqual({ kind: 'amount', value: '36669.50', currency: 'RON' });
    expect(AmountCellSchema.parse({ value: '36669.5' })).toEqual({ kind: 'amount', value: '36669.50', currency: 'RON', raw: '36669.5' });
    expect(fail(AmountCellSchema, { kind: 'money', value: '1' })).toEqual(['value.not_allowed', 'kind']);
    expect(fail(AmountCellSchema, { value: '1', raw: 5 })).toEqual(['type.invalid', 'raw']);
    expect(fail(AmountCellSchema, { kind: 'unknown', raw: 5 })).toEqual(['type.invalid', 'raw']);
  });
});
