// How the renderers write each kind of cell of a parsed plan: amounts the Romanian way, markers in
// words, codes in their canonical form, the rest as written.
import { formatAmount } from '../money/formatAmount.js';
import type { CurrencyTotals } from '../plan/amounts.js';
import type { AmountCell } from '../plan/cells/amount.js';
import type { Capacity } from '../plan/cells/capacity.js';
import type { CountCell } from '../plan/cells/count.js';
import type { Marker } from '../plan/cells/markers.js';
import type { Occupancy } from '../plan/cells/occupancy.js';
import type { ServiceCode } from '../plan/cells/serviceCode.js';
import type { Staff } from '../plan/cells/staff.js';
import type { QuantityCell, TextCell } from '../plan/cells/textCell.js';
import type { Labels } from './labels.js';

const UNIT = { RON: 'lei', EUR: 'euro' } as const;

/** A marker in words: "Nu este cazul", "-", or nothing for an empty cell. */
export function markerText(cell: Marker, L: Labels): string {
  if (cell.kind === 'not_applicable') return L('notApplicable');
  return cell.kind === 'none' ? '-' : '';
}

/** An amount with its unit ("1.640.958 lei", "10.000 euro"), or a marker. */
export function amountText(cell: AmountCell | undefined, L: Labels): string {
  if (!cell) return '';
  return cell.kind === 'amount' ? formatAmount(cell.value, { unit: UNIT[cell.currency] }) : markerText(cell, L);
}

/** A budget-table value in the table's own unit, written without a unit. */
export function bareAmountText(cell: AmountCell | undefined, L: Labels): string {
  if (!cell) return '';
  return cell.kind === 'amount' ? formatAmount(cell.value, { unit: cell.currency === 'EUR' ? 'euro' : false }) : markerText(cell, L);
}

/**
 * Totals per currency: "158.838 lei", "1.000 lei + 10.000 euro" (a zero beside another currency is
 * left out), "0 lei" for amounts that add up to zero, "-" when there was no amount to add.
 */
export function totalsText(totals: CurrencyTotals): string {
  const present = (['RON', 'EUR'] as const).filter((c) => totals[c] !== undefined);
  if (present.length === 0) return '-';
  const nonZero = present.filter((c) => totals[c] !== '0');
  return (nonZero.length ? nonZero : present.slice(0, 1)).map((c) => formatAmount(totals[c] as string, { unit: UNIT[c] })).join(' + ');
}

export function textCellText(cell: TextCell | undefined, L: Labels): string {
  if (!cell) return '';
  return cell.kind === 'text' ? cell.text : markerText(cell, L);
}

export function countText(cell: CountCell | undefined, L: Labels): string {
  if (cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : markerText(cell, L);
}

export function quantityText(cell: QuantityCell | undefined, L: Labels): string {
  if (!cell) return '';
  return cell.kind === 'quantity' ? formatAmount(cell.value, { unit: false }) : markerText(cell, L);
}

/** The code in canonical form when the grammar reads it, else as written. */
export function codeText(cell: ServiceCode | Marker | undefined, L: Labels): string {
  if (!cell) return '';
  if (cell.kind !== 'code') return markerText(cell, L);
  return cell.canonical ?? cell.codes?.join('\n') ?? cell.raw;
}

export function capacityText(cell: Capacity | Marker | undefined, L: Labels): string {
  if (!cell) return '';
  if (cell.kind !== 'capacity') return markerText(cell, L);
  return cell.raw ?? cell.parts.map((p) => `${p.count}${p.label ? ` ${p.label}` : ''}`).join(' + ');
}

export function occupancyText(cell: Occupancy | Marker | undefined, L: Labels): string {
  if (!cell) return '';
  if (cell.kind !== 'occupancy') return markerText(cell, L);
  return cell.raw ?? cell.rates.map((r) => `${r.percent.replace('.', ',')}%${r.regime ? ` (${r.regime})` : ''}`).join(', ');
}

export function staffText(cell: Staff | Marker | undefined, L: Labels): string {
  if (!cell) return '';
  if (cell.kind !== 'staff') return markerText(cell, L);
  return cell.raw ?? cell.roles.map((r) => `${r.role} - ${r.count}`).join(', ');
}

/** Name and contact on two lines. */
export function withContact(name: string | undefined, contact: string | undefined): string {
  return [name, contact].filter((x) => x !== undefined && x.trim() !== '').join('\n');
}

/** "1.1 Title", "OBIECTIV GENERAL 1 – Title", or the title alone. */
export function numbered(id: string | undefined, title: string): string {
  if (!id?.trim()) return title;
  const n = id.trim();
  return /^[\d.]+$/.test(n) ? `${n.replace(/\.$/, '')}. ${title}` : `${n} – ${title}`;
}
