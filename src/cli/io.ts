import { Buffer } from 'node:buffer';

/** Where the commands write and read: the process's streams, or a test's buffers. */
export interface Io {
  /** Writes text (a report, JSON, help) to standard output. */
  readonly out: (text: string) => void;
  /** Writes a rendered document to standard output, byte for byte. */
  readonly document: (content: string | Uint8Array) => void;
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
    document: (content) => void process.stdout.write(content),
    err: (line) => void process.stderr.write(`${line}\n`),
    readStdin: () => readAll(process.stdin),
  };
}

/**
 * A text with its control characters (C0, DEL and C1, but for newline and tab) written visibly as
 * `\u001b`, so that a plan cannot send escape sequences to the terminal. Inside JSON text the
 * result is still the same JSON: outside strings JSON has no such characters, and inside them
 * `\u001b` is the character's own escape.
 */
export function safeText(text: string): string {
  return text.replace(/[^\P{Cc}\t\n]/gu, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}

/** The streams with every text made safe for a terminal ({@link safeText}); documents are written as they are. */
export function safeIo(io: Io): Io {
  return { ...io, out: (text) => io.out(safeText(text)), err: (line) => io.err(safeText(line)) };
}

/** Lines joined for standard output, each ending with a newline. */
export function linesText(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
