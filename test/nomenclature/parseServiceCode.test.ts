import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HG_867_2015, findServiceCodes, formatServiceCode, lookupServiceCode, parseServiceCode } from '../../src/nomenclature/index.js';

// Every code string of the five seeds (000 and 001 have none), as written, with what the library
// makes of it. Checked by hand against the seeds and shared/reference/nomenclature/README.md.
const SEED_CODES: readonly [raw: string, seed: string, canonical: string, corrections: string[], status: string, verified: boolean][] = [
  ['8891Cz-C-II', '002:106', '8891 CZ-C-II', ['case_normalized', 'caen_separator'], 'known', true],
  ['8891CZ-C III', '002:120', '8891 CZ-C-III', ['caen_separator', 'separators_normalized'], 'known', true],
  ['8810 ID-II', '003:259', '8810 ID-II', [], 'known', false],
  ['8891 CZ-C III', '003:260', '8891 CZ-C-III', ['separators_normalized'], 'known', true],
  ['8810 CZ-V-I', '003:261 004:49', '8810 CZ-V-I', [], 'known', true],
  ['8891 CZ-C-I', '003:262', '8891 CZ-C-I', [], 'known', true],
  ['8891 CZ-C-III', '004:39,98', '8891 CZ-C-III', [], 'known', true],
  ['8891 CZ-C-II', '004:43,44,93,178', '8891 CZ-C-II', [], 'known', true],
  ['8730 CR-V-I', '004:50', '8730 CR-V-I', [], 'known', true],
  ['8899CZ-F-I', '004:51,69', '8899 CZ-F-I', ['caen_separator'], 'known', true],
  ['8810ID-VI', '004:70', '8810 ID-VI', ['caen_separator'], 'known', false],
  ['8790 CR-PFA-I', '004:76', '8790 CR-PFA-I', [], 'known', true],
  ['8810CZ-V-II', '004:87', '8810 CZ-V-II', ['caen_separator'], 'known', true],
  ['8899 CPDH-I', '004:92', '8899 CPDH-I', [], 'known', true],
  ['8899 CZ-PN-V', '004:134', '8899 CZ-PN-V', [], 'known', true],
  ['8810 ID-I', '004:142,200', '8810 ID-I', [], 'known', true],
  ['8891CZ-C-III', '004:143', '8891 CZ-C-III', ['caen_separator'], 'known', true],
  ['8790CR-II', '004:148', '8790 CR-II', ['caen_separator'], 'known', false],
  ['8790CR-C-I', '004:148', '8790 CR-C-I', ['caen_separator'], 'known', true],
  ['8899 CZ-D-I', '004:161', '8899 CZ-D-I', [], 'known', true],
  ['<b>8891 CZ-C-III</b>', '004:166,205', '8891 CZ-C-III', ['markup_removed'], 'known', true],
  ['8810ID-I', '004:177', '8810 ID-I', ['caen_separator'], 'known', true],
  ['8810ID -I', '004:183', '8810 ID-I', ['caen_separator', 'separators_normalized'], 'known', true],
  ['8810 ID -VI', '004:188', '8810 ID-VI', ['separators_normalized'], 'known', false],
];

describe('every code string in the seeds', () => {
  it.each(SEED_CODES)('%s (seed %s) → %s', (raw, _seed, canonical, corrections, status, verified) => {
    const r = parseServiceCode(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.canonical).toBe(canonical);
    expect(r.raw).toBe(raw);
    expect(r.corrections.map((c) => c.code)).toEqual(corrections);
    const l = lookupServiceCode(raw, { asOf: '2024-01-31' });
    expect([l.status, l.entry?.verified]).toEqual([status, verified]);
    expect(l.edition).toEqual({ id: 'hg-867-2015', title: HG_867_2015.title, lastChecked: HG_867_2015.lastChecked, asOf: '2024-01-31' });
  });

  it('seed 004 line 201: a CPV code in the code column is not a nomenclature code', () => {
    const r = parseServiceCode('85311200-4');
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.severity])).toEqual([['service_code.cpv', 'error']]);
    expect(findServiceCodes('Cod CPV 85311200-4').map((f) => [f.kind, f.text])).toEqual([['cpv', '85311200-4']]);
  });

  it('other spellings from the reference data', () => {
    const cases: [string, string, string[]][] = [
      ['8790CRT-I', '8790 CR-T-I', ['caen_separator', 'glued_split']],
      ['8790CRT – I', '8790 CR-T-I', ['dash_normalized', 'caen_separator', 'glued_split']],
      ['8790 CRT - I', '8790 CR-T-I', ['glued_split']],
      ['8710CRMS-I', '8710 CR-MS-I', ['caen_separator', 'glued_split']],
      ['8891CZ-CIII', '8891 CZ-C-III', ['caen_separator', 'glued_split']],
      ['8891-CZ-C-II', '8891 CZ-C-II', ['caen_separator']],
      ['cod 8790 CR-PFA-II', '8790 CR-PFA-II', ['prefix_removed']],
      ['Cod serviciu social: 8790 CR-PFA-I', '8790 CR-PFA-I', ['prefix_removed']],
      ['8891 cz-c-ii', '8891 CZ-C-II', ['case_normalized']],
      ['8891 CZ-C-Ⅲ', '8891 CZ-C-III', ['characters_normalized']],
      ['  8899   SIS-I ', '8899 SIS-I', []],
    ];
    for (const [raw, canonical, corrections] of cases) {
      const r = parseServiceCode(raw);
      expect(r.ok && [r.canonical, r.corrections.map((c) => c.code)]).toEqual([canonical, corrections]);
    }
  });

  it('an ambiguous repair is accepted only when the catalogue lists exactly one reading', () => {
    const r = parseServiceCode('8810 CZ-VI');
    expect(r.ok && r.canonical).toBe('8810 CZ-V-I');
    expect(r.ok && r.corrections.at(-1)).toEqual({ code: 'reading_chosen', before: '8810 CZ-VI | 8810 CZ-V-I', after: '8810 CZ-V-I' });
    const none = parseServiceCode('8899 CZ-VI');
    expect(none.ok ? null : none.issues[0]).toMatchObject({ code: 'service_code.ambiguous', params: { readings: ['8899 CZ-VI', '8899 CZ-V-I'] } });
    const withoutCatalogue = parseServiceCode('8810 CZ-VI', { edition: { ...HG_867_2015, entries: [] } });
    expect(withoutCatalogue.ok).toBe(false);
  });
});

describe('garbage gets a clear rejection', () => {
  it.each<[string, unknown, string]>([
    ['empty', '', 'service_code.empty'],
    ['spaces', '   ', 'service_code.empty'],
    ['10 KB of text', 'x'.repeat(10_000), 'service_code.too_long'],
    ['emoji', '🙂🙂', 'service_code.no_caen'],
    ['a long bad index', '8891 CZ-C-MMMMMMM', 'service_code.invalid'],
    ['only digits', '88918891', 'service_code.invalid'],
    ['a million dashes', '-'.repeat(1_000_000), 'service_code.too_long'],
    ['an unknown type', '8891 XY-C-I', 'service_code.unknown_type'],
    ['a missing index', '8899CZ-VTP-', 'service_code.invalid'],
    ['no CAEN', 'CZ-C-II', 'service_code.no_caen'],
    ['a number', 8891, 'type.invalid'],
    ['a long run of ligatures NFKC would lengthen', `8891 ${'\uFB00'.repeat(195)}`, 'service_code.invalid'],
    ['a long run of Roman numeral characters', `8891 CZ-C-${'\u2162'.repeat(60)}`, 'service_code.invalid'],
    ['one long run of letters', `8891 ${'F'.repeat(150)}`, 'service_code.invalid'],
  ])('%s', (_name, input, code) => {
    const r = parseServiceCode(input as string);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.message.ro.length).toBeGreaterThan(10);
    }
  });

  it('findServiceCodes ignores garbage and years followed by words', () => {
    expect(findServiceCodes('în anul 2024 DAS – Centrul 2023 realizat')).toEqual([]);
    expect(findServiceCodes('-'.repeat(1_000_000))).toEqual([]);
    expect(findServiceCodes(42 as unknown as string)).toEqual([]);
  });
});

describe('properties', () => {
  const entries = HG_867_2015.entries;

  it('parse(format(code)) round-trips for every catalogue code', () => {
    for (const e of entries) {
      const r = parseServiceCode(formatServiceCode(e));
      expect(r.ok && r.canonical).toBe(e.code);
      expect(r.ok && r.corrections).toEqual([]);
    }
  });

  it('respellings of catalogue codes (case, spaces, dashes, glued CAEN) read back to the same code', () => {
    const dash = fc.constantFrom('-', ' - ', ' -', '- ', '\u2013', ' \u2014 ', ' ');
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.constantFrom('', ' ', '-', '  '), dash, dash, fc.boolean(), (e, caenSep, d1, d2, lower) => {
        const parts = [e.type, e.category, e.index].filter((p): p is string => p !== null);
        const body = parts.reduce((acc, p, i) => (i === 0 ? p : `${acc}${i === 1 ? d1 : d2}${p}`), '');
        const text = `${e.caen}${caenSep}${lower ? body.toLowerCase() : body}`;
        const r = parseServiceCode(text);
        // A space-only separator can glue nothing, but may make a reading ambiguous; then the catalogue decides.
        expect(r.ok && r.canonical).toBe(e.code);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatServiceCode(parseServiceCode(x)) is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = parseServiceCode(s);
        if (!r.ok) return;
        const again = parseServiceCode(formatServiceCode(r.code));
        expect(again.ok && again.canonical).toBe(r.canonical);
        expect(formatServiceCode(r.code)).toBe(r.canonical);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, never reads past 200 characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 })), (s) => {
        expect(() => parseServiceCode(s)).not.toThrow();
        expect(() => findServiceCodes(s)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fast path agrees with the general reader', () => {
  it('on every seed spelling and on respelt catalogue codes', async () => {
    const { readGeneral, readServiceCode } = await import('../../src/nomenclature/readServiceCode.js');
    const { indexOf } = await import('../../src/nomenclature/editionIndex.js');
    const g = indexOf(HG_867_2015).grammar;
    for (const [raw] of SEED_CODES) expect(readServiceCode(raw, g)).toEqual(readGeneral(raw, g));
    fc.assert(
      fc.property(fc.constantFrom(...HG_867_2015.entries), fc.constantFrom('', ' ', '-'), fc.constantFrom('-', ' - ', ' -', ' '), fc.boolean(), (e, s1, s2, lower) => {
        const body = [e.type, e.category, e.index].filter((p): p is string => p !== null).join(s2);
        const text = `${e.caen}${s1}${lower ? body.toLowerCase() : body}`;
        expect(readServiceCode(text, g)).toEqual(readGeneral(text, g));
      }),
      { numRuns: 1000 },
    );
    // Well-shaped text with any letters: the fast path accepts or rejects exactly as the general reader.
    const letters = (max: number) => fc.string({ unit: fc.constantFrom(...'ACDFIMPSTVXZLcdivl'), minLength: 1, maxLength: max });
    fc.assert(
      fc.property(fc.constantFrom('8891', '8810', '8790', '8899', '1234'), fc.constantFrom('', ' ', '-'), letters(5), fc.constantFrom('-', ' ', ' - '), letters(3), fc.constantFrom('-', ' ', ' -'), letters(8), (caen, s1, t, s2, c, s3, i) => {
        const text = `${caen}${s1}${t}${s2}${c}${s3}${i}`;
        expect(readServiceCode(text, g)).toEqual(readGeneral(text, g));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('review findings on codes stay fixed', () => {
  it('seed cells exactly as written, prefixes and two codes included (seed 004)', () => {
    // cell as written → [canonical, corrections, status] per code found in it
    const cells: [string, [string, string[], string][]][] = [
      ['Cod 8899CZ-F-I', [['8899 CZ-F-I', ['caen_separator'], 'known']]],
      ['Cod serviciu social: 8790 CR-PFA-I', [['8790 CR-PFA-I', [], 'known']]],
      ['Cod serviciu social: 8810CZ-V-II', [['8810 CZ-V-II', ['caen_separator'], 'known']]],
      ['Cod serviciu social: 8899 CPDH-I', [['8899 CPDH-I', [], 'known']]],
      ['Cod serviciu social: 8891 CZ-C-II', [['8891 CZ-C-II', [], 'known']]],
      ['Cod serviciu social:8891 CZ-C-III', [['8891 CZ-C-III', [], 'known']]],
      ['8790CR-II 8790CR-C-I', [['8790 CR-II', ['caen_separator'], 'known'], ['8790 CR-C-I', ['caen_separator'], 'known']]],
      ['85311200-4', [['CPV 85311200-4', [], 'not a nomenclature code']]],
    ];
    for (const [cell, rows] of cells) {
      const got = findServiceCodes(cell).map((f) =>
        f.kind === 'service'
          ? [f.result.canonical, f.result.corrections.map((c) => c.code), lookupServiceCode(f.result.canonical, { asOf: '2023-01-31' }).status]
          : [f.kind === 'cpv' ? `CPV ${f.text}` : 'unreadable', [], 'not a nomenclature code'],
      );
      expect(got).toEqual(rows);
    }
    for (const [cell, rows] of cells.slice(0, 6)) {
      const r = parseServiceCode(cell);
      expect(r.ok && [r.canonical, r.corrections.map((c) => c.code)]).toEqual([rows[0]![0], ['prefix_removed', ...rows[0]![1]]]);
    }
  });

  it('years, phone numbers and CAEN classes outside the nomenclature are not codes', () => {
    expect(findServiceCodes('în anul 2021 CZ OSPT; tel 0234 515 8887 ID; Anexa 2021 CR-C-I')).toEqual([]);
    for (const raw of ['2024 CZ', '0000 CZ-C-II', '9999 CZ-C-II']) expect(parseServiceCode(raw).ok).toBe(false);
  });

  it('a code needs its index unless the nomenclature writes it without one', () => {
    expect(parseServiceCode('8891 CZ').ok).toBe(false);
    expect(parseServiceCode('8891 CZ-C').ok).toBe(false);
    expect(parseServiceCode('8899 CPCSA').ok).toBe(true);
    expect(parseServiceCode('8790 SF-C').ok).toBe(true);
  });

  it('a shortened reading in text counts only when the catalogue lists it; the rest is reported', () => {
    expect(findServiceCodes('8899 CZ-VI').map((f) => f.kind)).toEqual(['unreadable']);
    expect(findServiceCodes('8810 ID-I Serviciul de îngrijire').map((f) => f.kind === 'service' && f.result.canonical)).toEqual(['8810 ID-I']);
  });

  it('brackets, quotes, final stops and invisible characters around a code', () => {
    const read = (raw: string) => {
      const r = parseServiceCode(raw);
      return r.ok ? [r.canonical, r.corrections.map((c) => c.code)] : null;
    };
    expect(read('(8891 CZ-C-III)')).toEqual(['8891 CZ-C-III', ['punctuation_removed']]);
    expect(read('(cod serviciu 8790CR-VD-I)')).toEqual(['8790 CR-VD-I', ['punctuation_removed', 'prefix_removed', 'caen_separator']]);
    expect(read('8810 ID-I.')).toEqual(['8810 ID-I', ['punctuation_removed']]);
    expect(read('8891\u200B CZ-C-II')).toEqual(['8891 CZ-C-II', ['characters_normalized']]);
  });

  it('the grammar used without a catalogue has the structure of the bundled data', async () => {
    const { HG_867_GRAMMAR } = await import('../../src/nomenclature/readServiceCode.js');
    const { indexOf } = await import('../../src/nomenclature/editionIndex.js');
    const fromData = indexOf(HG_867_2015).grammar;
    expect([...HG_867_GRAMMAR.caen].sort()).toEqual([...fromData.caen].sort());
    expect([...HG_867_GRAMMAR.indexless].sort()).toEqual([...fromData.indexless].sort());
    expect(new Map([...HG_867_GRAMMAR.shapes].map(([t, c]) => [t, [...c].sort()]))).toEqual(new Map([...fromData.shapes].map(([t, c]) => [t, [...c].sort()])));
  });

  it('asOf must be an ISO day: a wrong one is a programmer mistake and throws a clear error', () => {
    expect(() => lookupServiceCode('8810 ID-I', { asOf: 'yesterday' })).toThrow(/^plan-servicii-sociale: asOf must be an ISO day/);
    expect(() => lookupServiceCode('8810 ID-I', { asOf: '2019-1-5' })).toThrow(TypeError);
    expect(() => lookupServiceCode('8810 ID-I', undefined as never)).toThrow(/asOf/);
  });
});

it('asOf that is not a calendar day throws the library error, not a RangeError', () => {
  expect(() => lookupServiceCode('8810 ID-I', { asOf: '2019-13-45' })).toThrow(/^plan-servicii-sociale: asOf/);
});

it('an index typed in digits or with l for I is read as Roman, and said so', () => {
  const read = (raw: string) => {
    const r = parseServiceCode(raw);
    return r.ok ? [r.canonical, r.corrections.map((c) => c.code)] : r.issues[0]?.code;
  };
  expect(read('8891 CZ-C-2')).toEqual(['8891 CZ-C-II', ['roman_normalized']]);
  expect(read('8810 ID-1')).toEqual(['8810 ID-I', ['roman_normalized']]);
  expect(read('8891 CZ-C-ll')).toEqual(['8891 CZ-C-II', ['case_normalized', 'roman_normalized']]);
  expect(read('8891 CZ-C-0')).toBe('service_code.invalid');
  expect(read('8891 CZ-C-30')).toBe('service_code.invalid');
});
