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

/**
 * Whether bytes look like UTF-16: a byte order mark (FF FE, FE FF), or a zero byte among the
 * first two, as in text starting with an ASCII character (`{`) written in UTF-16 without one.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.length >= 2 && (a === 0) !== (b === 0);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, dropping a byte order mark (EF BB BF); text in another encoding is a one-line error. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (looksUtf16(bytes)) throw new CliError('file.utf16', { file });
  try {
    return UTF8.decode(bytes); // without `ignoreBOM`, the decoder drops a leading byte order mark
  } catch {
    throw new CliError('file.not_utf8', { file });
  }
}

/** The bytes of a file, or of standard input for "-". */
async function readBytes(file: string, io: Io): Promise<Buffer> {
  if (file === '-') return io.readStdin();
  try {
    return readFileSync(file);
  } catch (error) {
    throw readError(file, error);
  }
}

/** The text of a file, or of standard input for "-" (named "(stdin)" in messages). */
export async function readText(file: string, io: Io): Promise<string> {
  return decodeText(await readBytes(file, io), file === '-' ? '(stdin)' : file);
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
