import { findServiceCodes } from '../nomenclature/index.js';
import { COMMON_OPTIONS, choice, langOption, parseCommandArgs, wantsHelp } from './args.js';
import { CliError, EXIT } from './errors.js';
import { foundCodeLines, foundCodeRecord } from './foundCodes.js';
import { linesText, type Io } from './io.js';
import { jsonText, withJsonErrors } from './jsonErrors.js';
import { msg, type Lang } from './messages.js';
import { isExistingFile, readText } from './readText.js';

const OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string' } } as const;

type Format = 'text' | 'json';

/** The arguments as parsed: the options and the positionals. */
type Parsed = { readonly values: { readonly lang?: string }; readonly positionals: readonly string[] };

/** Today as an ISO day, in local time: the date codes are looked up as of. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether an argument reads as the name of a file ("plan.json", "coduri.txt") rather than as text. */
function looksLikeFileName(argument: string): boolean {
  return /^\S+\.(?:json|txt|md|html?|csv)$/i.test(argument);
}

/**
 * The text to search: a file's when the one argument names one, standard input for "-", else the
 * arguments themselves; an argument that looks like a file name but names none gets a note on stderr.
 */
async function textOf(positionals: readonly string[], io: Io, lang: Lang): Promise<string> {
  const [only] = positionals;
  if (only === undefined) throw new CliError('usage.missing_argument', { argument: { key: 'argument.text' }, command: 'codes' });
  if (positionals.length > 1) return positionals.join(' ');
  if (only === '-' || isExistingFile(only)) return readText(only, io);
  if (looksLikeFileName(only)) io.err(`${msg(lang, 'note.prefix')}${msg(lang, 'codes.no_such_file', { file: only })}`);
  return only;
}

/** Finds the codes in the text the arguments give and prints them in the format. */
async function listCodes({ values, positionals }: Parsed, format: Format, io: Io, lang: Lang): Promise<number> {
  langOption(values.lang);
  const codes = findServiceCodes(await textOf(positionals, io, lang));
  const asOf = today();
  if (format === 'json') io.out(jsonText(codes.map((c) => foundCodeRecord(c, asOf))));
  else io.out(linesText(foundCodeLines(codes, asOf, lang)));
  return EXIT.ok;
}

/** `codes <text-or-file> [--lang ro|en] [--format text|json]`: the nomenclature codes in a text. */
export async function codesCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.codes')]));
    return EXIT.ok;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 'codes');
  const format = choice(parsed.values.format, ['text', 'json'] as const, 'text', '--format', 'allowed.format');
  return withJsonErrors(format === 'json', io, (error) => ({ error }), () => listCodes(parsed, format, io, lang));
}
