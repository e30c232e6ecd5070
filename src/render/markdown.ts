// Lays a document out as GitHub-flavoured Markdown: the same blocks as the HTML, tables as pipe
// tables. Every text of the plan goes through `escapeMarkdown`, so none of it becomes markup.
import { plainText } from '../internal/text.js';
import { captionRepeatsHeading, type Block, type RenderedDocument, type Row, type TableBlock } from './document.js';

/**
 * Text that Markdown shows as it is: its punctuation with a meaning (emphasis, links, code, HTML,
 * table pipes, entities) backslash-escaped, line breaks written `<br>`. Unless `inline` (a table
 * cell, a heading), a start that would open a list is escaped too.
 */
export function escapeMarkdown(text: string, inline = false): string {
  return plainText(text)
    .trim()
    .split('\n')
    .map((line) => {
      const escaped = line.trim().replace(/[\\`*_[\]<>|#~&!]/g, '\\$&');
      return inline ? escaped : escaped.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
    })
    .join('<br>');
}

function cellText(text: string, strong: boolean): string {
  const t = escapeMarkdown(text, true);
  return strong && t ? `**${t}**` : t;
}

/** A row as one text per column: a cell spanning columns fills the first, the others stay empty. */
function expand(row: Row): string[] {
  return row.cells.flatMap((c) => [c.text, ...Array.from({ length: (c.colSpan ?? 1) - 1 }, () => '')]);
}

/**
 * A totals row in Markdown, which cannot merge cells: a value spanning several columns (all the
 * funding sources together) goes beside the label, not under the first of the columns it spans.
 */
function expandTotals(row: Row): string[] {
  const [label, ...rest] = row.cells;
  const spanning = rest.filter((c) => (c.colSpan ?? 1) > 1 && c.text !== '');
  if (!label || spanning.length === 0) return expand(row);
  return expand({ cells: [{ ...label, text: `${label.text}: ${spanning.map((c) => c.text).join(', ')}` }, ...rest.map((c) => ((c.colSpan ?? 1) > 1 ? { ...c, text: '' } : c))] });
}

function tableMarkdown(table: TableBlock, headed: boolean): string {
  const header = table.columns.map((c) => escapeMarkdown(c.group ? `${c.group}: ${c.label}` : c.label, true));
  const align = table.columns.map((c) => (c.numeric ? '---:' : '---'));
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const body = [...table.rows.map((r) => expand(r).map((t) => cellText(t, r.strong === true))), ...table.totals.map((r) => expandTotals(r).map((t) => cellText(t, true)))];
  const caption = headed ? [] : [`**${escapeMarkdown(table.caption)}**`, ''];
  return [...caption, row(header), row(align), ...body.map(row)].join('\n');
}

function blockMarkdown(blocks: readonly Block[], index: number): string {
  const block = blocks[index] as Block;
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text, true)}`;
    case 'paragraph':
      if (block.role === 'status') return `_${escapeMarkdown(block.text)}_`;
      if (block.role === 'note') return `> ${escapeMarkdown(block.text)}`;
      return block.role === 'annex' ? `**${escapeMarkdown(block.text)}**` : escapeMarkdown(block.text);
    case 'fields':
      return block.items.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`).join('\n');
    case 'list':
      return block.items.map((x) => `- ${escapeMarkdown(x)}`).join('\n');
    case 'table':
      return tableMarkdown(block, captionRepeatsHeading(blocks, index));
    case 'figure':
      return `_${escapeMarkdown(block.caption)}_`;
  }
}

/** The whole document as Markdown. */
export function documentMarkdown(doc: RenderedDocument): string {
  return `${doc.blocks.map((_, i) => blockMarkdown(doc.blocks, i)).filter(Boolean).join('\n\n')}\n`;
}
