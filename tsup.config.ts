import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'plan/index': 'src/plan/index.ts',
    'nomenclature/index': 'src/nomenclature/index.ts',
    'money/index': 'src/money/index.ts',
    'cost-standards/index': 'src/cost-standards/index.ts',
    'budget/index': 'src/budget/index.ts',
    'monitoring/index': 'src/monitoring/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  external: ['zod'],
});
