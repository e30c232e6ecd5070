import type { Buffer } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors.js';
import type { Io } from './io.js';

/** The error an fs call gave, as one of the command line's messages. */
export function readError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('file.not_found', { file });
  if (code === 'EISDIR') return new CliError('file.is_directory', { file });
  if (code === 'EACCES' || code === 'EPERM') return new CliError('file.no_access', { file });
  return new CliError('file.unreadable', { file, reason: code ?? String(error) });
}

/** Decodes UTF-8 and drops a byte order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The text of a file, or of standard input for "-". */
export async function readText(file: string, io: Io): Promise<string> {
  if (file === '-') return decodeText(await io.readStdin());
  try {
    return decodeText(readFileSync(file));
  } catch (error) {
    throw readError(file, error);
  }
}

/** Whether a path names an existing file (a directory is reported as such). */
export function isExistingFile(path: string): boolean {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return false;
  }
  if (stats.isDirectory()) throw new CliError('file.is_directory', { file: path });
  return true;
}
