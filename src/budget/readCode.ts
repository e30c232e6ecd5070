// Internal: the spelling of a budget code, before any lookup.

/** A code read from its printed form. */
export type CodeSpelling =
  | {
      readonly ok: true;
      /** Segments as printed, padding included ("65", "02", "50", "00"). */
      readonly printed: readonly string[];
      /** Segments without the trailing "00" padding. */
      readonly segments: readonly string[];
      /** Typographic marks removed ("*" of "*01"). */
      readonly marks: readonly string[];
      /** The total row's code "0". */
      readonly total: boolean;
    }
  | { readonly ok: false; readonly segment: string };

const MAX_CODE = 40;

/**
 * Reads the printed form of a budget code: optional leading stars ("*01", "*20"), then two-digit
 * segments separated by dots, at most four; "0" is the total row. Trailing "00" segments are
 * padding ("20.02.00" is article 20.02, "65.02.50.00" is 65.02.50).
 */
export function readCodeSpelling(raw: string): CodeSpelling {
  const text = raw.trim();
  if (text.length > MAX_CODE) return { ok: false, segment: `${text.slice(0, 20)}...` };
  const star = /^\*+/.exec(text);
  const body = text.slice(star ? star[0].length : 0).trim();
  const marks = star ? ['*'] : [];
  if (body === '0') return { ok: true, printed: ['0'], segments: ['0'], marks, total: true };
  if (body === '') return { ok: false, segment: text };
  const printed = body.split('.');
  const bad = printed.find((s) => !/^\d{2}$/.test(s)) ?? (printed.length > 4 ? (printed[4] as string) : undefined);
  if (bad !== undefined) return { ok: false, segment: bad };
  const segments = printed.slice();
  while (segments.length > 1 && segments[segments.length - 1] === '00') segments.pop();
  return { ok: true, printed, segments, marks, total: false };
}
