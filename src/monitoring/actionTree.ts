import type { Action, ActionPlan } from '../plan/schemas/actionPlan.js';

/**
 * The levels of a plan's tree, from the whole plan down to an action.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { TREE_LEVELS } from 'plan-servicii-sociale/monitoring';
 * TREE_LEVELS; //=> ['plan', 'component', 'generalObjective', 'specificObjective', 'measure', 'action']
 * ```
 */
export const TREE_LEVELS = ['plan', 'component', 'generalObjective', 'specificObjective', 'measure', 'action'] as const;

/**
 * One of {@link TREE_LEVELS}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { TreeLevel } from 'plan-servicii-sociale/monitoring';
 * const l: TreeLevel = 'specificObjective';
 * l; //=> 'specificObjective'
 * ```
 */
export type TreeLevel = (typeof TREE_LEVELS)[number];

/**
 * A node of the tree {@link rollupStatuses} counts over: its `key`, its level, the number and
 * title as printed, and its children. Actions are the leaves; an action node also carries its
 * `action` (deadline, responsible units...). Build it from a plan with {@link actionTree}, or
 * by hand for any other hierarchy.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusTreeNode } from 'plan-servicii-sociale/monitoring';
 * const n: StatusTreeNode = { key: 'c1.g1.s1', level: 'specificObjective', id: 'O.S.1.1', title: 'Servicii funcționale', children: [] };
 * n.level; //=> 'specificObjective'
 * ```
 */
export interface StatusTreeNode {
  /** Position key: "c1.g1.s1.m1.a1" (1-based positions), "" for the plan. */
  readonly key: string;
  /** Level in the tree. */
  readonly level: TreeLevel;
  /** Number as printed ("O.S.1.1", "1.1.1."). */
  readonly id?: string;
  /** Title as printed. */
  readonly title: string;
  /** Children, in printed order. */
  readonly children: readonly StatusTreeNode[];
  /** The action, on action nodes. */
  readonly action?: Action;
}

type Loose<T> = { readonly [K in keyof T]?: unknown };

function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function node(key: string, level: TreeLevel, source: unknown, children: StatusTreeNode[]): StatusTreeNode {
  const o = (typeof source === 'object' && source !== null ? source : {}) as Loose<{ id: string; title: string }>;
  const id = str(o.id);
  return { key, level, ...(id !== undefined ? { id } : {}), title: str(o.title) ?? '', children };
}

function join(prefix: string, seg: string): string {
  return prefix ? `${prefix}.${seg}` : seg;
}

function actions(list: unknown, prefix: string): StatusTreeNode[] {
  return arr(list).map((a, i) => ({ ...node(join(prefix, `a${i + 1}`), 'action', a, []), action: a as Action }));
}

function generalObjectives(list: unknown, prefix: string): StatusTreeNode[] {
  return arr(list).map((g, i) => {
    const gk = join(prefix, `g${i + 1}`);
    const go = (g ?? {}) as Loose<{ specificObjectives: unknown; actions: unknown }>;
    const specific = arr(go.specificObjectives).map((s, j) => {
      const sk = `${gk}.s${j + 1}`;
      const so = (s ?? {}) as Loose<{ measures: unknown; actions: unknown }>;
      const measures = arr(so.measures).map((m, k) => {
        const mk = `${sk}.m${k + 1}`;
        return node(mk, 'measure', m, actions((m as Loose<{ actions: unknown }> | null)?.actions, mk));
      });
      return node(sk, 'specificObjective', s, [...measures, ...actions(so.actions, sk)]);
    });
    return node(gk, 'generalObjective', g, [...specific, ...actions(go.actions, gk)]);
  });
}

/**
 * The tree of a plan's action plan (*planul de acțiune*): plan → components → general objectives
 * → specific objectives → measures → actions, each node keyed by its position: `c1` is the first
 * component, `c1.g2` its second general objective, `c1.g2.s1.m3.a2` the second action of the third
 * measure of its first specific objective. A plan without components starts at `g1`; actions
 * directly under an objective come after its measures (`…s1.a1`). Keys stay the same as long as
 * the plan is not reordered, so status records can name actions by them.
 *
 * Never throws: parts that are not lists are skipped, so a partly valid plan gives a partial tree.
 *
 * @param plan - A plan (or anything with an `actionPlan`).
 * @category Monitoring
 * @example
 * ```ts
 * import { actionTree } from 'plan-servicii-sociale/monitoring';
 * const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'Servicii', specificObjectives: [{ id: '1', title: 'Nevoi', actions: [{ title: 'Identificarea nevoilor', deadline: 'Permanent' }] }] }] } });
 * tree.children[0]?.children[0]?.children[0]?.key; //=> 'g1.s1.a1'
 * ```
 */
export function actionTree(plan: { readonly actionPlan?: ActionPlan | undefined }): StatusTreeNode {
  const ap = ((plan as { actionPlan?: unknown } | null)?.actionPlan ?? {}) as Loose<ActionPlan>;
  const components = arr(ap.components).map((c, i) => node(`c${i + 1}`, 'component', c, generalObjectives((c as Loose<{ generalObjectives: unknown }> | null)?.generalObjectives, `c${i + 1}`)));
  return { key: '', level: 'plan', title: str(ap.title) ?? '', children: [...components, ...generalObjectives(ap.generalObjectives, '')] };
}
