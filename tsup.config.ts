import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first: the two configurations run at the same time, so neither cleans.
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
  // The command line: one ESM file with a shebang, the library bundled in; `docx` stays an optional
  // peer, loaded only by `render --to docx`.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod', 'docx'],
  },
]);
