import { foldText } from '../plan/cells/markers.js';
import type { Block } from './document.js';
import type { Labels } from './labels.js';

/** What the chapter builders share: the labels and a counter for table anchors. */
export interface BuildContext {
  readonly L: Labels;
  /** The next table anchor: t1, t2, ... */
  readonly tableId: () => string;
}

export function newContext(L: Labels): BuildContext {
  let n = 0;
  return {
    L,
    tableId: () => {
      n += 1;
      return `t${n}`;
    },
  };
}

/** A paragraph, or nothing for absent or blank text. */
export function paragraph(text: string | undefined, role?: 'status' | 'note' | 'annex'): Block[] {
  if (text === undefined || text.trim() === '') return [];
  return [{ kind: 'paragraph', text, ...(role ? { role } : {}) }];
}

interface SectionLike {
  readonly heading?: string | undefined;
  readonly status?: 'not_applicable' | 'none' | undefined;
  readonly statement?: string | undefined;
  readonly rows: readonly unknown[];
}

/** The words for a part marked not applicable ("Nu este cazul") or none. */
export function statusLabel(status: 'not_applicable' | 'none'): 'notApplicable' | 'none' {
  return status === 'not_applicable' ? 'notApplicable' : 'none';
}

/** Folded text without a leading number ("8.", "a)", "C.") and without punctuation at its ends. */
function core(text: string): string {
  return foldText(text)
    .replace(/^(?:[a-z]|\d+|[ivx]+)[.)]\s*/, '')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

/** The heading the document printed, unless it only repeats the template's `title`. */
export function printedHeading(heading: string | undefined, title: string): Block[] {
  if (heading === undefined) return [];
  const printed = core(heading);
  return printed.startsWith(core(title)) && printed.length - core(title).length < 20 ? [] : paragraph(heading);
}

/**
 * What a table section prints besides its table: the heading as the document prints it (unless it
 * repeats `title`), its statement, and "Nu este cazul" or "Necompletat în document" when it has no
 * rows.
 */
export function sectionText(section: SectionLike, title: string, ctx: BuildContext): Block[] {
  const out = [...printedHeading(section.heading, title), ...paragraph(section.statement)];
  if (section.rows.length === 0 && !section.statement) out.push(...paragraph(ctx.L(section.status ? statusLabel(section.status) : 'empty'), 'status'));
  return out;
}
