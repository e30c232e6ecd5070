import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { recordsFromResults, type ActionResult, type Period } from '../../src/monitoring/index.js';
import { parsePlan } from '../../src/plan/parsePlan.js';
import { HG_867_2015 } from '../../src/nomenclature/index.js';
import { summarizePlan } from '../../src/plan/summarizePlan.js';
import { renderPlanHtml, renderPlanMarkdown, renderReportHtml } from '../../src/render/index.js';
import { EXAMPLE_PLANS, examplePlan, PAYLOAD, poisoned } from './fixtures.js';

const html = (plan: unknown, options?: Parameters<typeof renderPlanHtml>[1]) => {
  const r = renderPlanHtml(plan, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.html;
};
const markdown = (plan: unknown, options?: Parameters<typeof renderPlanMarkdown>[1]) => {
  const r = renderPlanMarkdown(plan, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.markdown;
};

/** Every element name in an HTML text. */
const tags = (text: string) => new Set([...text.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => (m[1] ?? '').toLowerCase()));
const PAGE_TAGS = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'wbr', 'dl', 'dt', 'dd', 'ul', 'li', 'table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

describe('renderPlanHtml and renderPlanMarkdown on the example plans', () => {
  for (const name of EXAMPLE_PLANS) {
    it(`${name}: HTML and Markdown snapshots`, async () => {
      const plan = examplePlan(name);
      await expect(html(plan)).toMatchFileSnapshot(`./__snapshots__/${name}.html`);
      await expect(markdown(plan)).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
    });

    it(`${name}: a standalone, accessible page with no external resource`, () => {
      const page = html(examplePlan(name));
      expect(page.startsWith('<!DOCTYPE html>\n<html lang="ro">')).toBe(true);
      expect([...tags(page)].filter((t) => !PAGE_TAGS.includes(t))).toEqual([]);
      expect(page).not.toMatch(/\b(?:src|href)=|url\(|@import|<script|<link/i);
      const tables = page.match(/<table /g)?.length ?? 0;
      expect(tables).toBeGreaterThan(0);
      expect(page.match(/<table [^>]*><caption/g)?.length).toBe(tables);
      // A header over a group of columns heads a <colgroup>.
      expect(page.match(/scope="colgroup"/g)?.length ?? 0).toBeLessThanOrEqual(page.match(/<colgroup span=/g)?.length ?? 0);
      // Every header cell has a scope; every totals row is headed by a row header.
      expect(page.match(/<th(?=[\s>])(?! scope="(?:col|colgroup|row)")/g)).toBeNull();
      expect(page.match(/<tfoot><tr><th scope="row"/g)?.length ?? 0).toBe(page.match(/<tfoot>/g)?.length ?? 0);
    });

    it(`${name}: Markdown that parses into the same tables and headings`, () => {
      const page = html(examplePlan(name));
      const md = new MarkdownIt({ html: true }).render(markdown(examplePlan(name)));
      expect(md.match(/<table>/g)?.length).toBe(page.match(/<table /g)?.length);
      expect(md.match(/<h[1-6]>/g)?.length).toBe(page.match(/<h[1-6][ >]/g)?.length);
      expect([...tags(md)].filter((t) => !['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'li', 'strong', 'em', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'].includes(t))).toEqual([]);
    });

    it(`${name}: the input is not changed`, () => {
      const plan = examplePlan(name);
      const before = JSON.stringify(plan);
      html(plan);
      markdown(plan);
      expect(JSON.stringify(plan)).toBe(before);
    });
  }

  it('Videle: template headings, "Nu este cazul", amounts the Romanian way, canonical codes, computed totals', () => {
    const page = html(examplePlan('videle-2024'));
    for (const heading of [
      'CAPITOLUL I. Administrarea, înființarea și finanțarea serviciilor sociale',
      'A. Servicii sociale existente',
      'B. Servicii sociale propuse spre a fi înființate',
      'C. Programul anual de contractare',
      'D. Programul de subvenționare',
      'CAPITOLUL II. Planificarea activităților de informare a publicului',
      'CAPITOLUL III. Programul de formare și îndrumare metodologică',
    ]) {
      expect(page).toContain(heading);
    }
    expect(page.indexOf('CAPITOLUL I.')).toBeLessThan(page.indexOf('CAPITOLUL II.'));
    expect(page.indexOf('CAPITOLUL II.')).toBeLessThan(page.indexOf('CAPITOLUL III.'));
    // I.C is "Nu este cazul"; so are the three points of I.D and III.b.
    expect(page.match(/Nu este cazul/g)?.length).toBeGreaterThanOrEqual(5);
    expect(page).toContain('<td>8891 CZ-C-II</td>');
    expect(page).toContain('<td class="num">158.838 lei</td>');
    expect(page).toContain('1.640.958 lei<br>(PNRR)');
    // Chapter III a): 5 rows, 9 persons, 27.000 lei, added up by the library.
    expect(page).toContain('<th scope="row">Total</th><td data-column="persons" class="num">9</td><td data-column="budget" class="num">27.000 lei</td>');
    const parsed = parsePlan(examplePlan('videle-2024'));
    if (!parsed.ok) throw new Error('the Videle example is valid');
    expect(summarizePlan(parsed.plan).budgets.proposed[0]?.total).toBe('1640958');
    expect(page).toMatch(/<th scope="row" colspan="\d+">Total, toate sursele<\/th><td colspan="5" data-column="local" class="num">1\.640\.958 lei<\/td>/);
  });

  it('wide tables print on landscape pages, with their heading', () => {
    const page = html(examplePlan('videle-2024'));
    expect(page).toContain('@page landscape { size: A4 landscape;');
    // Chapter I's heading and introduction go with its first table: no heading is left alone on a page.
    expect(page).toMatch(/<section class="landscape">\n<h2 id="capitolul-1">CAPITOLUL I\. [^<]*<\/h2>\n<p>[^\n]*<\/p>\n<h3>A\. Servicii sociale existente<\/h3>/);
  });

  it('a printed total that is not the sum of its rows is pointed out, one that is is not', () => {
    expect(html(examplePlan('campia-turzii-2020'))).not.toContain('Totalul tipărit');
    const plan = {
      meta: { authority: { kind: 'local_council', name: 'CL Câmpia Turzii', uat: 'Câmpia Turzii' }, year: 2020 },
      chapter3: { refresherCourses: { rows: [{ persons: 1, budget: '5000' }, { persons: 1, budget: '5000' }], printedTotal: { value: '15000', raw: '15000 lei' } } },
    };
    expect(html(plan)).toContain('<p class="note">Totalul tipărit în document, 15.000 lei, diferă de suma rândurilor, 10.000 lei.</p>');
  });

  it('English labels on request; what the plan says stays as written', () => {
    const page = html(examplePlan('videle-2024'), { lang: 'en' });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('CHAPTER I. Administration, setting up and funding of social services');
    expect(page).toContain('Local budget');
    expect(page).toContain('Centru de îngrijire de zi');
    expect(page).toContain('Not applicable');
    expect(markdown(examplePlan('videle-2024'), { lang: 'en', title: 'Annex 1' })).toContain('# Annex 1');
  });

  it('the template title names the council in the genitive; a plan title is kept in both languages', () => {
    const meta = { authority: { kind: 'local_council', name: 'Consiliul Local al Municipiului Târgu Mureș', uat: 'Târgu Mureș' }, year: 2025 };
    expect(markdown({ meta })).toContain('# Planul anual de acțiune privind serviciile sociale administrate și finanțate din bugetul Consiliului Local al Municipiului Târgu Mureș, pentru anul 2025');
    expect(markdown({ meta: { ...meta, authority: { ...meta.authority, name: 'CL Tg. Mureș' } } })).toContain('din bugetul consiliului local (CL Tg. Mureș), pentru anul 2025');
    expect(markdown({ meta: { ...meta, title: 'Planul anual 2025' } }, { lang: 'en' })).toContain('# Planul anual 2025');
  });

  it('everything the plan says is printed: strategy priorities, a named other source without an amount, functional codes, the programme year', () => {
    const page = markdown({
      meta: {
        authority: { kind: 'local_council', name: 'Consiliul Local Videle', uat: 'Videle' },
        year: 2024,
        strategies: [{ title: 'Strategia națională', priorities: ['a. funcționarea SPAS', 'b. reglementarea atribuțiilor'] }],
      },
      chapter1: { existingServices: { rows: [{ name: 'Centru', budget: { local: '100', otherSource: 'PNRR' }, functionalCode: '68.02.11' }] } },
      domainProgramme: { year: 2025, domains: [{ domain: 'health', label: 'Sănătate', objectives: [] }] },
    });
    expect(page).toContain('– a. funcționarea SPAS<br>– b. reglementarea atribuțiilor');
    expect(page).toContain('| 100 lei |  |  |  | (PNRR) | 68.02.11 |');
    expect(page).toContain('## Programul de acțiuni pe domenii, 2025');
    expect(page).toMatch(/### Sănătate\n\n_Necompletat în document_/);
  });

  it('totals: "-" where no row gives a number; in Markdown the all-sources total sits beside its label', () => {
    const page = markdown({
      meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024 },
      chapter1: { existingServices: { rows: [{ name: 'A', budget: { local: '100', other: { value: '50', currency: 'EUR' } } }] } },
      chapter3: { supervision: { rows: [{ category: 'psychologists', persons: 'Nu este cazul', budget: 'Nu este cazul' }] } },
    });
    expect(page).toContain('| **Total** | **-** | **-** |');
    expect(page).toContain('| **Total, toate sursele: 100 lei + 50 euro** |');
  });

  it('line ends of every kind and control characters: the same lines in every format', () => {
    const plan = {
      meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024, title: 'Plan\ranual\u2028 2024\u000b\u0001' },
      chapter3: { refresherCourses: { rows: [{ staffCategory: 'Consilieri\rși inspectori\f', persons: 2, budget: '6000' }] } },
    };
    const md = markdown(plan);
    expect(md).toContain('# Plan<br>anual<br>2024');
    expect(md).toContain('| Consilieri<br>și inspectori | 2 | 6.000 lei |');
    expect(html(plan)).toContain('<h1>Plan<br>anual<br>2024</h1>');
    expect(html(plan)).toContain('<title>Plan anual 2024</title>');
  });

  it('long words (addresses, e-mails) may break in HTML; amounts never do', () => {
    const page = html({
      meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024 },
      chapter1: { existingServices: { rows: [{ name: 'Centru', contact: 'asociatiaovidenia2005@yahoo.com', budget: { local: '1234567' } }] } },
    });
    expect(page).toContain('Centru<br>asociatiaovideni<wbr>a2005@<wbr>yahoo.<wbr>com');
    expect(page).toContain('<td class="num">1.234.567 lei</td>');
  });

  it('codes the nomenclature does not know are among the issues when a nomenclature is given', () => {
    const plan = { meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024 }, chapter1: { existingServices: { rows: [{ name: 'A', serviceCode: '8891 CZ-V-II' }] } } };
    const without = renderPlanHtml(plan);
    const withEdition = renderPlanHtml(plan, { nomenclature: HG_867_2015 });
    expect(without.issues.map((i) => i.code)).not.toContain('service_code.unknown');
    expect(withEdition.issues.map((i) => i.code)).toContain('service_code.unknown');
  });

  it('a plan that is not valid gives its issues and no document', () => {
    const plan = examplePlan('videle-2024');
    (plan.meta as Record<string, unknown>).year = 'x';
    const r = renderPlanHtml(plan);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path.join('.'))).toContain('meta.year');
    expect(renderPlanMarkdown(null).ok).toBe(false);
    expect(renderPlanMarkdown('garbage').ok).toBe(false);
  });

  it('options of the wrong shape are a programming error', () => {
    const plan = examplePlan('videle-2024');
    expect(() => renderPlanHtml(plan, { lang: 'fr' as 'ro' })).toThrow(/^plan-servicii-sociale: renderPlanHtml lang must be 'ro' or 'en'$/);
    expect(() => renderPlanMarkdown(plan, 'en' as never)).toThrow(TypeError);
    expect(() => renderPlanMarkdown(plan, { title: 3 as never })).toThrow(TypeError);
  });
});

describe('a plan cannot inject markup, script or table cells', () => {
  for (const name of ['videle-2024', 'targu-frumos-2019'] as const) {
    const { plan, strings } = poisoned(examplePlan(name));

    it(`${name}: the payload reaches many fields`, () => {
      expect(strings).toBeGreaterThan(100);
    });

    it(`${name}: HTML holds only the page's own elements, the payload escaped`, () => {
      const page = html(plan).replaceAll('<wbr>', '');
      expect([...tags(page)].filter((t) => !PAGE_TAGS.includes(t))).toEqual([]);
      expect(page).not.toMatch(/<script|<img|<svg|<!--/i);
      expect([...page.matchAll(/<[a-z][^>]*>/gi)].filter((m) => /\son\w+=/i.test(m[0]))).toEqual([]);
      expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
      expect(page).toContain('&amp;amp; &amp;lt;b&amp;gt;');
    });

    it(`${name}: Markdown renders the payload as text, every row with its own cells`, () => {
      const source = markdown(plan);
      const out = new MarkdownIt({ html: true, linkify: true }).render(source);
      // Addresses the plan writes (www.primariavidele.ro) may become links; nothing else does.
      expect(out).not.toMatch(/<script|<img|<svg|<!--|<code|<hr|<a (?!href="https?:\/\/)/i);
      expect([...out.matchAll(/<[a-z][^>]*>/gi)].filter((m) => /\son\w+=/i.test(m[0]))).toEqual([]);
      expect(out).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
      // Headings and lists are only the document's own; the payload's "# title" and "- item" stay text.
      expect(out.match(/<h[1-6]>/g)?.length).toBe(html(plan).match(/<h[1-6][ >]/g)?.length);
      expect(out).not.toMatch(/<h[1-6]>title/);
      // Each table keeps its columns: every row has as many cells as the header.
      for (const table of out.split('<table>').slice(1)) {
        const rows = table.split('</table>')[0]?.split('<tr>').slice(1) ?? [];
        const width = rows[0]?.match(/<th/g)?.length;
        for (const row of rows.slice(1)) expect(row.match(/<td/g)?.length).toBe(width);
      }
    });
  }

  it('the payload as the title option is escaped too', () => {
    const page = html(examplePlan('videle-2024'), { title: PAYLOAD });
    expect(page).not.toMatch(/<script|<img/);
  });
});

describe('renderReportHtml', () => {
  const report = JSON.parse(readFileSync(new URL('../../examples/report/bacau-2021-2023.json', import.meta.url), 'utf8')) as {
    plan: unknown;
    periods: Period[];
    results: ActionResult[];
  };
  const converted = recordsFromResults(report.results, { periods: report.periods });
  const records = converted.ok ? converted.records : [];

  it('the Bacău 2021–2023 report: snapshot, rollup tables and the charts', async () => {
    const r = renderReportHtml(report.plan, records, { periods: report.periods, asOf: '2024-01-31', evidence: 'done' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    await expect(r.html).toMatchFileSnapshot('./__snapshots__/bacau-2021-2023-report.html');
    expect(r.html.match(/<svg /g)?.length).toBe(2);
    expect(r.html).toContain('<td>realizat</td><td class="num">155</td><td class="num">90,1%</td>');
    expect(r.html).toContain('<th scope="row">Total</th><td data-column="count" class="num">172</td>');
    expect(r.html).toContain('Acțiuni restante la 31.01.2024');
    expect(r.html).not.toMatch(/\b(?:src|href)=|<script/i);
  });

  it('English, and the errors of bad options or a bad plan', () => {
    const en = renderReportHtml(report.plan, records, { periods: report.periods, asOf: '2024-01-31', lang: 'en' });
    expect(en.ok && en.html.includes('Stage by component and objective')).toBe(true);
    expect(renderReportHtml(report.plan, records, { periods: [], asOf: 'never' }).ok).toBe(false);
    expect(renderReportHtml({ meta: {} }, records, { periods: report.periods, asOf: '2024-01-31' }).ok).toBe(false);
  });
});
