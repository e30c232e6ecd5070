import { version } from '../../package.json';
import { detectLang } from './args.js';
import { checkCommand } from './checkCommand.js';
import { codesCommand } from './codesCommand.js';
import { CliError, EXIT } from './errors.js';
import { linesText, safeIo, type Io } from './io.js';
import { msg, type Lang } from './messages.js';
import { renderCommand } from './renderCommand.js';
import { summaryCommand } from './summaryCommand.js';

type Command = (argv: readonly string[], io: Io, lang: Lang) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = { check: checkCommand, summary: summaryCommand, render: renderCommand, codes: codesCommand };

/** Reads the options before the command (`--help`, `--version`, `--lang`), then runs the command with the rest. */
async function dispatch(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length && (argv[i] as string).startsWith('-'); i += 1) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') {
      io.out(linesText([msg(lang, 'help.main', { version })]));
      return EXIT.ok;
    }
    if (arg === '-v' || arg === '--version') {
      io.out(linesText([version]));
      return EXIT.ok;
    }
    if (arg === '--lang' && i + 1 < argv.length) leading.push(arg, argv[++i] as string);
    else if (arg.startsWith('--lang=')) leading.push(arg);
    else if (arg === '--lang') throw new CliError('usage.missing_value', { option: '--lang' });
    else throw new CliError('usage.unknown_global_option', { option: arg });
  }
  const name = argv[i];
  if (name === undefined) throw new CliError('usage.no_command');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new CliError('usage.unknown_command', { command: name });
  return command([...leading, ...argv.slice(i + 1)], io, lang);
}

/**
 * Runs the command line on its arguments; returns the exit code. A user's mistake is one line on
 * stderr. Every text written is made safe for a terminal here (control characters shown
 * visibly); rendered documents are written as they are.
 */
export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  const lang = detectLang(argv);
  const io = safeIo(rawIo);
  try {
    return await dispatch(argv, io, lang);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.line(lang));
    return error.exitCode;
  }
}
