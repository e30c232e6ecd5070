// The Word file of a plan read back with a real reader (mammoth): every table is there, with every
// cell's text, in the order of the HTML.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from '../../src/render/docx/index.js';
import { renderPlanHtml } from '../../src/render/index.js';
import { EXAMPLE_PLANS, examplePlan } from './fixtures.js';

/** The text of every cell of every table of an HTML text, table by table, whitespace folded. */
function tableTexts(html: string): string[][] {
  return html
    .split(/<table\b/)
    .slice(1)
    .map((table) =>
      [...(table.split('</table>')[0] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
        (m[1] ?? '')
          .replace(/<br\s*\/?>/g, ' ')
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
}

async function docxHtml(plan: unknown): Promise<string> {
  const r = await renderPlanDocx(plan);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  const read = await mammoth.convertToHtml({ buffer: Buffer.from(r.docx) });
  return read.value;
}

describe('renderPlanDocx', () => {
  for (const name of EXAMPLE_PLANS) {
    it(`${name}: the Word file reads back with every table and every cell's text`, async () => {
      const page = renderPlanHtml(examplePlan(name));
      if (!page.ok) throw new Error('renders');
      const expected = tableTexts(page.html).map((cells) => cells.filter((c) => c !== ''));
      const found = tableTexts(await docxHtml(examplePlan(name))).map((cells) => cells.filter((c) => c !== ''));
      expect(found.length).toBe(expected.length);
      // Word has no caption element: the same cells, in the same order, table by table.
      expect(found).toEqual(expected);
    });
  }

  it('Videle: headings, "Nu este cazul", totals computed by the library, in Romanian or English', async () => {
    const text = await docxHtml(examplePlan('videle-2024'));
    expect(text).toContain('<h1>');
    expect(text).toContain('CAPITOLUL I. Administrarea, înființarea și finanțarea serviciilor sociale');
    expect(text).toContain('Nu este cazul');
    expect(text).toContain('27.000 lei');
    const r = await renderPlanDocx(examplePlan('videle-2024'), { lang: 'en' });
    const en = r.ok ? (await mammoth.extractRawText({ buffer: Buffer.from(r.docx) })).value : '';
    expect(en).toContain('CHAPTER III. Training and methodological guidance programme');
  });

  it('control characters copied out of Word or a PDF leave a well-formed file', async () => {
    const plan = { meta: { authority: { kind: 'local_council', name: 'CL X\u000bY\f\u0001\u001b\u009b\uFFFE', uat: 'X' }, year: 2025, title: 'Plan\rnou' } };
    const text = await docxHtml(plan);
    expect(text).toContain('CL X<br />Y');
    expect(text).toContain('Plan<br />nou');
  });

  it('a plan that is not valid gives its issues and no file; bad options throw', async () => {
    const r = await renderPlanDocx({ meta: { year: 1 } });
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
    await expect(renderPlanDocx(examplePlan('videle-2024'), { lang: 'de' as never })).rejects.toThrow(TypeError);
  });
});
