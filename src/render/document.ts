// The document every renderer writes: headings, paragraphs, lists and tables in the template's
// order, with every word already chosen and every amount already written. HTML, Markdown and Word
// only lay it out, so the three formats cannot say different things.

/** One column of a table; columns sharing a `group` sit under one spanning header cell. */
export interface Column {
  /** Stable name of the column ("local", "persons"): `data-column` in HTML, for styles and tests. */
  readonly key: string;
  readonly label: string;
  readonly group?: string;
  /** Right-aligned (amounts, counts). */
  readonly numeric?: boolean;
}

/** One cell: its text (lines separated by "\n"), and how many columns it spans. */
export interface Cell {
  readonly text: string;
  readonly colSpan?: number;
}

/** A row of cells; `strong` for a measure that heads the actions under it, or a totals row. */
export interface Row {
  readonly cells: readonly Cell[];
  readonly strong?: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  /** Anchor, unique in the document. */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Totals computed by the library. */
  readonly totals: readonly Row[];
  /** Printed on a landscape page. */
  readonly wide: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly role?: 'status' | 'note' | 'annex' }
  | { readonly kind: 'fields'; readonly items: readonly { readonly label: string; readonly value: string }[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | TableBlock
  /** Raw SVG made by the library itself (charts): never user text. */
  | { readonly kind: 'figure'; readonly svg: string; readonly caption: string };

export interface RenderedDocument {
  readonly lang: 'ro' | 'en';
  readonly title: string;
  readonly blocks: readonly Block[];
}

/**
 * Whether the table at `index` is titled by the heading above it: its caption is the text of the
 * nearest heading before it, with only paragraphs between. Writers then leave the caption to
 * screen readers (HTML) or out (Markdown, Word).
 */
export function captionRepeatsHeading(blocks: readonly Block[], index: number): boolean {
  const table = blocks[index];
  if (table?.kind !== 'table') return false;
  for (let i = index - 1; i >= 0; i -= 1) {
    const b = blocks[i] as Block;
    if (b.kind === 'heading') return b.text === table.caption;
    if (b.kind === 'table' || b.kind === 'figure') return false;
  }
  return false;
}
