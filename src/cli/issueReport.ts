import type { Issue, Severity } from '../index.js';
import { formatPath } from './formatPath.js';
import { msg, type Lang, type MessageKey } from './messages.js';

/** The parts of a plan in the order of the template; issues are grouped under them. */
const CHAPTERS = ['meta', 'chapter1', 'chapter2', 'chapter3', 'actionPlan', 'domainProgramme', 'budgetChapter', 'monitoring', 'notes'] as const;

/** Number of issues of each severity. */
export type SeverityCounts = Record<Severity, number>;

/** How many errors, warnings and notes there are. */
export function countSeverities(issues: readonly Issue[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** What can be counted: issues of a severity, or issues of any. */
export type Countable = Severity | 'issue';

/** "3 avertismente", "1 notă", "20 de erori", "1 observație"; "3 warnings", "1 note", "2 issues". */
export function countWords(lang: Lang, counted: Countable, n: number): string {
  const word = msg(lang, `count.${counted}.${n === 1 ? 'one' : 'many'}` as MessageKey);
  // Romanian puts "de" between a number ending in 20–99 or 00 (not 0 itself) and its noun.
  const de = lang === 'ro' && n !== 0 && (n % 100 === 0 || n % 100 >= 20) ? 'de ' : '';
  return `${n} ${de}${word}`;
}

/** The closing line: valid or not, with the counts. */
export function verdictLine(counts: SeverityCounts, lang: Lang): string {
  const text = (['error', 'warning', 'info'] as const).map((s) => countWords(lang, s, counts[s])).join(', ');
  return msg(lang, counts.error === 0 ? 'verdict.valid' : 'verdict.invalid', { counts: text });
}

/** Index of an issue's chapter in {@link CHAPTERS}; -1 for the document itself and for keys that are not a chapter. */
function chapterIndex(issue: Issue): number {
  return (CHAPTERS as readonly unknown[]).indexOf(issue.path[0]);
}

/** The heading an issue is listed under: its chapter, or "(document)". */
function chapterHeading(index: number, lang: Lang): string {
  const chapter = CHAPTERS[index];
  return msg(lang, chapter ? `chapter.${chapter}` : 'chapter.document');
}

/** One issue: severity, code, where, message. */
export function issueLine(issue: Issue, lang: Lang): string {
  const where = issue.path.length ? ` ${msg(lang, 'issue.at')} ${formatPath(issue.path)}` : '';
  return `${msg(lang, `severity.${issue.severity}`)} ${issue.code}${where}: ${issue.message[lang]}`;
}

/** Issues grouped by chapter in template order (the document itself first), each chapter a heading and indented lines. */
export function issueGroupLines(issues: readonly Issue[], lang: Lang): string[] {
  const groups = new Map<number, string[]>();
  for (const issue of issues) {
    const index = chapterIndex(issue);
    const lines = groups.get(index) ?? [];
    lines.push(`  ${issueLine(issue, lang)}`);
    groups.set(index, lines);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, lines], i) => [...(i > 0 ? [''] : []), chapterHeading(index, lang), ...lines]);
}

/** The whole text report: grouped issues, a blank line, the verdict. */
export function reportLines(issues: readonly Issue[], lang: Lang): string[] {
  const groups = issueGroupLines(issues, lang);
  return [...groups, ...(groups.length ? [''] : []), verdictLine(countSeverities(issues), lang)];
}
