// The command line as users run it: the built bin (dist/cli.js) in a child process, no shell.
// `npm test` builds first. The same cases also run in process through `run()` (src/cli/run.ts),
// so that the sources count in the coverage and the bundle is checked against them.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssue, type Issue } from '../../src/index.js';
import { safeText } from '../../src/cli/io.js';
import { jsonErrorOffset } from '../../src/cli/jsonErrorOffset.js';
import { lineAndColumn } from '../../src/cli/parseJson.js';
import { run } from '../../src/cli/run.js';
import { issueListLines } from '../../src/cli/summaryText.js';
import { HG_867_2015 } from '../../src/nomenclature/index.js';
import { renderPlanHtml, renderPlanMarkdown } from '../../src/render/index.js';

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

/** A plan as a Windows-1250 editor saves it: "ă" is the one byte E3, which is not UTF-8. */
const CP1250 = Buffer.from('{"meta":{"authority":{"kind":"local_council","name":"Consiliul Local Bac\xe3u","uat":"Bac\xe3u"},"year":2024}}', 'latin1');

/** Control characters a plan could use to drive a terminal: clear the screen, turn red, and the one-character CSI (C1). */
const EVIL = '\u001b[2J\u001b[31mEVIL\u009b31m';
/** {@link EVIL} as the command line shows it. */
const EVIL_SHOWN = '\\u001b[2J\\u001b[31mEVIL\\u009b31m';

/** Runs the built bin from the repository root. */
function bin(args: readonly string[], input?: string | Buffer): Result {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input: input ?? '', timeout: 20_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the sources in process, with the same streams captured. */
async function inProcess(args: readonly string[], input?: string | Buffer): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    out: (text) => void (stdout += text),
    document: (content) => void (stdout += typeof content === 'string' ? content : Buffer.from(content).toString('latin1')),
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
  const plan = () =>
    JSON.parse(readFileSync(join(root, videle), 'utf8')) as { meta: Record<string, unknown> & { authority: unknown; decision: unknown }; chapter1: { existingServices: { rows: { budget: Record<string, unknown> }[] } } };
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

  // Encodings other than UTF-8.
  writeFileSync(tmp('cp1250.json'), CP1250);
  writeFileSync(tmp('cp1250.txt'), Buffer.from('Cod 8810ID-I, Bac\xe3u', 'latin1'));
  const small = '{"meta": {"year": 2024}}';
  writeFileSync(tmp('utf16le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(small, 'utf16le')]));
  writeFileSync(tmp('utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(small, 'utf16le').swap16()]));
  writeFileSync(tmp('utf16-no-bom.json'), Buffer.from(small, 'utf16le'));

  // Control characters in a key and in values.
  const evil = plan() as Record<string, unknown> & ReturnType<typeof plan>;
  evil[EVIL] = 1;
  evil.meta.year = EVIL;
  writeFileSync(tmp('evil.json'), JSON.stringify(evil, null, 2));
  const evilValid = plan();
  (evilValid.meta.authority as Record<string, unknown>).name = `Consiliul ${EVIL}`;
  writeFileSync(tmp('evil-valid.json'), JSON.stringify(evilValid, null, 2));

  // A code the nomenclature does not know; a decision without a date.
  const unknownCode = plan();
  (unknownCode.chapter1.existingServices.rows[0] as Record<string, unknown>).serviceCode = '8899 CZ-C-IX';
  writeFileSync(tmp('unknown-code.json'), JSON.stringify(unknownCode, null, 2));
  const undated = plan();
  delete (undated.meta.decision as Record<string, unknown>).date;
  writeFileSync(tmp('undated.json'), JSON.stringify(undated, null, 2));

  // A plan with other names: a symbolic link and a hard link.
  writeFileSync(tmp('same.json'), readFileSync(join(root, videle)));
  symlinkSync(tmp('same.json'), tmp('same-symlink.json'));
  linkSync(tmp('same.json'), tmp('same-hardlink.json'));
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
  readonly input?: string | Buffer;
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
  { name: 'bad --format', args: ['check', videle, '--format', 'xml', '--lang', 'en'], code: 2, stdout: [], stderr: [/^error: invalid value "xml" for --format: text or json\.\n$/] },
  { name: '--lang without a value', args: ['check', videle, '--lang'], code: 2, stderr: [/^eroare: opțiunea --lang cere o valoare\.\n$/] },

  // summary.
  {
    name: 'summary of Videle 2024',
    args: ['summary', videle],
    code: 0,
    stderr: [],
    stdout: [
      /^Consiliul Local al Orașului Videle, anul 2024, aprobat prin HCL nr\. 13 din 31\.01\.2024\n/,
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
    stdout: ['Consiliul Local Bacău, year 2021, approved by HCL nr. 134 of 29.04.2021\n', '\nValidation: 10 issues\n  [note] budget.empty at chapter1.proposedServices.rows.0.budget: The service', 'Budget of contracted services (I.C): 8.010.727 lei (local budget 3.433.827 lei', 'Budgets and cost standards (checkPlanBudgets):', 'calculation WRONG: gives 360.000 lei, not 264.000 lei'],
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
  { name: 'codes: none found', args: ['codes', 'nimic de găsit în anul 2024'], code: 0, stdout: [/^Niciun cod găsit\.\n$/], stderr: [] },
  { name: 'codes: none found, in English', args: ['codes', 'nothing', '--lang', 'en'], code: 0, stdout: [/^No code found\.\n$/] },

  // render: usage.
  { name: 'render without --to', args: ['render', videle], code: 2, stderr: [/^eroare: lipsește opțiunea --to <html\|md\|docx>/] },
  { name: 'render to an unknown format', args: ['render', videle, '--to', 'pdf'], code: 2, stderr: [/^eroare: valoarea „pdf” nu este permisă pentru --to: html, md sau docx\.\n$/] },
  { name: 'render to docx needs -o', args: ['render', videle, '--to', 'docx', '--lang', 'en'], code: 2, stderr: [/^error: --to docx needs the file to write: -o <file>\.docx\.\n$/] },
  { name: 'render into a missing directory', args: ['render', videle, '--to', 'md', '-o', '{tmp}/no/such/dir/plan.md'], code: 2, stderr: [/^eroare: „.+plan\.md” nu poate fi scris: directorul lui nu există\.\n$/] },

  // render: the plan's warnings and notes on stderr, one line each, before the line saying what was written.
  {
    name: 'render: a code the nomenclature does not know is a warning',
    args: ['render', '{tmp}/unknown-code.json', '--to', 'md', '-o', '{tmp}/unknown-code.md'],
    code: 0,
    stdout: [],
    stderr: [/^avertisment service_code\.unknown la chapter1\.existingServices\.rows\[0\]\.serviceCode: Codul 8899 CZ-C-IX [^\n]+\nAm scris documentul Markdown în „.+unknown-code\.md” \(\d+ octeți\)\.\n$/],
  },
  {
    name: 'render: notes in English, the document on stdout',
    args: ['render', bacau, '--to', 'md', '--lang', 'en'],
    code: 0,
    stdout: ['Bacău'],
    stderr: [/^note budget\.empty at chapter1\.proposedServices\.rows\[0\]\.budget: The service "Centru de zi/, /\nnote staff\.unparsed at chapter1\.proposedServices\.rows\[2\]\.staff: /, /\.\nWrote the Markdown document to standard output \(\d+ bytes\)\.\n$/],
  },

  // render: never over the plan it reads.
  { name: 'render -o the plan itself', args: ['render', '{tmp}/same.json', '--to', 'md', '-o', '{tmp}/same.json'], code: 2, stdout: [], stderr: [/^eroare: -o „.+same\.json” este chiar planul citit: alegeți alt fișier, altfel planul ar fi suprascris\.\n$/] },
  { name: 'render -o the plan, spelt another way', args: ['render', '{tmp}/same.json', '--to', 'html', '-o', '{tmp}/a-directory/../same.json', '--lang', 'en'], code: 2, stderr: [/^error: -o ".+same\.json" is the plan being read: choose another file, or the plan would be overwritten\.\n$/] },
  { name: 'render -o a symbolic link to the plan', args: ['render', '{tmp}/same.json', '--to', 'md', '-o', '{tmp}/same-symlink.json'], code: 2, stderr: [/^eroare: -o „.+same-symlink\.json” este chiar planul citit/] },
  { name: 'render -o a hard link to the plan', args: ['render', '{tmp}/same-hardlink.json', '--to', 'docx', '-o', '{tmp}/same.json'], code: 2, stderr: [/^eroare: -o „.+same\.json” este chiar planul citit/] },

  // Files that are not UTF-8: one line, exit 2.
  { name: 'a plan in Windows-1250', args: ['check', '{tmp}/cp1250.json'], code: 2, stdout: [], stderr: [/^eroare: „.+cp1250\.json” nu este scris în UTF-8 \(poate Windows-1250 sau UTF-16\): salvați-l ca UTF-8\.\n$/] },
  { name: 'a plan in Windows-1250, in English', args: ['summary', '{tmp}/cp1250.json', '--lang', 'en'], code: 2, stdout: [], stderr: [/^error: ".+cp1250\.json" is not UTF-8 \(Windows-1250 or UTF-16\?\): save it as UTF-8\.\n$/] },
  { name: 'a plan in Windows-1250 on standard input', args: ['check', '-'], input: CP1250, code: 2, stdout: [], stderr: [/^eroare: „\(stdin\)” nu este scris în UTF-8/] },
  { name: 'a plan in UTF-16 with a byte order mark', args: ['render', '{tmp}/utf16le.json', '--to', 'md'], code: 2, stdout: [], stderr: [/^eroare: „.+utf16le\.json” este scris în UTF-16, nu în UTF-8: salvați-l ca UTF-8\.\n$/] },
  { name: 'a plan in UTF-16 big-endian, in English', args: ['check', '{tmp}/utf16be.json', '--lang', 'en'], code: 2, stderr: [/^error: ".+utf16be\.json" is UTF-16, not UTF-8: save it as UTF-8\.\n$/] },
  { name: 'a plan in UTF-16 without a byte order mark', args: ['check', '{tmp}/utf16-no-bom.json'], code: 2, stderr: [/^eroare: „.+utf16-no-bom\.json” este scris în UTF-16/] },
  { name: 'codes: a file in Windows-1250', args: ['codes', '{tmp}/cp1250.txt'], code: 2, stdout: [], stderr: [/^eroare: „.+cp1250\.txt” nu este scris în UTF-8/] },
  { name: 'codes: a file in UTF-16', args: ['codes', '{tmp}/utf16le.json', '--lang', 'en'], code: 2, stderr: [/^error: ".+utf16le\.json" is UTF-16/] },

  // Control characters: shown, never sent to the terminal.
  {
    name: 'check: control characters in a key and a value are shown',
    args: ['check', '{tmp}/evil.json'],
    code: 1,
    stdout: [`eroare object.unknown_key la ["${EVIL_SHOWN}"]: Câmp necunoscut „${EVIL_SHOWN}”`, `eroare year.invalid la meta.year: Anul „${EVIL_SHOWN}” nu este valid`],
  },
  { name: 'render: control characters in the errors on stderr are shown', args: ['render', '{tmp}/evil.json', '--to', 'html', '--lang', 'en'], code: 1, stdout: [], stderr: [`error year.invalid at meta.year: The year "${EVIL_SHOWN}" is not valid`] },
  { name: 'summary: control characters in a plan are shown', args: ['summary', '{tmp}/evil-valid.json'], code: 0, stdout: [`Consiliul ${EVIL_SHOWN}, anul 2024,`] },
  { name: 'control characters in a file name are shown', args: ['check', '{tmp}/\u001b[31mnope\u0007.json'], code: 2, stderr: [/^eroare: fișierul „.+\\u001b\[31mnope\\u0007\.json” nu există\.\n$/] },
  { name: 'codes: control characters in the text are shown', args: ['codes', '8891Cz-C-II\u001b[2J'], code: 0, stdout: ['„8891Cz-C-II” → 8891 CZ-C-II'] },

  // summary: Romanian plurals, translated severities, dates as dd.mm.yyyy.
  { name: 'summary: the issues, counted and tagged in Romanian', args: ['summary', bacau], code: 0, stdout: ['aprobat prin HCL nr. 134 din 29.04.2021\n', '\nValidare: 10 observații\n  [notă] budget.empty la chapter1.proposedServices.rows.0.budget: Serviciul'] },
  { name: 'summary: a decision without a date', args: ['summary', '{tmp}/undated.json'], code: 0, stdout: [/^Consiliul Local al Orașului Videle, anul 2024, aprobat prin HCL nr\. 13\n/] },
  { name: 'summary: a warning', args: ['summary', '{tmp}/unknown-code.json', '--lang', 'en'], code: 0, stdout: ['\nValidation: 1 issue\n  [warning] service_code.unknown at chapter1.existingServices.rows.0.serviceCode: The code 8899 CZ-C-IX'] },

  // codes: an argument that looks like a missing file is searched as text, with a note.
  { name: 'codes: a file name that names no file', args: ['codes', 'plna1.json'], code: 0, stdout: [/^Niciun cod găsit\.\n$/], stderr: [/^notă: nu există niciun fișier „plna1\.json”; argumentul a fost citit ca text\.\n$/] },
  { name: 'codes: a file name that names no file, in English', args: ['codes', 'docs/Coduri.CSV', '--lang', 'en'], code: 0, stdout: [/^No code found\.\n$/], stderr: [/^note: there is no file named "docs\/Coduri\.CSV"; the argument was read as text\.\n$/] },
  { name: 'codes: text with a dot is no file name', args: ['codes', 'Cod 8810ID-I. Vezi anexa.txt'], code: 0, stdout: ['„8810ID-I” → 8810 ID-I'], stderr: [] },
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
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/[^\P{Cc}\t\n]/u); // no control character reaches the terminal
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

/** The JSON document a mistake prints on stdout with `--format json`. */
interface JsonMistake {
  readonly file?: string | null;
  readonly valid?: boolean;
  readonly error: { readonly code: string; readonly message: unknown };
}

/** A mistake with `--format json`: the arguments, the JSON document on stdout (`file` given for check), its stderr line. */
const JSON_MISTAKES: readonly { readonly args: readonly string[]; readonly doc: JsonMistake; readonly stderr: RegExp }[] = [
  {
    args: ['check', 'nu-exista.json', '--format', 'json'],
    doc: { file: 'nu-exista.json', valid: false, error: { code: 'file.not_found', message: { ro: 'fișierul „nu-exista.json” nu există.', en: 'the file "nu-exista.json" does not exist.' } } },
    stderr: /^eroare: fișierul „nu-exista\.json” nu există\.\n$/,
  },
  {
    args: ['check', '{tmp}/comma.json', '--format=json', '--lang', 'en'],
    doc: {
      file: '{tmp}/comma.json',
      valid: false,
      error: {
        code: 'json.unexpected_char',
        message: { ro: expect.stringContaining('nu este JSON valid: caracter neașteptat „"” la linia 4, coloana 5.'), en: expect.stringContaining('is not valid JSON: unexpected character "\\"" at line 4, column 5.') },
      },
    },
    stderr: /^error: ".+comma\.json" is not valid JSON/,
  },
  {
    args: ['check', '--format', 'json'],
    doc: { file: null, valid: false, error: { code: 'usage.missing_argument', message: { ro: 'lipsește argumentul <plan.json>; vedeți „plan-servicii-sociale check --help”.', en: 'missing argument <plan.json>; see "plan-servicii-sociale check --help".' } } },
    stderr: /^eroare: lipsește argumentul <plan\.json>/,
  },
  { args: ['check', videle, bacau, '--format', 'json'], doc: { file: videle, valid: false, error: { code: 'usage.extra_argument', message: expect.anything() } }, stderr: /^eroare: argument în plus/ },
  {
    args: ['check', videle, '--format', 'json', '--lang', 'fr'],
    doc: { file: videle, valid: false, error: { code: 'usage.bad_value', message: { ro: 'valoarea „fr” nu este permisă pentru --lang: ro sau en.', en: 'invalid value "fr" for --lang: ro or en.' } } },
    stderr: /^eroare: valoarea „fr”/,
  },
  { args: ['check', '{tmp}/cp1250.json', '--format', 'json'], doc: { file: '{tmp}/cp1250.json', valid: false, error: { code: 'file.not_utf8', message: expect.anything() } }, stderr: /^eroare: „.+” nu este scris în UTF-8/ },
  {
    args: ['codes', '{tmp}/a-directory', '--format', 'json'],
    doc: { error: { code: 'file.is_directory', message: { ro: expect.stringMatching(/^„.+a-directory” este un director, nu un fișier\.$/), en: expect.stringMatching(/^".+a-directory" is a directory, not a file\.$/) } } },
    stderr: /^eroare: „.+a-directory” este un director/,
  },
  { args: ['codes', '--format', 'json', '--lang', 'en'], doc: { error: { code: 'usage.missing_argument', message: expect.anything() } }, stderr: /^error: missing argument <text\|file>/ },
  { args: ['codes', '{tmp}/utf16le.json', '--format', 'json'], doc: { error: { code: 'file.utf16', message: expect.anything() } }, stderr: /^eroare: „.+” este scris în UTF-16/ },
];

/** The two ways the command line runs: the built bin and the sources in process. */
const RUNNERS = [
  ['the built bin', async (args: readonly string[], input?: string | Buffer) => bin(args, input)],
  ['the sources', inProcess],
] as const;

describe.each(RUNNERS)('fixes, through %s', (_, exec) => {
  it.each(JSON_MISTAKES.map((m) => [m.args.join(' '), m] as const))('--format json, a mistake: %s', async (__, m) => {
    const r = await exec(fill(m.args));
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as JsonMistake;
    const expected = typeof m.doc.file === 'string' ? { ...m.doc, file: m.doc.file.replace('{tmp}', dir) } : m.doc;
    expect(doc).toEqual(expected);
    expect(Object.keys(doc)).toEqual(Object.keys(m.doc));
    expect(r.stderr).toMatch(m.stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--format json: a mistake made before the format is read prints nothing on stdout', async () => {
    for (const args of [
      ['check', videle, '--strict', '--format', 'json'],
      ['codes', 'x', '--format', 'yaml'],
    ]) {
      const r = await exec(args);
      expect([r.code, r.stdout]).toEqual([2, '']);
    }
  });

  it('check --format json keeps control characters as JSON escapes of the same values', async () => {
    const r = await exec(['check', tmp('evil.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[^\P{Cc}\t\n]/u);
    const doc = JSON.parse(r.stdout) as { issues: Issue[] };
    expect(doc.issues.map((i) => i.path)).toEqual(expect.arrayContaining([[EVIL], ['meta', 'year']]));
    expect(doc.issues.find((i) => i.code === 'year.invalid')?.message.ro).toContain(EVIL);
  });

  it('render writes documents as the library renders them, control characters included', async () => {
    const input: unknown = JSON.parse(readFileSync(tmp('evil-valid.json'), 'utf8'));
    const options = { lang: 'ro', nomenclature: HG_867_2015 } as const;
    const md = renderPlanMarkdown(input, options);
    const html = renderPlanHtml(input, options);
    if (!md.ok || !html.ok) throw new Error('evil-valid.json should render');
    // eslint-disable-next-line no-control-regex -- the library drops C0 and C1 controls from documents
    expect(md.markdown).not.toMatch(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/);
    const stdout = await exec(['render', tmp('evil-valid.json'), '--to', 'md']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(md.markdown);
    const file = tmp(`evil-${exec === inProcess ? 'in-process' : 'bin'}.html`);
    expect((await exec(['render', tmp('evil-valid.json'), '--to', 'html', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(html.html);
  });

  it('render -o the plan itself writes nothing', async () => {
    const before = readFileSync(tmp('same.json'));
    for (const output of ['same.json', 'same-symlink.json', 'same-hardlink.json']) {
      const r = await exec(['render', tmp('same.json'), '--to', 'md', '-o', tmp(output)]);
      expect(r.code).toBe(2);
    }
    expect(readFileSync(tmp('same.json'))).toEqual(before);
    const other = await exec(['render', tmp('same.json'), '--to', 'md', '-o', tmp('same.md')]);
    expect(other.code).toBe(0);
  });
});

describe('the summary of issues', () => {
  const issues = (n: number): Issue[] => Array.from({ length: n }, (_, i) => createIssue('amount.negative', ['chapter1', 'existingServices', 'rows', i, 'budget', 'local'], { value: '-5' }));

  it('counts them with Romanian plurals and English ones', () => {
    for (const [n, ro, en] of [
      [1, 'Validare: 1 observație', 'Validation: 1 issue'],
      [2, 'Validare: 2 observații', 'Validation: 2 issues'],
      [19, 'Validare: 19 observații', 'Validation: 19 issues'],
      [20, 'Validare: 20 de observații', 'Validation: 20 issues'],
      [101, 'Validare: 101 observații', 'Validation: 101 issues'],
    ] as const) {
      expect(issueListLines(issues(n), 'ro')[0]).toBe(ro);
      expect(issueListLines(issues(n), 'en')[0]).toBe(en);
    }
    expect(issueListLines([], 'ro')).toEqual(['Validare: fără observații.']);
  });

  it('tags each with its severity in the language', () => {
    expect(issueListLines(issues(1), 'ro')[1]).toMatch(/^ {2}\[eroare\] amount\.negative la chapter1\.existingServices\.rows\.0\.budget\.local: /);
    expect(issueListLines(issues(1), 'en')[1]).toMatch(/^ {2}\[error\] amount\.negative at /);
  });
});

describe('text made safe for a terminal', () => {
  it('shows C0, DEL and C1 characters as \\u escapes; keeps newlines, tabs and other text', () => {
    expect(safeText('a\u001b[31mb\r\u0000\u007f\u0085\u009b\u00a0ă„”\t\n')).toBe('a\\u001b[31mb\\u000d\\u0000\\u007f\\u0085\\u009b\u00a0ă„”\t\n');
  });

  it('leaves JSON text the same JSON', () => {
    const value = { [EVIL]: ['\\\u009b', '\u0085x'] };
    expect(JSON.parse(safeText(JSON.stringify(value)))).toEqual(value);
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
