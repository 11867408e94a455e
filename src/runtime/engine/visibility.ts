/**
 * Which steps and nodes the citizen sees, from their `visibleIf` rules.
 *
 * A rule is evaluated over all the answers (sections nest their children's
 * answers, so rules name them by dotted path). A node is hidden when its
 * own rule is false or cannot be evaluated, when an ancestor is hidden, or
 * when its step is hidden.
 *
 * Inside a repeatable group a rule may name the item's own fields directly
 * (`{"var": "relazione"}`, as `src/rules` lint allows). One compiled schema
 * serves every item, so a child is shown when its rule holds for at least
 * one item (item fields read over all the answers); with no items yet, over
 * the answers alone.
 */
import type { FlowNode, ServiceDefinition } from '../../model/types';
import { isTruthy } from './truthy';
import type { FlowAnswers, FlowEvaluator, RuleProblem } from './types';

export interface Visibility {
  visibleSteps: string[];
  visibleNodeIds: Record<string, string[]>;
  hiddenNodeIds: Set<string>;
  problems: RuleProblem[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every node id of a subtree, itself included. */
function addSubtree(node: FlowNode, into: Set<string>): void {
  into.add(node.id);
  node.children?.forEach((child) => addSubtree(child, into));
}

/**
 * Visibility of every step and node of `def` over `data` (answers and
 * computed values) at `now`.
 */
export function computeVisibility(
  def: ServiceDefinition,
  data: FlowAnswers,
  now: Date,
  evaluate: FlowEvaluator,
): Visibility {
  const visibleSteps: string[] = [];
  const visibleNodeIds: Record<string, string[]> = {};
  const hiddenNodeIds = new Set<string>();
  const problems: RuleProblem[] = [];

  const holds = (rule: Parameters<FlowEvaluator>[0], context: FlowAnswers, where: string): boolean => {
    const outcome = evaluate(rule, context, now);
    if (!outcome.ok) {
      if (!problems.some((p) => p.where === where)) problems.push({ where, error: outcome.error });
      return false;
    }
    return isTruthy(outcome.value);
  };

  /**
   * `contexts`: the data each rule at this level is evaluated over (one per
   * item inside repeatable groups); `values`: the answer objects holding this
   * level's answers, used to descend into containers.
   */
  const walk = (nodes: readonly FlowNode[], contexts: FlowAnswers[], values: unknown[], visible: string[]): void => {
    for (const node of nodes) {
      const shown =
        node.visibleIf === undefined || contexts.some((context) => holds(node.visibleIf!, context, `node:${node.id}`));
      if (!shown) {
        addSubtree(node, hiddenNodeIds);
        continue;
      }
      visible.push(node.id);
      if (!node.children?.length) continue;
      const inner = values.map((value) => (isPlainObject(value) ? value[node.key] : undefined));
      if (!inner.some(Array.isArray)) {
        walk(node.children, contexts, inner, visible);
        continue;
      }
      // A repeatable group: one context per item, item fields over the answers.
      const itemContexts: FlowAnswers[] = [];
      const items: unknown[] = [];
      inner.forEach((list, i) => {
        if (!Array.isArray(list)) return;
        for (const item of list) {
          if (!isPlainObject(item)) continue;
          itemContexts.push({ ...(contexts[i] ?? contexts[0]), ...item });
          items.push(item);
        }
      });
      walk(node.children, itemContexts.length ? itemContexts : contexts, items, visible);
    }
  };

  for (const step of def.steps) {
    const shown = step.visibleIf === undefined || holds(step.visibleIf, data, `step:${step.id}`);
    if (!shown) {
      visibleNodeIds[step.id] = [];
      step.nodes.forEach((node) => addSubtree(node, hiddenNodeIds));
      continue;
    }
    visibleSteps.push(step.id);
    const visible: string[] = [];
    walk(step.nodes, [data], [data], visible);
    visibleNodeIds[step.id] = visible;
  }
  return { visibleSteps, visibleNodeIds, hiddenNodeIds, problems };
}
