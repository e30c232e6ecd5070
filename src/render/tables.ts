// Builds the tables of the document from rows of the plan: columns the template always prints, and
// optional ones (a provider, a CPV code...) printed only when some row fills them.
import type { Column, Row, TableBlock } from './document.js';

export interface ColumnSpec<R> {
  readonly key: string;
  readonly label: string;
  readonly group?: string;
  readonly numeric?: boolean;
  /** Printed only when a row has text in it. */
  readonly optional?: boolean;
  readonly cell: (row: R) => string;
}

/** Rows of a table before the columns are chosen: a value row, or a measure heading its actions. */
export interface SourceRow<R> {
  readonly row: R;
  readonly strong?: boolean;
}

/** Totals to print under a table, by column key; `label` fills the columns before the first total. */
export interface TotalsSpec {
  readonly label: string;
  readonly values: Readonly<Record<string, string>>;
  /** Keys whose cells merge into one holding the value of the first key. */
  readonly merge?: readonly string[];
}

export interface TableSpec<R> {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly ColumnSpec<R>[];
  readonly rows: readonly SourceRow<R>[];
  readonly totals?: readonly TotalsSpec[];
  readonly wide?: boolean;
}

/** Wraps plain rows. */
export function plainRows<R>(rows: readonly R[]): SourceRow<R>[] {
  return rows.map((row) => ({ row }));
}

export function buildTable<R>(spec: TableSpec<R>): TableBlock {
  const rows = spec.rows;
  const texts = spec.columns.map((c) => rows.map((r) => c.cell(r.row)));
  const kept = spec.columns.map((c, i) => !c.optional || (texts[i] ?? []).some((t) => t.trim() !== ''));
  const columns: Column[] = [];
  const keys: string[] = [];
  spec.columns.forEach((c, i) => {
    if (!kept[i]) return;
    keys.push(c.key);
    columns.push({ key: c.key, label: c.label, ...(c.group ? { group: c.group } : {}), ...(c.numeric ? { numeric: true } : {}) });
  });
  const body: Row[] = rows.map((r, j) => ({
    cells: spec.columns.flatMap((_, i) => (kept[i] ? [{ text: texts[i]?.[j] ?? '' }] : [])),
    ...(r.strong ? { strong: true } : {}),
  }));
  return {
    kind: 'table',
    id: spec.id,
    caption: spec.caption,
    columns,
    rows: body,
    totals: (spec.totals ?? []).map((t) => totalsRow(keys, t)),
    wide: spec.wide ?? false,
  };
}

function totalsRow(keys: readonly string[], spec: TotalsSpec): Row {
  const first = keys.findIndex((k) => k in spec.values || spec.merge?.includes(k));
  const lead = Math.max(1, first);
  const cells: { text: string; colSpan?: number }[] = [{ text: spec.label, ...(lead > 1 ? { colSpan: lead } : {}) }];
  for (let i = lead; i < keys.length; i++) {
    const key = keys[i] as string;
    if (spec.merge?.includes(key)) {
      let span = 1;
      while (i + span < keys.length && spec.merge.includes(keys[i + span] as string)) span += 1;
      cells.push({ text: spec.values[spec.merge[0] as string] ?? '', ...(span > 1 ? { colSpan: span } : {}) });
      i += span - 1;
    } else {
      cells.push({ text: spec.values[key] ?? '' });
    }
  }
  return { cells, strong: true };
}
