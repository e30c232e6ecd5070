import { CliError } from './errors.js';
import type { Io } from './io.js';

/** A value as `--format json` prints it: one indented JSON document and a newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A user's mistake as `--format json` prints it (see {@link CliError.record}). */
export type JsonError = ReturnType<CliError['record']>;

/**
 * Runs what a command does once its format is known. With `--format json`, a user's mistake
 * (missing file, bad JSON, bad usage) is also printed on stdout, as the JSON document `envelope`
 * makes of it; the one line on stderr and the exit code stay those of the error.
 */
export async function withJsonErrors(json: boolean, io: Io, envelope: (error: JsonError) => unknown, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (json && error instanceof CliError) io.out(jsonText(envelope(error.record())));
    throw error;
  }
}
