/**
 * The engine's computed-value providers for the pattern blocks of a service:
 * one per node whose type has a `compute()` in the registry. This is where
 * the registry meets the registry-free engine; the result of each lands in
 * `FlowState.computed` under the node's key.
 */
import type { BlockRegistry } from '../../../blocks/registry';
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import { valueAt, type ComputedProvider } from '../../../runtime/engine';

/** Labels of the answer fields by key, so formulas read in words ("numero di Componenti"). */
function labelsOf(def: ServiceDefinition): (key: string) => string | undefined {
  const labels = new Map<string, string>();
  const visit = (nodes: readonly FlowNode[]) =>
    nodes.forEach((n) => {
      if (typeof n.props.label === 'string') labels.set(n.key, n.props.label);
      if (n.children) visit(n.children);
    });
  def.steps.forEach((s) => visit(s.nodes));
  return (key) => labels.get(key);
}

export function registryComputed(def: ServiceDefinition, registry: BlockRegistry): ComputedProvider[] {
  const providers: ComputedProvider[] = [];
  const labels = labelsOf(def);
  // `path`: where the node's own answer sits (dotted), or null inside a repeatable group's items.
  const visit = (nodes: readonly FlowNode[], prefix: string | null) => {
    for (const node of nodes) {
      const block = registry.get(node.type);
      const path = prefix === null ? null : prefix ? `${prefix}.${node.key}` : node.key;
      if (block?.compute) {
        const compute = block.compute;
        providers.push({
          key: node.key,
          compute: ({ data, now, evaluate }) =>
            compute(node, data, {
              now,
              evaluate: (rule, d) => {
                const outcome = evaluate(rule, d, now);
                return outcome.ok ? outcome.value : null;
              },
              labels,
              ...(path && path.includes('.') ? { self: valueAt(data, path) } : {}),
            }),
        });
      }
      // Items of a list have no single answer path; sections nest by key.
      if (node.children) visit(node.children, path);
    }
  };
  def.steps.forEach((s) => visit(s.nodes, ''));
  return providers;
}
