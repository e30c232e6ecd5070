import { readFileSync } from 'node:fs';

/** The smallest valid plan. */
export const minimalPlan = () => ({
  meta: {
    authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle', county: 'Teleorman' },
    year: 2024,
  },
});

/** Reads one of the example plans shipped in examples/plans/. */
export function examplePlan(name: 'videle-2024' | 'campia-turzii-2020' | 'targu-frumos-2019'): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/plans/${name}.json`, import.meta.url), 'utf8'));
}

export const EXAMPLES = ['videle-2024', 'campia-turzii-2020', 'targu-frumos-2019'] as const;

/** Deep copy through JSON (the input of a round trip). */
export const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
