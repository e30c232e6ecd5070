// Where JSON text stops being valid, for the messages of V8 that give no position
// ("Unexpected token '}', ... is not valid JSON"). A small recursive-descent reader of RFC 8259.

class Stop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function reader(text: string) {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail();
    i += 1;
  };
  const digits = () => {
    const start = i;
    while (i < text.length && (text[i] as string) >= '0' && (text[i] as string) <= '9') i += 1;
    if (i === start) fail();
  };
  const literal = (word: string) => {
    for (const c of word) expect(c);
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || (text.codePointAt(i) as number) < 0x20) fail();
      if (text[i] === '\\') {
        i += 1;
        if (text[i] === 'u') {
          i += 1;
          for (let k = 0; k < 4; k += 1, i += 1) if (!/^[\da-f]$/i.test(text[i] ?? '')) fail();
        } else if (ESCAPES.has(text[i] ?? '')) i += 1;
        else fail();
      } else i += 1;
    }
    i += 1;
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else digits();
    if (text[i] === '.') {
      i += 1;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits();
    }
  };
  const items = (close: string, item: () => void) => {
    i += 1;
    skip();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      skip();
      if (text[i] === close) {
        i += 1;
        return;
      }
      expect(',');
    }
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') {
      items('}', () => {
        skip();
        string();
        skip();
        expect(':');
        value();
      });
    } else if (c === '[') items(']', value);
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else fail();
  };
  const document = () => {
    value();
    skip();
    if (i < text.length) fail();
  };
  return document;
}

/** Offset (UTF-16 units) of the first character that makes the text invalid JSON; `undefined` when it is valid or too deep to read. */
export function jsonErrorOffset(text: string): number | undefined {
  try {
    reader(text)();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    return undefined; // RangeError: nested deeper than the stack allows
  }
}
