// Lays a document out as GitHub-flavoured Markdown: the same blocks as the HTML, tables as pipe
// tables. Every text of the plan goes through `escapeMarkdown`, so none of it becomes markup.
import type { Block, RenderedDocument, Row, TableBlock } from './document.js';

/**
 * Text that Markdown shows as it is: its punctuation with a meaning (emphasis, links, code, HTML,
 * table pipes, entities) backslash-escaped, line breaks written `<br>`. Unless `inline` (a table
 * cell, a heading), a start that would open a list is escaped too.
 */
export function escapeMarkdown(text: string, inline = false): string {
  return text
    .trim()
    .split(/\r?\n/)
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

function expand(row: Row): string[] {
  return row.cells.flatMap((c) => [c.text, ...Array.from({ length: (c.colSpan ?? 1) - 1 }, () => '')]);
}

function tableMarkdown(table: TableBlock, headed: boolean): string {
  const header = table.columns.map((c) => escapeMarkdown(c.group ? `${c.group}: ${c.label}` : c.label, true));
  const align = table.columns.map((c) => (c.numeric ? '---:' : '---'));
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const body = [...table.rows.map((r) => expand(r).map((t) => cellText(t, r.strong === true))), ...table.totals.map((r) => expand(r).map((t) => cellText(t, true)))];
  const caption = headed ? [] : [`**${escapeMarkdown(table.caption)}**`, ''];
  return [...caption, row(header), row(align), ...body.map(row)].join('\n');
}

/** `previous`: the block before, whose heading may already say what a table's caption says. */
function blockMarkdown(block: Block, previous: Block | undefined): string {
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
      return tableMarkdown(block, previous?.kind === 'heading' && previous.text === block.caption);
    case 'figure':
      return `_${escapeMarkdown(block.caption)}_`;
  }
}

/** The whole document as Markdown. */
export function documentMarkdown(doc: RenderedDocument): string {
  return `${doc.blocks.map((b, i) => blockMarkdown(b, doc.blocks[i - 1])).filter(Boolean).join('\n\n')}\n`;
}
