import { CliError } from './errors.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { quote, type Lang } from './messages.js';

/** Line and column (both from 1, the column in characters) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: Array.from(before.slice(lineStart)).length + 1 };
}

/** Where V8's message says the error is: "at position N", "(line L column C)", or the end of the text. */
function offsetOf(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n');
    const line = Number(lineColumn[1]);
    const before = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    return before + Number(lineColumn[2]) - 1;
  }
  if (/Unexpected end of JSON input/i.test(message)) return text.length;
  return jsonErrorOffset(text);
}

/** A character as each language shows it in a message: „x” / "x"; spaces and invisible ones as a JSON string. */
function shownChar(char: string): Record<Lang, string> {
  const json = JSON.stringify(char);
  return { ro: /[\s\p{C}]/u.test(char) ? json : quote('ro', char), en: json };
}

/** The message for JSON that does not parse, with its line and column. */
export function jsonError(file: string, text: string, message: string): CliError {
  const offset = offsetOf(text, message);
  if (offset === undefined) return new CliError('json.invalid', { file, detail: message });
  const where = lineAndColumn(text, offset);
  if (offset >= text.length) return new CliError('json.unexpected_end', { file, ...where });
  const char = String.fromCodePoint(text.codePointAt(offset) as number);
  return new CliError('json.unexpected_char', { file, char: shownChar(char), ...where });
}

/** Parses the text of a file as JSON; a syntax error becomes a one-line message. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw jsonError(file, text, error instanceof Error ? error.message : String(error));
  }
}
