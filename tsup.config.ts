import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first (a second configuration, the command line, is coming).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'plan/index': 'src/plan/index.ts',
      'nomenclature/index': 'src/nomenclature/index.ts',
      'money/index': 'src/money/index.ts',
      'cost-standards/index': 'src/cost-standards/index.ts',
      'budget/index': 'src/budget/index.ts',
      'monitoring/index': 'src/monitoring/index.ts',
      'render/index': 'src/render/index.ts',
      'render/docx/index': 'src/render/docx/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    external: ['zod', 'docx'],
  },
]);
