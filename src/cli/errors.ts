import { msg, type Lang, type MessageKey } from './messages.js';

/** Exit codes of the command line. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A value put into a message: as it is, another message of the table (translated when printed), or a text per language. */
export type MessageParam = string | number | { readonly key: MessageKey } | Readonly<Record<Lang, string>>;

/** A parameter's text in a language. */
function paramText(lang: Lang, value: MessageParam): string | number {
  if (typeof value !== 'object') return value;
  return 'key' in value ? msg(lang, value.key) : value[lang];
}

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

  /** The message in a language, without the prefix. */
  text(lang: Lang): string {
    const params = Object.fromEntries(Object.entries(this.params).map(([k, v]) => [k, paramText(lang, v)]));
    return msg(lang, this.key, params);
  }

  /** The line to print: "eroare: ..." / "error: ...". */
  line(lang: Lang): string {
    return `${msg(lang, 'error.prefix')}${this.text(lang)}`;
  }

  /** The error as `--format json` prints it: the message key and the message in both languages. */
  record(): { code: MessageKey; message: Record<Lang, string> } {
    return { code: this.key, message: { ro: this.text('ro'), en: this.text('en') } };
  }
}
