import { escapeMarkup, plainText } from '../internal/text.js';
import type { RollupNode } from './rollupStatuses.js';
import { BUCKET_COLORS, BUCKET_LABELS, statusChartData, type StatusChartData } from './statusChartData.js';
import { COUNT_BUCKETS } from './counts.js';

/**
 * Options of {@link statusChartSvg}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusChartSvgOptions } from 'plan-servicii-sociale/monitoring';
 * const o: StatusChartSvgOptions = { kind: 'pie', lang: 'en', title: 'Plan 2021–2023' };
 * o.kind; //=> 'pie'
 * ```
 */
export interface StatusChartSvgOptions {
  /**
   * `'bar'` (the default): one stacked bar per level below the node (each specific objective of
   * a component...), or for the node itself when it has only actions below it. `'pie'`: the
   * node's own counts.
   */
  readonly kind?: 'bar' | 'pie';
  /** Language of the labels; Romanian by default. */
  readonly lang?: 'ro' | 'en';
  /** The chart's title; the node's number and title by default. */
  readonly title?: string;
  /** Width in pixels; 640 by default (at least 320). */
  readonly width?: number;
  /** Prefix of the ids inside the SVG (for `aria-labelledby`), unique per page; `'pss-chart'` by default. */
  readonly idPrefix?: string;
}

const FONT = 'font-family="system-ui, sans-serif"';

/** Text for XML: characters XML forbids (controls such as the form feed PDF extraction leaves) dropped, markup escaped. */
function esc(s: string): string {
  return escapeMarkup(plainText(s));
}

function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Estimated width of a text in a sans-serif font: capitals and digits wider than small letters. */
function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) em += /[\p{Lu}\d]/u.test(ch) ? 0.7 : ch === ' ' ? 0.3 : 0.55;
  return em * fontSize;
}

/** The text, cut with an ellipsis to fit `px`. */
function fit(s: string, px: number, fontSize: number): string {
  // No character is narrower than 0.3 em: longer texts cannot fit (and are not measured whole).
  const cut = s.length > px / (0.3 * fontSize) ? s.slice(0, Math.ceil(px / (0.3 * fontSize))) : s;
  if (cut === s && textWidth(s, fontSize) <= px) return s;
  let out = cut;
  while (out.length > 1 && textWidth(`${out}…`, fontSize) > px) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

function sentence(d: StatusChartData): string {
  const parts = d.segments.map((s) => `${s.label} ${s.count} (${s.percentage}%)`);
  return `${d.title}: total ${d.total}${parts.length ? `, ${parts.join(', ')}` : ''}.`;
}

function legend(y: number, width: number, lang: 'ro' | 'en', rows: readonly StatusChartData[]): { svg: string; height: number } {
  const used = COUNT_BUCKETS.filter((b) => rows.some((r) => r.segments.some((s) => s.bucket === b)));
  let x = 16;
  let line = 0;
  const items: string[] = [];
  for (const b of used) {
    const label = BUCKET_LABELS[b][lang];
    const w = 20 + textWidth(label, 13);
    if (x + w > width - 8 && x > 16) {
      x = 16;
      line++;
    }
    const yy = y + line * 22;
    items.push(`<rect x="${x}" y="${yy}" width="14" height="14" fill="${BUCKET_COLORS[b]}" stroke="#333" stroke-width="0.5"/><text x="${x + 20}" y="${yy + 12}" font-size="13" ${FONT} fill="#222">${esc(label)}</text>`);
    x += w + 12;
  }
  return { svg: items.join(''), height: used.length ? (line + 1) * 22 : 0 };
}

function pie(d: StatusChartData): { body: string; height: number } {
  const r = 90;
  const cx = 16 + r;
  const cy = 48 + r;
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  for (const s of d.segments) {
    const tip = `<title>${esc(`${s.label}: ${s.count} (${s.percentage}%)`)}</title>`;
    if (s.count === d.total) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${s.color}" stroke="#fff" stroke-width="1">${tip}</circle>`);
      break;
    }
    const sweep = (2 * Math.PI * s.count) / d.total;
    const a2 = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const p = `M${fixed(cx)},${fixed(cy)} L${fixed(cx + r * Math.cos(angle))},${fixed(cy + r * Math.sin(angle))} A${r},${r} 0 ${large} 1 ${fixed(cx + r * Math.cos(a2))},${fixed(cy + r * Math.sin(a2))} Z`;
    parts.push(`<path d="${p}" fill="${s.color}" stroke="#fff" stroke-width="1">${tip}</path>`);
    angle = a2;
  }
  if (d.total === 0) parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#999"/>`);
  const lx = cx + r + 24;
  const lines = [
    `<text x="${lx}" y="${60}" font-size="14" font-weight="bold" ${FONT} fill="#222">Total: ${d.total}</text>`,
    ...d.segments.map(
      (s, i) =>
        `<rect x="${lx}" y="${74 + i * 24}" width="14" height="14" fill="${s.color}" stroke="#333" stroke-width="0.5"/><text x="${lx + 20}" y="${86 + i * 24}" font-size="13" ${FONT} fill="#222">${esc(`${s.label}: ${s.count} (${s.percentage}%)`)}</text>`,
    ),
  ];
  return { body: parts.join('') + lines.join(''), height: Math.max(cy + r + 16, 86 + d.segments.length * 24) };
}

function bars(rows: readonly StatusChartData[], width: number, lang: 'ro' | 'en'): { body: string; height: number } {
  const barW = width - 32 - 56;
  const out: string[] = [];
  let y = 44;
  for (const row of rows) {
    out.push(`<text x="16" y="${y + 12}" font-size="12" ${FONT} fill="#222">${esc(fit(row.title, width - 32, 12))}</text>`);
    let x = 16;
    for (const s of row.segments) {
      const w = (barW * s.count) / row.total;
      out.push(`<rect x="${fixed(x)}" y="${y + 18}" width="${fixed(w)}" height="18" fill="${s.color}" stroke="#fff" stroke-width="0.5"><title>${esc(`${row.title} — ${s.label}: ${s.count} (${s.percentage}%)`)}</title></rect>`);
      if (w >= 28) out.push(`<text x="${fixed(x + w / 2)}" y="${y + 31}" font-size="11" text-anchor="middle" ${FONT} fill="${s.bucket === 'cancelled' || s.bucket === 'evidenceOnly' ? '#fff' : '#000'}" aria-hidden="true">${s.count}</text>`);
      x += w;
    }
    if (row.total === 0) out.push(`<rect x="16" y="${y + 18}" width="${barW}" height="18" fill="none" stroke="#999"/>`);
    out.push(`<text x="${width - 16}" y="${y + 31}" font-size="12" text-anchor="end" ${FONT} fill="#222">${row.total}</text>`);
    y += 46;
  }
  const l = legend(y + 4, width, lang, rows);
  return { body: out.join('') + l.svg, height: y + 8 + l.height };
}

/**
 * Draws a rollup node's counts as an SVG chart a report can embed: a stacked bar per level
 * below it (the default) or a pie of its own counts. The chart is accessible and self-contained:
 * `role="img"` with a `<title>` and a `<desc>` that states every number, each segment labelled
 * (counts and percentages in text, never colour alone; colour-blind-safe palette), a tooltip on
 * each segment, generic system fonts and no external reference.
 *
 * @param node - A node of {@link rollupStatuses}' result.
 * @param options - Kind, language, title, width, id prefix.
 * @category Monitoring
 * @example
 * ```ts
 * import { actionTree, rollupStatuses, statusChartSvg } from 'plan-servicii-sociale/monitoring';
 * const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', specificObjectives: [{ title: 'OS', actions: [{ title: 'A' }, { title: 'B' }] }] }] } });
 * const records = [{ action: 'g1.s1.a1', period: { year: 2021 }, status: 'done' as const }, { action: 'g1.s1.a2', period: { year: 2021 }, status: 'not_done' as const }];
 * const r = rollupStatuses(tree, { records, periods: [{ year: 2021 }] });
 * const svg = r.ok ? statusChartSvg(r.root, { kind: 'pie', title: 'Stadiul acțiunilor 2021' }) : '';
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * svg.includes('<title id="pss-chart-title">Stadiul acțiunilor 2021</title>'); //=> true
 * svg.includes('realizat: 1 (50%)'); //=> true
 * ```
 */
export function statusChartSvg(node: RollupNode, options: StatusChartSvgOptions = {}): string {
  if (typeof node !== 'object' || node === null || typeof node.counts !== 'object' || !Array.isArray(node.children)) {
    throw new TypeError('plan-servicii-sociale: statusChartSvg needs a node of a rollupStatuses result');
  }
  const lang = options.lang === 'en' ? 'en' : 'ro';
  const width = typeof options.width === 'number' && Number.isFinite(options.width) ? Math.max(320, Math.round(options.width)) : 640;
  // An XML name: a letter first, then letters, digits, '-' and '_'.
  const id = `${/^[a-z]/i.test(options.idPrefix ?? '') ? '' : 'pss-'}${(options.idPrefix ?? 'chart').replace(/[^\w-]/g, '-')}`;
  const self = statusChartData(node, { lang });
  const title = options.title ?? self.title;
  let rows: StatusChartData[] = [self];
  let drawn: { body: string; height: number };
  if (options.kind === 'pie') drawn = pie(self);
  else {
    const below = node.children.filter((c) => c.level !== 'action');
    if (below.length > 0) rows = below.map((c) => statusChartData(c, { lang }));
    drawn = bars(rows, width, lang);
  }
  const desc = (options.kind === 'pie' || rows.length === 1 ? [self] : [self, ...rows]).map(sentence).join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${drawn.height}" viewBox="0 0 ${width} ${drawn.height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold" ${FONT} fill="#222">${esc(fit(title, width - 32, 16))}</text>`,
    drawn.body,
    '</svg>',
    '',
  ].join('\n');
}
