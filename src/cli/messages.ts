// Every text the command line prints that is not a plan's own words, in Romanian and English:
// errors, help, labels of the summary and of the code list. `{name}` is replaced by a value.

/** Language of the command line's output. */
import { fillTemplate } from '../internal/text.js';
export type Lang = 'ro' | 'en';

/** The languages `--lang` accepts, Romanian first (the default). */
export const LANGS = ['ro', 'en'] as const;

const MAIN_HELP_RO = `plan-servicii-sociale {version}: planul anual de acțiune pentru serviciile sociale (Ordinul MMJS 1086/2018)

Utilizare: plan-servicii-sociale <comandă> [opțiuni]

Comenzi:
  check <plan.json>      validează planul: erori, avertismente și note, pe capitole
  summary <plan.json>    rezumatul planului: servicii, bugete, coduri, standarde de cost
  render <plan.json>     scrie planul ca document HTML, Markdown sau Word (docx)
  codes <text|fișier>    găsește codurile de servicii sociale dintr-un text

Opțiuni:
  --lang ro|en           limba mesajelor (implicit ro)
  -h, --help             acest ajutor; „plan-servicii-sociale <comandă> --help” pentru o comandă
  -v, --version          versiunea pachetului

Coduri de ieșire: 0 fără erori, 1 planul are erori, 2 utilizare greșită sau fișier care nu poate fi citit.`;

const MAIN_HELP_EN = `plan-servicii-sociale {version}: the annual action plan for social services (Ordinul MMJS 1086/2018)

Usage: plan-servicii-sociale <command> [options]

Commands:
  check <plan.json>      validate the plan: errors, warnings and notes, by chapter
  summary <plan.json>    the plan in brief: services, budgets, codes, cost standards
  render <plan.json>     write the plan as an HTML, Markdown or Word (docx) document
  codes <text|file>      find the social-service codes in a text

Options:
  --lang ro|en           language of the messages (default ro)
  -h, --help             this help; "plan-servicii-sociale <command> --help" for a command
  -v, --version          the package version

Exit codes: 0 no errors, 1 the plan has errors, 2 bad usage or a file that cannot be read.`;

const CHECK_HELP_RO = `Utilizare: plan-servicii-sociale check <plan.json> [--lang ro|en] [--format text|json]

Validează un plan scris în JSON („-” îl citește de la intrarea standard): forma lui, codurile
din nomenclatorul HG 867/2015, bugetele față de standardele de cost și tabelele bugetare.
Afișează observațiile grupate pe capitole, apoi verdictul.

Opțiuni:
  --lang ro|en           limba mesajelor (implicit ro)
  --format text|json     text (implicit) sau un singur document JSON:
                         { file, valid, counts: { error, warning, info }, issues };
                         la o greșeală (fișier lipsă, JSON invalid, utilizare greșită):
                         { file, valid: false, error: { code, message: { ro, en } } }
  -h, --help             acest ajutor

Coduri de ieșire: 0 planul este valid (avertismentele și notele sunt permise), 1 planul are erori,
2 utilizare greșită sau fișier care nu poate fi citit.`;

const CHECK_HELP_EN = `Usage: plan-servicii-sociale check <plan.json> [--lang ro|en] [--format text|json]

Validates a plan written in JSON ("-" reads it from standard input): its shape, the codes of the
HG 867/2015 nomenclature, the budgets against the cost standards and the budget tables.
Prints the issues grouped by chapter, then the verdict.

Options:
  --lang ro|en           language of the messages (default ro)
  --format text|json     text (default) or a single JSON document:
                         { file, valid, counts: { error, warning, info }, issues };
                         on a mistake (missing file, invalid JSON, bad usage):
                         { file, valid: false, error: { code, message: { ro, en } } }
  -h, --help             this help

Exit codes: 0 the plan is valid (warnings and notes are allowed), 1 the plan has errors,
2 bad usage or a file that cannot be read.`;

const SUMMARY_HELP_RO = `Utilizare: plan-servicii-sociale summary <plan.json> [--lang ro|en]

Rezumatul unui plan valid: autoritatea și decizia, secțiunile, serviciile cu codul, capacitatea
și bugetul lor, totalurile pe surse de finanțare, codurile din nomenclator, observațiile și
bugetele față de standardele de cost. Pentru un plan invalid afișează erorile, ca „check”.

Opțiuni:
  --lang ro|en           limba etichetelor (implicit ro)
  -h, --help             acest ajutor

Coduri de ieșire: 0 plan valid, 1 plan invalid, 2 utilizare greșită sau fișier care nu poate fi citit.`;

const SUMMARY_HELP_EN = `Usage: plan-servicii-sociale summary <plan.json> [--lang ro|en]

The summary of a valid plan: the authority and decision, the sections, the services with their
code, capacity and budget, the totals by funding source, the nomenclature codes, the issues and
the budgets against the cost standards. For an invalid plan, prints its errors as "check" does.

Options:
  --lang ro|en           language of the labels (default ro)
  -h, --help             this help

Exit codes: 0 valid plan, 1 invalid plan, 2 bad usage or a file that cannot be read.`;

const RENDER_HELP_RO = `Utilizare: plan-servicii-sociale render <plan.json> --to html|md|docx [-o <fișier>] [--lang ro|en]

Scrie planul ca document, după modelul din Ordinul MMJS 1086/2018. Avertismentele și notele
planului (și codurile pe care nomenclatorul HG 867/2015 nu le cunoaște) sunt afișate la ieșirea
de erori, câte una pe linie.

Opțiuni:
  --to html|md|docx      formatul: HTML, Markdown sau Word (docx cere pachetul opțional docx)
  -o, --output <fișier>  fișierul scris, altul decât planul citit;
                         „-” sau lipsă: ieșirea standard (nu pentru docx)
  --lang ro|en           limba titlurilor și a mesajelor (implicit ro)
  -h, --help             acest ajutor

Coduri de ieșire: 0 scris, 1 planul are erori (nu se scrie nimic),
2 utilizare greșită, fișier care nu poate fi citit sau scris, docx lipsă.`;

const RENDER_HELP_EN = `Usage: plan-servicii-sociale render <plan.json> --to html|md|docx [-o <file>] [--lang ro|en]

Writes the plan as a document, laid out as the template of Ordinul MMJS 1086/2018. The plan's
warnings and notes (and codes the HG 867/2015 nomenclature does not know) are printed on
standard error, one a line.

Options:
  --to html|md|docx      the format: HTML, Markdown or Word (docx needs the optional package docx)
  -o, --output <file>    the file to write, not the plan being read;
                         "-" or none: standard output (not for docx)
  --lang ro|en           language of the headings and messages (default ro)
  -h, --help             this help

Exit codes: 0 written, 1 the plan has errors (nothing is written),
2 bad usage, a file that cannot be read or written, docx missing.`;

const CODES_HELP_RO = `Utilizare: plan-servicii-sociale codes <text|fișier> [--lang ro|en] [--format text|json]

Găsește codurile din nomenclatorul serviciilor sociale (HG 867/2015) într-un text: în fișierul
numit, dacă există, altfel în argumentul însuși („-” citește intrarea standard). Pentru fiecare
cod: textul scris, forma canonică și dacă nomenclatorul îl cunoaște (la data de azi); codurile
CPV sunt arătate ca CPV, cele care nu pot fi citite, cu motivul.

Opțiuni:
  --lang ro|en           limba mesajelor (implicit ro)
  --format text|json     text (implicit) sau un tablou JSON;
                         la o greșeală: { error: { code, message: { ro, en } } }
  -h, --help             acest ajutor

Coduri de ieșire: 0 (și când nu se găsește niciun cod), 2 utilizare greșită sau fișier care nu poate fi citit.`;

const CODES_HELP_EN = `Usage: plan-servicii-sociale codes <text|file> [--lang ro|en] [--format text|json]

Finds the codes of the social-service nomenclature (HG 867/2015) in a text: in the named file
when it exists, else in the argument itself ("-" reads standard input). For each code: the text
as written, the canonical form and whether the nomenclature knows it (as of today); CPV codes
are shown as CPV, codes that cannot be read with the reason.

Options:
  --lang ro|en           language of the messages (default ro)
  --format text|json     text (default) or a JSON array;
                         on a mistake: { error: { code, message: { ro, en } } }
  -h, --help             this help

Exit codes: 0 (also when no code is found), 2 bad usage or a file that cannot be read.`;

/** The table: one entry per message, Romanian and English. */
export const MESSAGES = {
  // Help.
  'help.main': { ro: MAIN_HELP_RO, en: MAIN_HELP_EN },
  'help.check': { ro: CHECK_HELP_RO, en: CHECK_HELP_EN },
  'help.summary': { ro: SUMMARY_HELP_RO, en: SUMMARY_HELP_EN },
  'help.render': { ro: RENDER_HELP_RO, en: RENDER_HELP_EN },
  'help.codes': { ro: CODES_HELP_RO, en: CODES_HELP_EN },

  // Errors a user makes: one line on stderr, after this prefix.
  'error.prefix': { ro: 'eroare: ', en: 'error: ' },
  'usage.no_command': { ro: 'lipsește comanda; vedeți „plan-servicii-sociale --help”.', en: 'no command given; see "plan-servicii-sociale --help".' },
  'usage.unknown_command': {
    ro: 'comanda „{command}” nu există; comenzile sunt check, summary, render și codes (vedeți „plan-servicii-sociale --help”).',
    en: 'unknown command "{command}"; the commands are check, summary, render and codes (see "plan-servicii-sociale --help").',
  },
  'usage.unknown_option': {
    ro: 'opțiunea „{option}” nu există pentru {command}; vedeți „plan-servicii-sociale {command} --help”.',
    en: 'unknown option "{option}" for {command}; see "plan-servicii-sociale {command} --help".',
  },
  'usage.unknown_global_option': {
    ro: 'opțiunea „{option}” nu există; vedeți „plan-servicii-sociale --help”.',
    en: 'unknown option "{option}"; see "plan-servicii-sociale --help".',
  },
  'usage.missing_argument': {
    ro: 'lipsește argumentul {argument}; vedeți „plan-servicii-sociale {command} --help”.',
    en: 'missing argument {argument}; see "plan-servicii-sociale {command} --help".',
  },
  'usage.missing_option': {
    ro: 'lipsește opțiunea {option}; vedeți „plan-servicii-sociale {command} --help”.',
    en: 'missing option {option}; see "plan-servicii-sociale {command} --help".',
  },
  'usage.extra_argument': {
    ro: 'argument în plus: „{argument}”; vedeți „plan-servicii-sociale {command} --help”.',
    en: 'unexpected argument "{argument}"; see "plan-servicii-sociale {command} --help".',
  },
  'usage.missing_value': { ro: 'opțiunea {option} cere o valoare.', en: 'option {option} needs a value.' },
  'usage.takes_no_value': { ro: 'opțiunea {option} nu primește o valoare.', en: 'option {option} takes no value.' },
  'usage.bad_value': { ro: 'valoarea „{value}” nu este permisă pentru {option}: {allowed}.', en: 'invalid value "{value}" for {option}: {allowed}.' },
  'usage.docx_needs_output': {
    ro: 'pentru --to docx trebuie numit fișierul scris: -o <fișier>.docx.',
    en: '--to docx needs the file to write: -o <file>.docx.',
  },
  'file.not_found': { ro: 'fișierul „{file}” nu există.', en: 'the file "{file}" does not exist.' },
  'file.is_directory': { ro: '„{file}” este un director, nu un fișier.', en: '"{file}" is a directory, not a file.' },
  'file.no_access': { ro: 'fișierul „{file}” nu poate fi citit: acces interzis.', en: 'the file "{file}" cannot be read: permission denied.' },
  'file.unreadable': { ro: 'fișierul „{file}” nu poate fi citit ({reason}).', en: 'the file "{file}" cannot be read ({reason}).' },
  'file.not_utf8': {
    ro: '„{file}” nu este scris în UTF-8 (poate Windows-1250 sau UTF-16): salvați-l ca UTF-8.',
    en: '"{file}" is not UTF-8 (Windows-1250 or UTF-16?): save it as UTF-8.',
  },
  'file.utf16': { ro: '„{file}” este scris în UTF-16, nu în UTF-8: salvați-l ca UTF-8.', en: '"{file}" is UTF-16, not UTF-8: save it as UTF-8.' },
  'json.unexpected_char': {
    ro: '„{file}” nu este JSON valid: caracter neașteptat {char} la linia {line}, coloana {column}.',
    en: '"{file}" is not valid JSON: unexpected character {char} at line {line}, column {column}.',
  },
  'json.unexpected_end': {
    ro: '„{file}” nu este JSON valid: textul se termină prea devreme, la linia {line}, coloana {column}.',
    en: '"{file}" is not valid JSON: unexpected end of the text at line {line}, column {column}.',
  },
  'json.invalid': { ro: '„{file}” nu este JSON valid ({detail}).', en: '"{file}" is not valid JSON ({detail}).' },
  'output.no_directory': {
    ro: '„{file}” nu poate fi scris: directorul lui nu există.',
    en: '"{file}" cannot be written: its directory does not exist.',
  },
  'output.is_directory': { ro: '„{file}” nu poate fi scris: este un director.', en: '"{file}" cannot be written: it is a directory.' },
  'output.no_access': { ro: '„{file}” nu poate fi scris: acces interzis.', en: '"{file}" cannot be written: permission denied.' },
  'output.failed': { ro: '„{file}” nu poate fi scris ({reason}).', en: '"{file}" cannot be written ({reason}).' },
  'render.output_is_input': {
    ro: '-o „{file}” este chiar planul citit: alegeți alt fișier, altfel planul ar fi suprascris.',
    en: '-o "{file}" is the plan being read: choose another file, or the plan would be overwritten.',
  },
  'render.docx_missing': {
    ro: 'pachetul opțional docx este necesar pentru --to docx: npm install docx',
    en: 'the optional package docx is needed for --to docx: npm install docx',
  },
  internal: {
    ro: 'eroare internă neașteptată ({detail}); vă rugăm să o raportați (please report) autorilor pachetului plan-servicii-sociale.',
    en: 'unexpected internal error ({detail}); please report it to the authors of plan-servicii-sociale.',
  },
  'allowed.lang': { ro: 'ro sau en', en: 'ro or en' },
  'allowed.format': { ro: 'text sau json', en: 'text or json' },
  'allowed.to': { ro: 'html, md sau docx', en: 'html, md or docx' },
  'argument.plan': { ro: '<plan.json>', en: '<plan.json>' },
  'argument.text': { ro: '<text|fișier>', en: '<text|file>' },

  // check: severities, counts, verdict, chapters.
  'severity.error': { ro: 'eroare', en: 'error' },
  'severity.warning': { ro: 'avertisment', en: 'warning' },
  'severity.info': { ro: 'notă', en: 'note' },
  'count.error.one': { ro: 'eroare', en: 'error' },
  'count.error.many': { ro: 'erori', en: 'errors' },
  'count.warning.one': { ro: 'avertisment', en: 'warning' },
  'count.warning.many': { ro: 'avertismente', en: 'warnings' },
  'count.info.one': { ro: 'notă', en: 'note' },
  'count.info.many': { ro: 'note', en: 'notes' },
  'count.issue.one': { ro: 'observație', en: 'issue' },
  'count.issue.many': { ro: 'observații', en: 'issues' },
  'verdict.valid': { ro: 'Planul este valid: {counts}.', en: 'The plan is valid: {counts}.' },
  'verdict.invalid': { ro: 'Planul NU este valid: {counts}.', en: 'The plan is NOT valid: {counts}.' },
  'issue.at': { ro: 'la', en: 'at' },
  'chapter.document': { ro: '(document)', en: '(document)' },
  'chapter.meta': { ro: 'Date de identificare', en: 'Identity' },
  'chapter.chapter1': { ro: 'Capitolul I', en: 'Chapter I' },
  'chapter.chapter2': { ro: 'Capitolul II', en: 'Chapter II' },
  'chapter.chapter3': { ro: 'Capitolul III', en: 'Chapter III' },
  'chapter.actionPlan': { ro: 'Plan de acțiune', en: 'Action plan' },
  'chapter.domainProgramme': { ro: 'Program pe domenii de acțiune', en: 'Programme by domain' },
  'chapter.budgetChapter': { ro: 'Capitol buget', en: 'Budget chapter' },
  'chapter.monitoring': { ro: 'Monitorizare', en: 'Monitoring' },
  'chapter.notes': { ro: 'Note', en: 'Notes' },

  // render.
  'render.format.html': { ro: 'documentul HTML', en: 'the HTML document' },
  'render.format.md': { ro: 'documentul Markdown', en: 'the Markdown document' },
  'render.format.docx': { ro: 'documentul Word', en: 'the Word document' },
  'render.written': { ro: 'Am scris {what} în „{file}” ({bytes} octeți).', en: 'Wrote {what} to "{file}" ({bytes} bytes).' },
  'render.written_stdout': { ro: 'Am scris {what} la ieșirea standard ({bytes} octeți).', en: 'Wrote {what} to standard output ({bytes} bytes).' },

  // codes.
  'note.prefix': { ro: 'notă: ', en: 'note: ' },
  'codes.no_such_file': {
    ro: 'nu există niciun fișier „{file}”; argumentul a fost citit ca text.',
    en: 'there is no file named "{file}"; the argument was read as text.',
  },
  'codes.none': { ro: 'Niciun cod găsit.', en: 'No code found.' },
  'codes.known': { ro: 'în nomenclator: {name}', en: 'in the nomenclature: {name}' },
  'codes.unverified': { ro: ' (neverificat)', en: ' (unverified)' },
  'codes.not_in_force': { ro: 'în nomenclator, dar nu este în vigoare la {asOf}: {name}', en: 'in the nomenclature, but not in force on {asOf}: {name}' },
  'codes.unknown': {
    ro: 'nu apare în nomenclatorul inclus ({edition}), a cărui listă nu este completă',
    en: 'not in the bundled nomenclature ({edition}), whose list is not complete',
  },
  'codes.unknown_complete': { ro: 'nu există în nomenclator ({edition})', en: 'not in the nomenclature ({edition})' },
  'codes.invalid': { ro: 'nu este un cod din nomenclator', en: 'not a nomenclature code' },
  'codes.cpv': { ro: 'cod CPV (achiziții publice), nu din nomenclatorul serviciilor sociale', en: 'a CPV (public procurement) code, not a social-service code' },
  'codes.unreadable': { ro: 'nu poate fi citit: {reason}', en: 'cannot be read: {reason}' },

  // summary (the demo prints the Romanian ones).
  'summary.header': { ro: '{authority}, anul {year}', en: '{authority}, year {year}' },
  'summary.approved': { ro: ', aprobat prin {decision}', en: ', approved by {decision}' },
  'summary.sections': { ro: 'Secțiuni: {sections}', en: 'Sections: {sections}' },
  'summary.state.rows': { ro: 'completată', en: 'filled in' },
  'summary.state.empty': { ro: 'goală în document', en: 'empty in the document' },
  'summary.state.not_applicable': { ro: '„Nu este cazul”', en: '"Not applicable"' },
  'summary.state.none': { ro: 'nu există („-”)', en: 'none ("-")' },
  'summary.state.absent': { ro: 'lipsește din document', en: 'missing from the document' },
  'summary.fact.code': { ro: 'cod {value}', en: 'code {value}' },
  'summary.fact.capacity': { ro: 'capacitate {value}', en: 'capacity {value}' },
  'summary.fact.occupancy': { ro: 'ocupare {value}', en: 'occupancy {value}' },
  'summary.no_amount': { ro: 'fără sumă', en: 'no amount' },
  'summary.totals.none': { ro: '{title}: nicio sumă', en: '{title}: no amount' },
  'summary.totals.existing': { ro: 'Buget servicii existente (I.A)', en: 'Budget of existing services (I.A)' },
  'summary.totals.proposed': { ro: 'Buget servicii propuse (I.B)', en: 'Budget of proposed services (I.B)' },
  'summary.totals.contracting': { ro: 'Buget contractare (I.C)', en: 'Budget of contracted services (I.C)' },
  'summary.subsidy': { ro: 'Buget subvenționare (I.D): {amounts}', en: 'Subsidy budget (I.D): {amounts}' },
  'summary.training': { ro: 'Formare (cap. III): {persons} persoane, {budget}', en: 'Training (ch. III): {persons} persons, {budget}' },
  'summary.training.no_budget': { ro: 'fără buget', en: 'no budget' },
  'summary.action_plan': {
    ro: 'Plan de acțiune: {general} obiective generale, {specific} specifice, {actions} acțiuni',
    en: 'Action plan: {general} general objectives, {specific} specific, {actions} actions',
  },
  'summary.source.local': { ro: 'buget local', en: 'local budget' },
  'summary.source.county': { ro: 'buget județean', en: 'county budget' },
  'summary.source.state': { ro: 'buget de stat', en: 'state budget' },
  'summary.source.beneficiaries': { ro: 'contribuții beneficiari', en: 'beneficiary contributions' },
  'summary.source.other': { ro: 'alte surse', en: 'other sources' },
  'summary.codes': {
    ro: 'Coduri de servicii sociale (nomenclator {edition}, la {asOf}):',
    en: 'Social-service codes (nomenclature {edition}, as of {asOf}):',
  },
  'summary.code.known': { ro: 'în nomenclator', en: 'in the nomenclature' },
  'summary.code.unknown': { ro: 'necunoscut', en: 'unknown' },
  'summary.code.not_in_force': { ro: 'nu era în vigoare', en: 'not in force' },
  'summary.code.invalid': { ro: 'nu este un cod', en: 'not a code' },
  'summary.code.verified': { ro: ', verificat', en: ', verified' },
  'summary.code.unverified': { ro: ', neverificat', en: ', unverified' },
  'summary.code.corrections': { ro: ' (corecturi: {corrections})', en: ' (corrections: {corrections})' },
  'summary.issues.none': { ro: 'Validare: fără observații.', en: 'Validation: no issues.' },
  'summary.issues.count': { ro: 'Validare: {count}', en: 'Validation: {count}' },
  'summary.issue': { ro: '[{severity}] {code} la {path}: {message}', en: '[{severity}] {code} at {path}: {message}' },
  'summary.decision': { ro: '{kind} nr. {number}', en: '{kind} nr. {number}' },
  'summary.decision.dated': { ro: '{kind} nr. {number} din {date}', en: '{kind} nr. {number} of {date}' },
  'summary.budgets': { ro: 'Bugete și standarde de cost (checkPlanBudgets):', en: 'Budgets and cost standards (checkPlanBudgets):' },
  'summary.minimum': { ro: '; minim {count} × {standard} = {minimum}', en: '; minimum {count} × {standard} = {minimum}' },
  'summary.shortfall': { ro: ', lipsesc {amount}', en: ', {amount} short' },
  'summary.covered': { ro: ' (acoperit)', en: ' (covered)' },
  'summary.calculation.right': { ro: 'calcul corect', en: 'calculation right' },
  'summary.calculation.wrong': { ro: 'calcul GREȘIT: dă {computed}, nu {stated}', en: 'calculation WRONG: gives {computed}, not {stated}' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** A key of {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;

/** The message in a language, with `{name}` replaced by `params.name`. */
export function msg(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(MESSAGES[key][lang], params);
}

/** A text quoted as each language quotes: „text” or "text". */
export function quote(lang: Lang, text: string): string {
  return lang === 'ro' ? `„${text}”` : `"${text}"`;
}
