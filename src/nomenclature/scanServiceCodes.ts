import { readServiceCode, type CodeGrammar, type ParseServiceCodeResult } from './readServiceCode.js';
import type { FoundCode } from './findServiceCodes.js';

/** Longest text scanned (characters); the rest is ignored. */
const MAX_SCANNED = 1_000_000;
const TAG = /<[^<>]{0,200}>/g;
const CANDIDATE = /(?<![\d.])(\d{8}-\d)(?!\d)|(?<![\d.])(\d{4})([\s\-\u2010-\u2015\u2212]{0,3}[a-z]{1,6}(?:[\s\-\u2010-\u2015\u2212]{1,3}[a-z]{1,6}){0,3})/gi;
const TOKEN_END = /[a-z]+/gi;

/** Finds codes in text with a grammar (and its catalogue, when it has one). Never throws. */
export function scanServiceCodes(text: string, grammar: CodeGrammar): FoundCode[] {
  if (typeof text !== 'string') return [];
  const scanned = text.slice(0, MAX_SCANNED).replace(TAG, (tag) => ' '.repeat(tag.length));
  const found: FoundCode[] = [];
  for (const m of scanned.matchAll(CANDIDATE)) {
    if (m[1]) {
      found.push({ kind: 'cpv', text: m[1], start: m.index, end: m.index + m[1].length });
      continue;
    }
    const caen = m[2] ?? '';
    if (!grammar.caen.has(caen)) continue;
    const whole = `${caen}${m[3] ?? ''}`;
    const ends = [...whole.matchAll(TOKEN_END)].map((t) => t.index + t[0].length);
    const full = readServiceCode(whole, grammar);
    let hit: (ParseServiceCodeResult & { ok: true }) | undefined;
    let text = whole;
    if (full.ok) hit = full;
    else {
      for (let k = ends.length - 2; k >= 0 && !hit; k -= 1) {
        const candidate = whole.slice(0, ends[k]);
        const result = readServiceCode(candidate, grammar);
        if (result.ok && grammar.known?.has(result.canonical)) [hit, text] = [result, candidate];
      }
    }
    if (hit) found.push({ kind: 'service', text, start: m.index, end: m.index + text.length, result: hit });
    else if (!full.ok && [...grammar.types].some((t) => (m[3] ?? '').replace(/^[\s\-\u2010-\u2015\u2212]+/, '').toUpperCase().startsWith(t))) {
      found.push({ kind: 'unreadable', text: whole, start: m.index, end: m.index + whole.length, result: full });
    }
  }
  return found;
}
