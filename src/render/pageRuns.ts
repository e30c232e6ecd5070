import type { Block } from './document.js';

/**
 * Where the blocks that go to a new page with a table start: at its last heading, then back over
 * each heading, or heading and introduction, directly above; nothing when there is no heading.
 */
function carriedFrom(pending: readonly Block[]): number {
  let from = pending.map((b) => b.kind).lastIndexOf('heading');
  if (from < 0) return pending.length;
  for (;;) {
    if (pending[from - 1]?.kind === 'heading') from -= 1;
    else if (pending[from - 1]?.kind === 'paragraph' && pending[from - 2]?.kind === 'heading') from -= 2;
    else return from;
  }
}

/**
 * Splits the blocks into runs printed on portrait or landscape pages: a table takes its own
 * heading, the headings just above it and the paragraphs after them onto its page.
 */
export function pageRuns(blocks: readonly Block[]): { wide: boolean; blocks: Block[] }[] {
  const runs: { wide: boolean; blocks: Block[] }[] = [{ wide: false, blocks: [] }];
  let pending: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      pending.push(block);
      continue;
    }
    const current = runs[runs.length - 1] as { wide: boolean; blocks: Block[] };
    if (current.wide === block.wide) current.blocks.push(...pending, block);
    else {
      // The table's own heading and what follows it go with the table, and so do the headings
      // (with their introductions) just above it: a chapter heading never stays behind alone.
      const from = carriedFrom(pending);
      current.blocks.push(...pending.slice(0, from));
      runs.push({ wide: block.wide, blocks: [...pending.slice(from), block] });
    }
    pending = [];
  }
  (runs[runs.length - 1] as { blocks: Block[] }).blocks.push(...pending);
  return runs.filter((r) => r.blocks.length > 0);
}
