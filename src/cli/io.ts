import { Buffer } from 'node:buffer';

/** Where the commands write and read: the process's streams, or a test's buffers. */
export interface Io {
  /** Writes text to standard output as it is. */
  readonly out: (text: string | Uint8Array) => void;
  /** Writes one line to standard error. */
  readonly err: (line: string) => void;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<Buffer>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (line) => void process.stderr.write(`${line}\n`),
    readStdin: () => readAll(process.stdin),
  };
}

/** Lines joined for standard output, each ending with a newline. */
export function linesText(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
