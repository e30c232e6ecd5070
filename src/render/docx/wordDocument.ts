// Lays a document out as a Word file with the `docx` package: real, editable Word tables (header
// rows repeated on each page, groups merged), portrait A4 sections and landscape ones for wide tables.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { plainText } from '../../internal/text.js';
import { captionRepeatsHeading, type Block, type RenderedDocument, type Row, type TableBlock } from '../document.js';
import { pageRuns } from '../pageRuns.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Text runs with the line breaks kept. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): ParagraphChild[] {
  return plainText(text)
    .trim()
    .split('\n')
    .map((line, i) => new TextRun({ text: line.trim(), break: i > 0 ? 1 : 0, ...options }));
}

function cellParagraph(text: string, numeric: boolean, bold: boolean): Paragraph {
  return new Paragraph({ children: runs(text, { bold, size: 18 }), alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT });
}

function headerRows(table: TableBlock): TableRow[] {
  const cell = (text: string, extra: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({ children: [cellParagraph(text, false, true)], shading: { fill: 'EEEEEE' }, ...extra });
  if (!table.columns.some((c) => c.group)) return [new TableRow({ tableHeader: true, children: table.columns.map((c) => cell(c.label)) })];
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (let i = 0; i < table.columns.length; ) {
    const c = table.columns[i];
    if (!c) break;
    if (!c.group) {
      top.push(cell(c.label, { rowSpan: 2 }));
      i += 1;
      continue;
    }
    let span = 0;
    while (table.columns[i + span]?.group === c.group) {
      bottom.push(cell(table.columns[i + span]?.label ?? ''));
      span += 1;
    }
    top.push(cell(c.group, { columnSpan: span }));
    i += span;
  }
  return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: bottom })];
}

function bodyRow(table: TableBlock, row: Row, totals: boolean): TableRow {
  let col = 0;
  const children = row.cells.map((c, i) => {
    const span = c.colSpan ?? 1;
    const numeric = (table.columns[col]?.numeric === true && span === 1) || (totals && i > 0);
    col += span;
    return new TableCell({ children: [cellParagraph(c.text, numeric, row.strong === true)], ...(span > 1 ? { columnSpan: span } : {}) });
  });
  return new TableRow({ children, cantSplit: true });
}

/** Width of the text on an A4 page with the 720-twip margins, in twips. */
const TEXT_WIDTH = { portrait: 11906 - 1440, landscape: 16838 - 1440 };

/**
 * Column widths in twips, so that every reader (LibreOffice and Google Docs as well as Word) opens
 * the table at the page's width: a number column narrow, amounts and counts a little wider, text
 * the widest.
 */
function columnWidths(table: TableBlock): number[] {
  const weights = table.columns.map((c) => (['no', 'id', 'ref'].includes(c.key) ? 0.6 : c.numeric ? 1.2 : 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const width = table.wide ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  return weights.map((w) => Math.floor((width * w) / sum));
}

function wordTable(table: TableBlock, headed: boolean): (Paragraph | Table)[] {
  return [
    ...(headed ? [] : [new Paragraph({ children: runs(table.caption, { bold: true }), keepNext: true })]),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columnWidths(table),
      rows: [...headerRows(table), ...table.rows.map((r) => bodyRow(table, r, false)), ...table.totals.map((r) => bodyRow(table, r, true))],
    }),
    new Paragraph({ children: [] }),
  ];
}

function blockWord(blocks: readonly Block[], index: number): (Paragraph | Table)[] {
  const block = blocks[index] as Block;
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.text), keepNext: true })];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.text, { italics: block.role === 'status' || block.role === 'annex', ...(block.role === 'note' ? { size: 18 } : {}) }),
          ...(block.role === 'annex' ? { alignment: AlignmentType.RIGHT } : {}),
        }),
      ];
    case 'fields':
      return block.items.map((f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), ...runs(f.value)] }));
    case 'list':
      return block.items.map((x) => new Paragraph({ children: runs(x), bullet: { level: 0 } }));
    case 'table':
      return wordTable(block, captionRepeatsHeading(blocks, index));
    case 'figure':
      return [new Paragraph({ children: runs(block.caption, { italics: true }) })];
  }
}

/** A4 in twentieths of a point. */
const A4 = { width: 11906, height: 16838 };

/** The document as a `docx` Document: one section per run of portrait or landscape pages. */
export function wordDocument(doc: RenderedDocument): Document {
  return new Document({
    title: plainText(doc.title).replace(/\s+/g, ' ').trim(),
    creator: 'plan-servicii-sociale',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: pageRuns(doc.blocks).map((run) => ({
      properties: {
        page: {
          size: { ...A4, orientation: run.wide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: 720, bottom: 720, left: 720, right: 720 },
        },
      },
      children: run.blocks.flatMap((_, i) => blockWord(run.blocks, i)),
    })),
  });
}
