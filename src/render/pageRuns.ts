import type { Block } from './document.js';

/**
 * Splits the blocks into runs printed on portrait or landscape pages: a wide table takes its own
 * heading and the paragraphs after it onto its landscape page.
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
      // The table's own heading and what follows it go with the table; what comes before stays.
      const from = Math.max(0, pending.map((b) => b.kind).lastIndexOf('heading'));
      current.blocks.push(...pending.slice(0, from));
      runs.push({ wide: block.wide, blocks: [...pending.slice(from), block] });
    }
    pending = [];
  }
  (runs[runs.length - 1] as { blocks: Block[] }).blocks.push(...pending);
  return runs.filter((r) => r.blocks.length > 0);
}
