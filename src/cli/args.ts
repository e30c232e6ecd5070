import { parseArgs } from 'node:util';
import { CliError } from './errors.js';
import { LANGS, type Lang, type MessageKey } from './messages.js';

/** The options a command accepts, as `parseArgs` wants them. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The language asked for anywhere in the arguments (`--lang en`, `--lang=en`), so that any error is printed in it. */
export function detectLang(argv: readonly string[]): Lang {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return (LANGS as readonly (string | undefined)[]).includes(value) ? (value as Lang) : 'ro';
}

/** Whether `-h` or `--help` is among the arguments (before a `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** The name of the option in a message of parseArgs ("Unknown option '--x'", "Option '-o, --output <value>' argument missing"). */
function optionIn(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  return quoted.replace(/ <value>$/, '').split(', ').at(-1) ?? quoted;
}

/** A parseArgs error as one of the command line's messages. */
function usageError(error: unknown, command: string): CliError {
  const { code, message } = error as { code?: string; message?: string };
  const option = optionIn(message ?? '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError('usage.unknown_option', { option, command });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new CliError(/does not take an argument/.test(message ?? '') ? 'usage.takes_no_value' : 'usage.missing_value', { option });
  }
  throw error;
}

/** Parses a command's arguments strictly; any mistake becomes a usage error. */
export function parseCommandArgs<T extends OptionSpec>(argv: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error, command);
  }
}

/** An option's value checked against the values it allows. */
export function choice<V extends string>(value: string | undefined, allowed: readonly V[], fallback: V, option: string, allowedKey: MessageKey): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new CliError('usage.bad_value', { value, option, allowed: { key: allowedKey } });
}

/** The one positional argument of a command: missing or extra ones are usage errors. */
export function onlyArgument(positionals: readonly string[], command: string, argument: MessageKey): string {
  const [first, extra] = positionals;
  if (first === undefined) throw new CliError('usage.missing_argument', { argument: { key: argument }, command });
  if (extra !== undefined) throw new CliError('usage.extra_argument', { argument: extra, command });
  return first;
}

/** `--lang`, checked (detectLang already chose the language; this rejects a value it ignored). */
export function langOption(value: string | undefined): Lang {
  return choice(value, LANGS, 'ro', '--lang', 'allowed.lang');
}

/** The options every command takes. */
export const COMMON_OPTIONS = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpec;
