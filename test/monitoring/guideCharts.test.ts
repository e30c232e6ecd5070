import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideCharts } from '../../scripts/build-report-chart.js';

describe('the guide\'s charts', () => {
  it.each(Object.entries(guideCharts()))('docs/media/%s is up to date (npx tsx scripts/build-report-chart.ts)', (name, svg) => {
    expect(readFileSync(new URL(`../../docs/media/${name}`, import.meta.url), 'utf8')).toBe(svg);
  });
});
