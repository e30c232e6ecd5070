import { msg, type Lang, type MessageKey } from './messages.js';

/** Exit codes of the command line. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A value put into a message: as it is, or another message of the table (translated when printed). */
export type MessageParam = string | number | { readonly key: MessageKey };

/**
 * A mistake of the user (bad usage, a file that cannot be read or written): printed as one line
 * in the chosen language, never with a stack trace.
 */
export class CliError extends Error {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, MessageParam>>;
  readonly exitCode: number;

  constructor(key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}, exitCode: number = EXIT.usage) {
    super(key);
    this.name = 'CliError';
    this.key = key;
    this.params = params;
    this.exitCode = exitCode;
  }

  /** The line to print: "eroare: ..." / "error: ...". */
  line(lang: Lang): string {
    const params = Object.fromEntries(Object.entries(this.params).map(([k, v]) => [k, typeof v === 'object' ? msg(lang, v.key) : v]));
    return `${msg(lang, 'error.prefix')}${msg(lang, this.key, params)}`;
  }
}
