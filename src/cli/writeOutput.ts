import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { CliError } from './errors.js';

/** The error writing a file gave, as one of the command line's messages. */
function writeError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('output.no_directory', { file });
  if (code === 'EISDIR') return new CliError('output.is_directory', { file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliError('output.no_access', { file });
  return new CliError('output.failed', { file, reason: code ?? String(error) });
}

/** Writes a document to a file; a failure becomes a one-line error. */
export function writeOutput(file: string, content: string | Uint8Array): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw writeError(file, error);
  }
}

/** Size in bytes of what is written. */
export function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}
