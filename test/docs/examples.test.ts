import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectExportDocs, toTestModule } from './docExamples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const generated = fileURLToPath(new URL('../.generated/', import.meta.url));
mkdirSync(generated, { recursive: true });

const exportsDocs = ['index', 'nomenclature/index', 'money/index', 'cost-standards/index', 'budget/index', 'monitoring/index', 'render/index', 'render/docx/index'].flatMap((entry) =>
  collectExportDocs(`${root}src/${entry}.ts`).map((doc) => ({ ...doc, entry: entry.replace('/index', '') })),
);

describe('every public export is documented with an example that runs', () => {
  it('finds the public exports', () => {
    expect(exportsDocs.length).toBeGreaterThan(50);
  });

  for (const doc of exportsDocs) {
    it(`${doc.entry}: ${doc.name} has a summary and an @example`, () => {
      expect(doc.hasSummary, `${doc.name} has no JSDoc summary`).toBe(true);
      expect(doc.examples.length, `${doc.name} has no @example with a ts fence`).toBeGreaterThan(0);
    });
    for (const example of doc.examples) {
      it(`${doc.entry}: ${doc.name} example ${example.index + 1} runs and its //=> results hold`, async () => {
        const { text, assertions } = toTestModule(example);
        expect(assertions, 'an example must show at least one result with //=>').toBeGreaterThan(0);
        const file = `${generated}${doc.entry.replaceAll('/', '-')}-${doc.name}-${example.index}.ts`;
        writeFileSync(file, text);
        const mod = (await import(/* @vite-ignore */ file)) as { run: () => Promise<void> };
        await mod.run();
      });
    }
  }
});
