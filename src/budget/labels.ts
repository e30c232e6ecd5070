// Internal: comparing a label printed in a budget table with an official name.

/** Words a clerk may leave out or add without changing the meaning of a label. */
const STOPWORDS = new Set(['a', 'al', 'ale', 'cu', 'de', 'din', 'care', 'in', 'la', 'pe', 'pentru', 'pt', 'si', 'sau', 'privind']);

/**
 * A label as comparable words: diacritics removed (ș, ş, ț, ţ, ă, â, î), lower case, punctuation
 * and spacing dropped, without the "TITLUL IX" prefix of the annex's titles and the formula of an
 * aggregate ("(70=71+72+75)") or its code prefix ("70. cheltuieli de capital").
 */
export function foldLabel(label: string): string[] {
  const plain = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*titlul\s+[ivxlc]+\b/u, ' ')
    .replace(/\(\s*\d{2}[\d\s+=.]*\)/gu, ' ')
    .replace(/^\s*\d{2}\.\s/u, ' ');
  return plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a printed word abbreviates an official one: a prefix ("contr"), or its letters in order with the same first letter ("pt" for "pentru"). */
function abbreviates(printed: string, official: string): boolean {
  if (official.startsWith(printed)) return true;
  if (printed.length < 2 || printed[0] !== official[0]) return false;
  let j = 0;
  for (const ch of official) if (ch === printed[j]) j++;
  return j === printed.length;
}

/**
 * Whether the printed words are the official ones written short: each printed word abbreviates the
 * next official word, in order, and only small words (de, și, pentru, din care...) may be left out
 * on either side.
 */
export function isAbbreviation(printed: readonly string[], official: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * 1000 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === printed.length) result = official.slice(j).every((w) => STOPWORDS.has(w));
    else if (j === official.length) result = printed.slice(i).every((w) => STOPWORDS.has(w));
    else
      result =
        (abbreviates(printed[i] as string, official[j] as string) && go(i + 1, j + 1)) ||
        (STOPWORDS.has(official[j] as string) && go(i, j + 1)) ||
        (STOPWORDS.has(printed[i] as string) && go(i + 1, j));
    memo.set(key, result);
    return result;
  };
  return printed.length > 0 && printed.length < 1000 && official.length < 1000 && go(0, 0);
}
