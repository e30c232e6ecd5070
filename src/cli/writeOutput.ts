import { Buffer } from 'node:buffer';
import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** The real path of a file, or `undefined` when it does not exist (or cannot be read). */
function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Whether two existing paths are one file: same device and inode (a hard link, another case on macOS). */
function sameInode(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Whether writing `output` would overwrite `input`: the same path, or, both existing, the same file through a link. */
export function isSameFile(input: string, output: string): boolean {
  if (resolve(input) === resolve(output)) return true;
  const [a, b] = [realPath(input), realPath(output)];
  return a !== undefined && b !== undefined && (a === b || sameInode(a, b));
}
