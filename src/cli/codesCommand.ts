import { findServiceCodes } from '../nomenclature/index.js';
import { COMMON_OPTIONS, choice, langOption, parseCommandArgs, wantsHelp } from './args.js';
import { CliError, EXIT } from './errors.js';
import { foundCodeLines, foundCodeRecord } from './foundCodes.js';
import { linesText, type Io } from './io.js';
import { msg, type Lang } from './messages.js';
import { isExistingFile, readText } from './readText.js';

const OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string' } } as const;

/** Today as an ISO day, in local time: the date codes are looked up as of. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The text to search: a file's when the one argument names one, standard input for "-", else the arguments themselves. */
async function textOf(positionals: readonly string[], io: Io): Promise<string> {
  const [only] = positionals;
  if (only === undefined) throw new CliError('usage.missing_argument', { argument: { key: 'argument.text' }, command: 'codes' });
  if (positionals.length > 1) return positionals.join(' ');
  return only === '-' || isExistingFile(only) ? readText(only, io) : only;
}

/** `codes <text-or-file> [--lang ro|en] [--format text|json]`: the nomenclature codes in a text. */
export async function codesCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.codes')]));
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'codes');
  langOption(values.lang);
  const format = choice(values.format, ['text', 'json'] as const, 'text', '--format', 'allowed.format');
  const codes = findServiceCodes(await textOf(positionals, io));
  const asOf = today();
  if (format === 'json') io.out(`${JSON.stringify(codes.map((c) => foundCodeRecord(c, asOf)), null, 2)}\n`);
  else io.out(linesText(foundCodeLines(codes, asOf, lang)));
  return EXIT.ok;
}
