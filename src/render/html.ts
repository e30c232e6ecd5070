// Lays a document out as one standalone HTML page: semantic tables, print CSS for A4 (wide tables
// on landscape pages), no external resource. Every text of the plan goes through `escapeHtml`.
import { escapeMarkup, plainText } from '../internal/text.js';
import { captionRepeatsHeading, type Block, type Column, type RenderedDocument, type Row, type TableBlock } from './document.js';
import { pageRuns } from './pageRuns.js';

/** Whether `text` has a run of 25 characters without a space (one pass: the regex below is slow on long text). */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 160) run = 0;
    else if ((run += 1) >= 25) return true;
  }
  return false;
}

/** Marks where a word of 25 characters or more (an e-mail address, a URL) may break: after its punctuation, else every 16 characters. */
function breakable(text: string): string {
  if (!hasLongWord(text)) return text;
  return text.replace(/\S{25,}/gu, (word) =>
    word
      .replace(/([-/.@_?&=])(?=\S)/g, '$1\0')
      .split('\0')
      .map((part) => (part.length > 20 ? part.replace(/(.{16})(?=.)/gu, '$1\0') : part))
      .join('\0'),
  );
}

/** Escaped text with its line breaks kept, long words breakable (`<wbr>`). */
function lines(text: string): string {
  const clean = plainText(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return escapeMarkup(breakable(clean)).replaceAll('\0', '<wbr>').replace(/\n/g, '<br>');
}

export const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm 12mm; }
@page landscape { size: A4 landscape; margin: 12mm 12mm; }
:root { color: #111; background: #fff; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; line-height: 1.3; margin: 0 auto; max-width: 277mm; padding: 8mm; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 6mm; }
h2 { font-size: 13pt; margin: 7mm 0 3mm; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
h4, h5, h6 { font-size: 11pt; margin: 4mm 0 2mm; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0; }
p.annex { text-align: right; font-style: italic; }
p.status { font-style: italic; }
p.note { font-size: 9pt; color: #333; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 2mm 0; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9pt; table-layout: auto; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 1mm 0; }
caption.same-as-heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 0.5pt solid #444; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #eee; font-weight: bold; }
.num { text-align: right; overflow-wrap: normal; }
tr.strong td, tr.strong th, tfoot th, tfoot td { font-weight: bold; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
section.landscape table { font-size: 8pt; }
section.landscape table.many-columns, table.many-columns { font-size: 7pt; }
figure { margin: 3mm 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; }
@media print {
  body { max-width: none; padding: 0; }
  section.landscape { page: landscape; }
  a { color: inherit; text-decoration: none; }
}
`;

function headRows(table: TableBlock): string {
  const grouped = table.columns.some((c) => c.group);
  const cls = (numeric: boolean | undefined) => (numeric ? ' class="num"' : '');
  const leaf = (c: Column, rowSpan: string) => `<th scope="col" data-column="${c.key}"${rowSpan}${cls(c.numeric)}>${lines(c.label)}</th>`;
  if (!grouped) return `<tr>${table.columns.map((c) => leaf(c, '')).join('')}</tr>`;
  let top = '';
  let bottom = '';
  for (let i = 0; i < table.columns.length; ) {
    const c = table.columns[i];
    if (!c) break;
    if (!c.group) {
      top += leaf(c, ' rowspan="2"');
      i += 1;
      continue;
    }
    let span = 0;
    while (table.columns[i + span]?.group === c.group) {
      bottom += leaf(table.columns[i + span] as Column, '');
      span += 1;
    }
    top += `<th scope="colgroup" colspan="${span}">${lines(c.group)}</th>`;
    i += span;
  }
  return `<tr>${top}</tr><tr>${bottom}</tr>`;
}

/** A body or totals row; totals cells name their (first) column in `data-column`. */
function bodyRow(table: TableBlock, row: Row, totals: boolean): string {
  let col = 0;
  const cells = row.cells.map((cell, i) => {
    const column = table.columns[col];
    const numeric = column?.numeric === true && (cell.colSpan ?? 1) === 1;
    col += cell.colSpan ?? 1;
    const span = (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') + (totals && i > 0 && column ? ` data-column="${column.key}"` : '');
    const cls = numeric || (totals && i > 0) ? ' class="num"' : '';
    const tag = totals && i === 0 ? 'th scope="row"' : 'td';
    return `<${tag}${span}${cls}>${lines(cell.text)}</${tag.split(' ')[0]}>`;
  });
  return `<tr${row.strong && !totals ? ' class="strong"' : ''}>${cells.join('')}</tr>`;
}

/** Column groups, so that a header with scope="colgroup" has a group to head. */
function colgroups(table: TableBlock): string {
  if (!table.columns.some((c) => c.group)) return '';
  let out = '';
  for (let i = 0; i < table.columns.length; ) {
    const group = table.columns[i]?.group;
    let span = 1;
    while (group !== undefined && table.columns[i + span]?.group === group) span += 1;
    out += span > 1 ? `<colgroup span="${span}"></colgroup>` : '<colgroup></colgroup>';
    i += span;
  }
  return out;
}

/** `headed`: the heading above says what the caption says, so the caption is for screen readers only. */
function tableHtml(table: TableBlock, headed: boolean): string {
  const foot = table.totals.length ? `<tfoot>${table.totals.map((r) => bodyRow(table, r, true)).join('')}</tfoot>` : '';
  return (
    `<table id="${table.id}"${table.columns.length >= 14 ? ' class="many-columns"' : ''}><caption${headed ? ' class="same-as-heading"' : ''}>${lines(table.caption)}</caption>` +
    `${colgroups(table)}<thead>${headRows(table)}</thead>` +
    `<tbody>${table.rows.map((r) => bodyRow(table, r, false)).join('\n')}</tbody>${foot}</table>`
  );
}

function blockHtml(blocks: readonly Block[], index: number): string {
  const block = blocks[index] as Block;
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}${block.id ? ` id="${block.id}"` : ''}>${lines(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.role ? ` class="${block.role}"` : ''}>${lines(block.text)}</p>`;
    case 'fields':
      return block.items.length ? `<dl>${block.items.map((f) => `<dt>${lines(f.label)}</dt><dd>${lines(f.value)}</dd>`).join('')}</dl>` : '';
    case 'list':
      return `<ul>${block.items.map((x) => `<li>${lines(x)}</li>`).join('')}</ul>`;
    case 'table':
      return tableHtml(block, captionRepeatsHeading(blocks, index));
    case 'figure':
      return `<figure>${block.svg}<figcaption>${lines(block.caption)}</figcaption></figure>`;
  }
}

/** The whole document as an HTML page. */
export function documentHtml(doc: RenderedDocument): string {
  const body = pageRuns(doc.blocks)
    .map((run) => {
      const inner = run.blocks
        .map((_, i) => blockHtml(run.blocks, i))
        .filter(Boolean)
        .join('\n');
      return run.wide ? `<section class="landscape">\n${inner}\n</section>` : inner;
    })
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(plainText(doc.title).replace(/\s+/g, ' ').trim())}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
