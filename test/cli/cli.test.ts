// The command line as users run it: the built bin (dist/cli.js) in a child process, no shell.
// `npm test` builds first. The same cases also run in process through `run()` (src/cli/run.ts),
// so that the sources count in the coverage and the bundle is checked against them.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/cli/jsonErrorOffset.js';
import { lineAndColumn } from '../../src/cli/parseJson.js';
import { run } from '../../src/cli/run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const videle = 'examples/plans/videle-2024.json';
const bacau = 'examples/plans/bacau-2021.json';
const campia = 'examples/plans/campia-turzii-2020.json';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin from the repository root. */
function bin(args: readonly string[], input?: string): Result {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input: input ?? '', timeout: 20_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the sources in process, with the same streams captured. */
async function inProcess(args: readonly string[], input?: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    out: (text) => void (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('latin1')),
    err: (line) => void (stderr += `${line}\n`),
    readStdin: async () => Buffer.from(input ?? ''),
  });
  return { code, stdout, stderr };
}

let dir = '';
const tmp = (name: string) => join(dir, name);

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm test\` does).`);
  dir = mkdtempSync(join(tmpdir(), 'plan-servicii-sociale-cli-'));
  const plan = () => JSON.parse(readFileSync(join(root, videle), 'utf8')) as { meta: Record<string, unknown>; chapter1: { existingServices: { rows: { budget: Record<string, unknown> }[] } } };
  const badAmount = plan();
  (badAmount.chapter1.existingServices.rows[0] as { budget: Record<string, unknown> }).budget.local = '1,500';
  writeFileSync(tmp('bad-amount.json'), JSON.stringify(badAmount, null, 2));
  const badYear = plan();
  badYear.meta.year = 'x';
  writeFileSync(tmp('bad-year.json'), JSON.stringify(badYear, null, 2));
  writeFileSync(tmp('comma.json'), '{\n  "meta": {\n    "year": 2024\n    "title": "x"\n  }\n}\n');
  writeFileSync(tmp('token.json'), '\uFEFF{\n  "meta": }\n');
  writeFileSync(tmp('truncated.json'), '{\n  "meta": {\n    "year": 2024');
  writeFileSync(tmp('codes.txt'), 'Cod serviciu social: 8810ID-I\nCPV 85311200-4\n');
  mkdirSync(tmp('a-directory'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A case: the arguments, the exit code, what stdout and stderr must contain (or be empty).
 * `args` may use `{tmp}` for the temporary directory, filled in at run time.
 */
interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout?: readonly (string | RegExp)[];
  readonly stderr?: readonly (string | RegExp)[];
  readonly input?: string;
}

const CASES: readonly Case[] = [
  // Help and version.
  { name: 'lists the commands', args: ['--help'], code: 0, stdout: ['Utilizare: plan-servicii-sociale <comandă>', 'check <plan.json>', 'summary <plan.json>', 'render <plan.json>', 'codes <text|fișier>'] },
  { name: 'lists the commands in English', args: ['--lang', 'en', '-h'], code: 0, stdout: ['Usage: plan-servicii-sociale <command>', 'Commands:', 'codes <text|file>'] },
  { name: 'prints the version', args: ['--version'], code: 0, stdout: [new RegExp(`^${version.replace(/\./g, '\\.')}\\n$`)] },
  { name: 'check --help', args: ['check', '--help'], code: 0, stdout: ['Utilizare: plan-servicii-sociale check <plan.json> [--lang ro|en] [--format text|json]'] },
  { name: 'check --help in English', args: ['check', '-h', '--lang', 'en'], code: 0, stdout: ['Usage: plan-servicii-sociale check', 'Exit codes: 0 the plan is valid'] },
  { name: 'summary --help', args: ['summary', '-h'], code: 0, stdout: ['Utilizare: plan-servicii-sociale summary <plan.json> [--lang ro|en]'] },
  { name: 'render --help', args: ['render', '--help'], code: 0, stdout: ['--to html|md|docx', '-o, --output <fișier>'] },
  { name: 'codes --help', args: ['codes', '--help', '--lang=en'], code: 0, stdout: ['Usage: plan-servicii-sociale codes <text|file>'] },

  // check.
  { name: 'check: a plan with no issue', args: ['check', videle], code: 0, stdout: [/^Planul este valid: 0 erori, 0 avertismente, 0 note\.\n$/] },
  {
    name: 'check: warnings and notes by chapter, exit 0',
    args: ['check', bacau],
    code: 0,
    stdout: [/^Capitolul I\n {2}notă budget\.empty la chapter1\.proposedServices\.rows\[0\]\.budget: Serviciul „Centru de zi/, 'avertisment budget.calculation_wrong la chapter1.contracting.rows[5].calculation: Calculul scris', '\nPlanul este valid: 0 erori, 9 avertismente, 10 note.\n'],
  },
  {
    name: 'check: in English',
    args: ['check', bacau, '--lang', 'en'],
    code: 0,
    stdout: [/^Chapter I\n {2}note budget\.empty at chapter1\.proposedServices\.rows\[0\]\.budget: The service "Centru de zi/, 'warning budget.below_standard at chapter1.proposedServices.rows[1].budget.local: The budget of 700000 lei', 'The plan is valid: 0 errors, 9 warnings, 10 notes.'],
  },
  {
    name: 'check: an invalid plan, exit 1',
    args: ['check', '{tmp}/bad-amount.json'],
    code: 1,
    stdout: ['Capitolul I\n  eroare amount.invalid la chapter1.existingServices.rows[0].budget.local: „1,500” nu este o sumă', 'Planul NU este valid: 1 eroare, 0 avertismente, 0 note.'],
    stderr: [],
  },
  {
    name: 'check: an invalid year, in English',
    args: ['check', '{tmp}/bad-year.json', '--lang', 'en'],
    code: 1,
    stdout: ['Identity\n  error year.invalid at meta.year: The year "x" is not valid', 'The plan is NOT valid: 1 error, 0 warnings, 0 notes.'],
  },
  {
    name: 'check: budget tables that do not add up are errors',
    args: ['check', campia],
    code: 1,
    stdout: ['\nCapitol buget\n', 'eroare budget_table.children_mismatch la budgetChapter.tables[0].rows[1].annual:', 'Planul NU este valid: 35 de erori, 8 avertismente, 6 note.'],
  },
  {
    name: 'check: the document itself and keys that are no chapter, first',
    args: ['check', '-', '--lang', 'en'],
    input: '{"notes": 5, "foo": 1, "meta": {"authority": {"kind": "local_council", "name": "X", "uat": "X"}, "year": 2024}}',
    code: 1,
    stdout: [/^\(document\)\n {2}error object\.unknown_key at foo: Unknown field "foo"[^\n]*\n\nNotes\n {2}error /, 'The plan is NOT valid: 2 errors, 0 warnings, 0 notes.'],
  },
  { name: 'check: not an object', args: ['check', '-'], input: 'null', code: 1, stdout: [/^\(document\)\n {2}eroare type\.invalid: /] },
  { name: 'check: a plan on standard input', args: ['check', '-'], input: '{"meta": {}}', code: 1, stdout: ['Date de identificare\n  eroare value.required la meta.authority:'] },

  // Mistakes: one line on stderr, nothing on stdout, exit 2.
  { name: 'missing file', args: ['check', 'nu-exista.json'], code: 2, stdout: [], stderr: [/^eroare: fișierul „nu-exista\.json” nu există\.\n$/] },
  { name: 'missing file, in English', args: ['summary', 'nope.json', '--lang', 'en'], code: 2, stdout: [], stderr: [/^error: the file "nope\.json" does not exist\.\n$/] },
  { name: 'a directory', args: ['check', '{tmp}/a-directory'], code: 2, stdout: [], stderr: [/^eroare: „.+a-directory” este un director, nu un fișier\.\n$/] },
  { name: 'invalid JSON: line and column', args: ['check', '{tmp}/comma.json'], code: 2, stdout: [], stderr: [/^eroare: „.+comma\.json” nu este JSON valid: caracter neașteptat „"” la linia 4, coloana 5\.\n$/] },
  {
    name: 'invalid JSON after a byte order mark, in English',
    args: ['--lang', 'en', 'check', '{tmp}/token.json'],
    code: 2,
    stderr: [/^error: ".+token\.json" is not valid JSON: unexpected character "\}" at line 2, column 11\.\n$/],
  },
  { name: 'invalid JSON: the text ends too early', args: ['render', '{tmp}/truncated.json', '--to', 'md'], code: 2, stderr: [/^eroare: „.+truncated\.json” nu este JSON valid: textul se termină prea devreme, la linia 3, coloana 17\.\n$/] },
  { name: 'no command', args: [], code: 2, stderr: [/^eroare: lipsește comanda; vedeți „plan-servicii-sociale --help”\.\n$/] },
  { name: 'unknown command', args: ['verifica', videle], code: 2, stdout: [], stderr: [/^eroare: comanda „verifica” nu există; comenzile sunt check, summary, render și codes/] },
  { name: 'unknown command, in English', args: ['verifica', '--lang', 'en'], code: 2, stderr: [/^error: unknown command "verifica"; the commands are check, summary, render and codes/] },
  { name: 'unknown option', args: ['check', videle, '--strict'], code: 2, stdout: [], stderr: [/^eroare: opțiunea „--strict” nu există pentru check; vedeți „plan-servicii-sociale check --help”\.\n$/] },
  { name: 'unknown option, in English', args: ['codes', '-x', 'abc', '--lang=en'], code: 2, stderr: [/^error: unknown option "-x" for codes/] },
  { name: 'unknown option before the command', args: ['--verbose', 'check', videle], code: 2, stderr: [/^eroare: opțiunea „--verbose” nu există; vedeți/] },
  { name: 'missing argument', args: ['check'], code: 2, stderr: [/^eroare: lipsește argumentul <plan\.json>; vedeți „plan-servicii-sociale check --help”\.\n$/] },
  { name: 'missing argument, in English', args: ['codes', '--lang', 'en'], code: 2, stderr: [/^error: missing argument <text\|file>; see "plan-servicii-sociale codes --help"\.\n$/] },
  { name: 'an argument too many', args: ['summary', videle, bacau], code: 2, stderr: [/^eroare: argument în plus: „examples\/plans\/bacau-2021\.json”/] },
  { name: 'bad --lang', args: ['check', videle, '--lang', 'fr'], code: 2, stdout: [], stderr: [/^eroare: valoarea „fr” nu este permisă pentru --lang: ro sau en\.\n$/] },
  { name: 'bad --format', args: ['check', videle, '--format', 'xml', '--lang', 'en'], code: 2, stderr: [/^error: invalid value "xml" for --format: text or json\.\n$/] },
  { name: '--lang without a value', args: ['check', videle, '--lang'], code: 2, stderr: [/^eroare: opțiunea --lang cere o valoare\.\n$/] },

  // summary.
  {
    name: 'summary of Videle 2024',
    args: ['summary', videle],
    code: 0,
    stderr: [],
    stdout: [
      /^Consiliul Local al Orașului Videle, anul 2024, aprobat prin HCL nr\. 13 din 2024-01-31\n/,
      'I.B Centrul Social de Zi pentru copii cu dizabilități (Centrul "Puzzle") — cod 8891 CZ-C-III, capacitate 42 beneficiari/zi — 1.640.958 lei\n',
      'Buget servicii existente (I.A): 158.838 lei (buget local 158.838 lei)\n',
      '  I.A "8891Cz-C-II"    → 8891 CZ-C-II   în nomenclator, verificat (corecturi: case_normalized, caen_separator)\n',
      /Validare: fără observații\.\n$/,
    ],
  },
  {
    name: 'summary in English',
    args: ['summary', bacau, '--lang', 'en'],
    code: 0,
    stdout: ['Consiliul Local Bacău, year 2021, approved by HCL nr. 134', 'Budget of contracted services (I.C): 8.010.727 lei (local budget 3.433.827 lei', 'Budgets and cost standards (checkPlanBudgets):', 'calculation WRONG: gives 360.000 lei, not 264.000 lei'],
  },
  { name: 'summary of an invalid plan', args: ['summary', '{tmp}/bad-year.json'], code: 1, stdout: [], stderr: ['eroare year.invalid la meta.year:', 'Planul NU este valid: 1 eroare'] },

  // codes.
  {
    name: 'codes in a text',
    args: ['codes', '8891Cz-C-II și 8790CR-II 8790CR-C-I; CPV 85311200-4'],
    code: 0,
    stdout: [/^„8891Cz-C-II” → 8891 CZ-C-II {2}în nomenclator: Centre de zi pentru copii/, '„8790CR-II”   → 8790 CR-II    în nomenclator: Centre de tranzit (neverificat)\n', '„8790CR-C-I”  → 8790 CR-C-I   în nomenclator:', '„85311200-4”  → 85311200-4    cod CPV (achiziții publice)'],
  },
  {
    name: 'codes in English, an unreadable and an unknown one',
    args: ['codes', '8810 CZ-QQ-I; 8899 CZ-C-IX', '--lang', 'en'],
    code: 0,
    stdout: ['"8810 CZ-QQ-I" → —             cannot be read: "8810 CZ-QQ-I" is not a social-service code', '"8899 CZ-C-IX" → 8899 CZ-C-IX  not in the bundled nomenclature (HG 867/2015)'],
  },
  { name: 'codes in a file', args: ['codes', '{tmp}/codes.txt'], code: 0, stdout: [/^„8810ID-I”\s+→ 8810 ID-I\s+în nomenclator: Unități de îngrijire la domiciliu\n„85311200-4” → 85311200-4 {2}cod CPV/] },
  { name: 'codes on standard input', args: ['codes', '-'], input: 'Cod 8899CZ-F-I', code: 0, stdout: ['„8899CZ-F-I” → 8899 CZ-F-I  în nomenclator'] },
  { name: 'codes: none found', args: ['codes', 'nimic de găsit în anul 2024'], code: 0, stdout: [/^Niciun cod găsit\.\n$/] },
  { name: 'codes: none found, in English', args: ['codes', 'nothing', '--lang', 'en'], code: 0, stdout: [/^No code found\.\n$/] },

  // render: usage.
  { name: 'render without --to', args: ['render', videle], code: 2, stderr: [/^eroare: lipsește opțiunea --to <html\|md\|docx>/] },
  { name: 'render to an unknown format', args: ['render', videle, '--to', 'pdf'], code: 2, stderr: [/^eroare: valoarea „pdf” nu este permisă pentru --to: html, md sau docx\.\n$/] },
  { name: 'render to docx needs -o', args: ['render', videle, '--to', 'docx', '--lang', 'en'], code: 2, stderr: [/^error: --to docx needs the file to write: -o <file>\.docx\.\n$/] },
  { name: 'render into a missing directory', args: ['render', videle, '--to', 'md', '-o', '{tmp}/no/such/dir/plan.md'], code: 2, stderr: [/^eroare: „.+plan\.md” nu poate fi scris: directorul lui nu există\.\n$/] },
];

const fill = (args: readonly string[]) => args.map((a) => a.replace('{tmp}', dir));

function expectOutput(r: Result, c: Case): void {
  expect(r.code).toBe(c.code);
  for (const [stream, expected] of [
    [r.stdout, c.stdout],
    [r.stderr, c.stderr],
  ] as const) {
    if (expected === undefined) continue;
    if (expected.length === 0) expect(stream).toBe('');
    for (const e of expected) {
      if (typeof e === 'string') expect(stream).toContain(e);
      else expect(stream).toMatch(e);
    }
  }
  if (c.code === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

describe('the built bin', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = bin(fill(c.args), c.input);
    expectOutput(r, c);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('check --format json: one JSON document with the counts and the issues as the library returns them', () => {
    const r = bin(['check', campia, '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { file: string; valid: boolean; counts: Record<string, number>; issues: { code: string; path: unknown[]; severity: string; message: { ro: string; en: string } }[] };
    expect(Object.keys(doc)).toEqual(['file', 'valid', 'counts', 'issues']);
    expect(doc.file).toBe(campia);
    expect(doc.valid).toBe(false);
    expect(doc.counts).toEqual({ error: 35, warning: 8, info: 6 });
    expect(doc.issues).toHaveLength(49);
    expect(doc.issues.find((i) => i.code === 'budget_table.children_mismatch')).toMatchObject({ path: ['budgetChapter', 'tables', 0, 'rows', 1, 'annual'], severity: 'error', message: { ro: expect.any(String), en: expect.any(String) } });

    const valid = JSON.parse(bin(['check', bacau, '--format', 'json', '--lang', 'en']).stdout) as { valid: boolean; counts: unknown };
    expect(valid).toMatchObject({ valid: true, counts: { error: 0, warning: 9, info: 10 } });
  });

  it('codes --format json: an array', () => {
    const r = bin(['codes', '8891Cz-C-II; CPV 85311200-4; 8810 CZ-QQ-I', '--format', 'json']);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(found.map((f) => f.kind)).toEqual(['service', 'cpv', 'unreadable']);
    expect(found[0]).toMatchObject({ text: '8891Cz-C-II', canonical: '8891 CZ-C-II', status: 'known', corrections: ['case_normalized', 'caen_separator'], entry: { code: '8891 CZ-C-II', verified: true } });
    expect(found[2]).toMatchObject({ text: '8810 CZ-QQ-I', issues: [{ code: 'service_code.invalid' }] });
  });

  it('render --to html and md: writes the files and says so on stderr', () => {
    const html = bin(['render', videle, '--to', 'html', '-o', tmp('videle.html')]);
    expect(html.code).toBe(0);
    expect(html.stdout).toBe('');
    expect(html.stderr).toMatch(/^Am scris documentul HTML în „.+videle\.html” \(\d+ octeți\)\.\n$/);
    expect(readFileSync(tmp('videle.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*Videle[\s\S]*<\/html>\n?$/);

    const md = bin(['render', videle, '--to', 'md', '--output', tmp('videle.md'), '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.stderr).toMatch(/^Wrote the Markdown document to ".+videle\.md" \(\d+ bytes\)\.\n$/);
    expect(readFileSync(tmp('videle.md'), 'utf8')).toContain('Videle');

    const stdout = bin(['render', videle, '--to', 'md', '-o', '-']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('Videle');
    expect(stdout.stderr).toMatch(/^Am scris documentul Markdown la ieșirea standard \(\d+ octeți\)\.\n$/);
  });

  it('render: an invalid plan prints its errors and writes nothing', () => {
    const r = bin(['render', tmp('bad-amount.json'), '--to', 'html', '-o', tmp('bad.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('eroare amount.invalid la chapter1.existingServices.rows[0].budget.local:');
    expect(r.stderr).toContain('Planul NU este valid: 1 eroare, 0 avertismente, 0 note.');
    expect(existsSync(tmp('bad.html'))).toBe(false);
  });

  it('render --to docx: a Word file; without the optional package docx, one line and exit 2', () => {
    const r = bin(['render', videle, '--to', 'docx', '-o', tmp('videle.docx')]);
    expect(r.code).toBe(0);
    expect(readFileSync(tmp('videle.docx')).subarray(0, 2).toString('latin1')).toBe('PK');

    // A copy of dist/ whose node_modules has everything but docx.
    const copy = tmp('no-docx');
    cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') && !src.endsWith('.d.ts') && !src.endsWith('.d.cts') });
    writeFileSync(join(copy, 'package.json'), '{ "type": "module" }');
    for (const dep of ['zod', 'date-fns', 'decimal.js']) {
      mkdirSync(join(copy, 'node_modules'), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), join(copy, 'node_modules', dep), 'dir');
    }
    for (const [lang, line] of [
      ['ro', 'eroare: pachetul opțional docx este necesar pentru --to docx: npm install docx\n'],
      ['en', 'error: the optional package docx is needed for --to docx: npm install docx\n'],
    ] as const) {
      const missing = spawnSync(process.execPath, [join(copy, 'dist', 'cli.js'), 'render', videle, '--to', 'docx', '-o', tmp('none.docx'), '--lang', lang], { cwd: root, encoding: 'utf8' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(line);
    }
    expect(existsSync(tmp('none.docx'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a file that cannot be read', () => {
    writeFileSync(tmp('locked.json'), '{}', { mode: 0o000 });
    const r = bin(['check', tmp('locked.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the file ".+locked\.json" cannot be read: permission denied\.\n$/);
  });
});

describe('the sources, in process (same cases)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    expectOutput(await inProcess(fill(c.args), c.input), c);
  });

  it('check --format json and codes --format json', async () => {
    const check = JSON.parse((await inProcess(['check', bacau, '--format', 'json'])).stdout) as { valid: boolean; counts: unknown };
    expect(check).toMatchObject({ valid: true, counts: { error: 0, warning: 9, info: 10 } });
    const codes = JSON.parse((await inProcess(['codes', 'CPV 85311200-4 și 8810 CZ-QQ-I, 8899 CZ-C-IX', '--format', 'json'])).stdout) as { kind: string; status?: string }[];
    expect(codes.map((c) => c.status ?? c.kind)).toEqual(['cpv', 'unreadable', 'unknown']);
  });

  it('render to html, md and docx', async () => {
    for (const [to, file] of [
      ['html', 'in-process.html'],
      ['md', 'in-process.md'],
      ['docx', 'in-process.docx'],
    ] as const) {
      const r = await inProcess(['render', videle, '--to', to, '-o', tmp(file), '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(existsSync(tmp(file))).toBe(true);
    }
    const invalid = await inProcess(['render', tmp('bad-year.json'), '--to', 'md']);
    expect(invalid.code).toBe(1);
    const stdout = await inProcess(['render', videle, '--to', 'html']);
    expect(stdout.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('where invalid JSON stops being valid', () => {
  const v8 = (text: string) => {
    try {
      JSON.parse(text);
      return 'valid';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('agrees with V8 where V8 says "at position N" or "Unexpected end of JSON input"', () => {
    const texts = ['{"a":1,}', '{\n "a": 1\n "b": 2}', '{"a":1', '[1,2]x', '{"a": 01}', '"abc', '{"a":"\\q"}', "{'a':1}", '{"a":-}', '1e', '1.', '{"a":"\\u12G4"}', '{"a" 1}', 'nul', '{"a":"x\ny"}', '', '  ', '[', '{"a":[1,2', '-'];
    for (const text of texts) {
      const message = v8(text);
      const position = /at position (\d+)/.exec(message);
      const expected = position ? Number(position[1]) : /Unexpected end of JSON input/.test(message) ? text.length : undefined;
      expect([text, jsonErrorOffset(text)]).toEqual([text, expected]);
    }
  });

  it('finds the unexpected token V8 names without a position', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1,,2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": {"b": [true, false, null, -1.5e+3, "\\u00e9\\n"]}}')).toBeUndefined();
  });

  it('gives lines and columns from 1, columns in characters', () => {
    expect(lineAndColumn('{\n  "ă": x', 9)).toEqual({ line: 2, column: 8 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
