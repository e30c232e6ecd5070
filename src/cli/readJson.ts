import type { Io } from './io.js';
import { parseJson } from './parseJson.js';
import { readText } from './readText.js';

/** The JSON of a file ("-": standard input); an unreadable file or bad JSON becomes a one-line error. */
export async function readJson(file: string, io: Io): Promise<unknown> {
  return parseJson(file === '-' ? '(stdin)' : file, await readText(file, io));
}
