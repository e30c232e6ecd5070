// `npx tsx scripts/build-screenshot.ts`: the pictures of docs/publishing-a-plan.md, made from the
// library's own output. Renders the Videle example with renderPlanHtml, opens it in headless
// Chromium (Debian's `chromium`, or CHROMIUM_PATH) and takes screenshots of its first page and of
// chapter I.A–B as printed (print media, at the printable width of A4 landscape).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { renderPlanHtml } from '../src/render/index.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const plan: unknown = JSON.parse(readFileSync(new URL('../examples/plans/videle-2024.json', import.meta.url), 'utf8'));
const rendered = renderPlanHtml(plan);
if (!rendered.ok) throw new Error('the Videle example must render');

const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1032, height: 700 }, deviceScaleFactor: 1 });
  await page.setContent(rendered.html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const out = (name: string) => new URL(`../docs/media/${name}`, import.meta.url).pathname;
  await page.screenshot({ path: out('publishing-videle-top.png') });
  const from = page.locator('h3', { hasText: 'A. Servicii sociale existente' });
  const to = page.locator('h3', { hasText: 'D. Programul de subvenționare' });
  const a = await from.boundingBox();
  const d = await to.boundingBox();
  if (!a || !d) throw new Error('chapter I headings not found');
  await page.setViewportSize({ width: 1032, height: Math.ceil(d.y + d.height + 120) });
  await page.screenshot({ path: out('publishing-videle-chapter1.png'), clip: { x: 0, y: a.y - 10, width: 1032, height: d.y - a.y + d.height + 100 } });
  console.log('wrote docs/media/publishing-videle-top.png and docs/media/publishing-videle-chapter1.png');
} finally {
  await browser.close();
}
