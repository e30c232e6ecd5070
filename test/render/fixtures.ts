import { readFileSync } from 'node:fs';
import { parsePlan } from '../../src/plan/parsePlan.js';

export const EXAMPLE_PLANS = ['videle-2024', 'targu-frumos-2019', 'campia-turzii-2020', 'bacau-2021'] as const;

/** An example plan file as JSON (its input form). */
export function examplePlan(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../examples/plans/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Text that would become markup, script, a link, a heading or new table cells if not escaped. */
export const PAYLOAD =
  ' <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=2"> \'><svg onload=window.__pwned=3> | x | y | [a](javascript:window.__pwned=4) **b** _c_ `d` &amp; &lt;b&gt;\n# title\n- item\n1. one\n---\n<!-- c --> ';

/**
 * `plan` with PAYLOAD appended to every string the plan keeps as written and still accepts
 * (names, titles, statements, descriptions, contacts, raw texts...): each string is tried, and kept
 * only when the plan stays valid.
 */
export function poisoned(plan: Record<string, unknown>): { plan: Record<string, unknown>; strings: number } {
  const copy = structuredClone(plan);
  let strings = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        if (typeof v === 'string') tryString(node as unknown as Record<number, unknown>, i);
        else walk(v);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string') tryString(node as Record<string, unknown>, k);
        else walk(v);
      }
    }
  };
  const tryString = (holder: Record<string | number, unknown>, key: string | number): void => {
    const before = holder[key] as string;
    holder[key] = `${before}${PAYLOAD}`;
    if (parsePlan(copy).ok) strings += 1;
    else holder[key] = before;
  };
  walk(copy);
  return { plan: copy, strings };
}
