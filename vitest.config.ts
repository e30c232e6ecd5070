import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^plan-servicii-sociale\/plan$/, replacement: src('plan/index.ts') },
      { find: /^plan-servicii-sociale\/nomenclature$/, replacement: src('nomenclature/index.ts') },
      { find: /^plan-servicii-sociale\/money$/, replacement: src('money/index.ts') },
      { find: /^plan-servicii-sociale\/cost-standards$/, replacement: src('cost-standards/index.ts') },
      { find: /^plan-servicii-sociale\/budget$/, replacement: src('budget/index.ts') },
      { find: /^plan-servicii-sociale\/monitoring$/, replacement: src('monitoring/index.ts') },
      { find: /^plan-servicii-sociale\/render$/, replacement: src('render/index.ts') },
      { find: /^plan-servicii-sociale\/render\/docx$/, replacement: src('render/docx/index.ts') },
      { find: /^plan-servicii-sociale$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90 },
    },
  },
});
