// The Videle plan printed by a real browser: headless Chromium (Debian's `chromium`, driven by
// playwright-core) lays the HTML out at the printable width of A4 portrait and landscape, prints
// it to PDF, and the totals it shows are read back. Without Chromium this file says so loudly and
// skips; `.ci/run` installs Chromium and sets REQUIRE_CHROMIUM=1, which turns the skip into a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/parseAmount.js';
import { parsePlan } from '../../src/plan/parsePlan.js';
import { summarizePlan, type SourceTotals } from '../../src/plan/summarizePlan.js';
import { renderPlanHtml } from '../../src/render/index.js';
import { EXAMPLE_PLANS, examplePlan, PAYLOAD, poisoned } from './fixtures.js';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => typeof p === 'string' && p !== '' && existsSync(p),
);
const required = process.env.REQUIRE_CHROMIUM === '1';

// What the functions passed to page.evaluate use of the page (they run in the browser; the
// project's TypeScript has no DOM library).
interface PageElement {
  readonly id: string;
  readonly textContent: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly caption?: PageElement | null;
  closest(selector: string): PageElement | null;
  getBoundingClientRect(): { left: number; right: number; width: number };
  querySelectorAll(selector: string): Iterable<PageElement>;
  getAttribute(name: string): string | null;
}
declare const document: { readonly documentElement: PageElement; querySelectorAll(selector: string): Iterable<PageElement> };
declare const window: { readonly __pwned?: number };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

if (!executablePath && !required) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!! SKIPPED: the print test of the rendered plan (test/render/chromium.test.ts).  !!!',
      '!!! No Chromium found (CHROMIUM_PATH, /usr/bin/chromium). Install it with         !!!',
      '!!! `apt-get install chromium`; .ci/run does, and fails instead of skipping.      !!!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

/** Printable width of A4 with the page's 12 mm side margins, in CSS pixels (96 per inch). */
const PRINTABLE_PX = { portrait: Math.floor(((210 - 24) / 25.4) * 96), landscape: Math.floor(((297 - 24) / 25.4) * 96) };

function videleHtml(): string {
  const r = renderPlanHtml(examplePlan('videle-2024'));
  if (!r.ok) throw new Error('the Videle example renders');
  return r.html;
}

/** Tables wider than the page, or cells whose content spills out, laid out at `width` pixels. */
async function overflowing(page: Page, width: number, wide: boolean): Promise<string[]> {
  await page.setViewportSize({ width, height: 1200 });
  return page.evaluate((wide) => {
    const out: string[] = [];
    const pageWidth = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll('table')) {
      if ((table.closest('section.landscape') !== null) !== wide) continue;
      const box = table.getBoundingClientRect();
      if (box.left < -0.5 || box.right > pageWidth + 0.5) out.push(`${table.id} is ${Math.round(box.width)}px wide, the page ${pageWidth}px`);
      for (const cell of table.querySelectorAll('th, td')) {
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${table.id}: "${(cell.textContent ?? '').slice(0, 40)}" spills out of its cell`);
      }
    }
    return out;
  }, wide);
}

/** The totals row cells of the table captioned `caption`, by their `data-column`. */
async function totalsOf(page: Page, caption: string): Promise<Record<string, string>[]> {
  return page.evaluate((caption) => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent === caption);
    return [...(table?.querySelectorAll('tfoot tr') ?? [])].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('td[data-column]')].map((td) => [td.getAttribute('data-column'), td.textContent ?? ''])),
    );
  }, caption);
}

/** A printed total read back as a canonical amount ("-" is nothing, hence zero). */
function amountOf(text: string | undefined): string {
  if (text === '-') return '0';
  const read = parseAmount(text);
  if (!read.ok) throw new Error(`"${text}" is not an amount`);
  return read.value;
}

function expectTotals(printed: Record<string, string>[], totals: readonly SourceTotals[]): void {
  const [perSource, all] = printed;
  const lei = totals.find((t) => t.currency === 'RON');
  for (const source of ['local', 'county', 'state', 'beneficiaries', 'other'] as const) expect(amountOf(perSource?.[source])).toBe(lei?.bySource[source] ?? '0');
  expect(amountOf(all?.local)).toBe(lei?.total ?? '0');
}

describe.skipIf(!executablePath && !required)('the rendered Videle plan in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!executablePath) throw new Error('REQUIRE_CHROMIUM=1 but no Chromium was found: install the chromium package or set CHROMIUM_PATH');
    browser = await chromium.launch({ executablePath, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const name of EXAMPLE_PLANS) {
    it(`${name}: every table fits the width of its A4 page, portrait or landscape`, async () => {
      const r = renderPlanHtml(examplePlan(name));
      if (!r.ok) throw new Error(`the ${name} example renders`);
      const page = await (browser as Browser).newPage();
      await page.setContent(r.html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      expect(await overflowing(page, PRINTABLE_PX.portrait, false)).toEqual([]);
      expect(await overflowing(page, PRINTABLE_PX.landscape, true)).toEqual([]);
      expect(await page.locator('section.landscape table').count()).toBeGreaterThan(0);
      await page.close();
    }, 60_000);
  }

  it('prints to a PDF of A4 pages, the wide tables on landscape ones', async () => {
    const page = await (browser as Browser).newPage();
    await page.setContent(videleHtml(), { waitUntil: 'load' });
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    // A4 is 595 × 842 points.
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.filter(([w, h]) => w === 595 && h === 842).length).toBeGreaterThan(0);
    expect(boxes.filter(([w, h]) => w === 842 && h === 595).length).toBeGreaterThan(0);
    expect(boxes.every(([w, h]) => (w === 595 && h === 842) || (w === 842 && h === 595))).toBe(true);
    await page.close();
  }, 60_000);

  it('the totals printed are the library’s totals', async () => {
    const parsed = parsePlan(examplePlan('videle-2024'));
    if (!parsed.ok) throw new Error('the Videle example is valid');
    const summary = summarizePlan(parsed.plan);
    const page = await (browser as Browser).newPage();
    await page.setContent(videleHtml(), { waitUntil: 'load' });
    expectTotals(await totalsOf(page, 'A. Servicii sociale existente'), summary.budgets.existing);
    expectTotals(await totalsOf(page, 'B. Servicii sociale propuse spre a fi înființate'), summary.budgets.proposed);
    const training = await totalsOf(page, 'a) Cursuri de perfecționare');
    expect(amountOf(training[0]?.budget)).toBe('27000');
    expect(training[0]?.persons).toBe('9');
    await page.close();
  }, 60_000);

  it('a plan full of markup and script runs nothing and shows it as text', async () => {
    const r = renderPlanHtml(poisoned(examplePlan('videle-2024')).plan, { title: PAYLOAD });
    if (!r.ok) throw new Error('the poisoned plan stays valid');
    const page = await (browser as Browser).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(r.html, { waitUntil: 'load' });
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('script, img, svg, a, iframe').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);
});
