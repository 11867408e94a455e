/**
 * Rules held in the props of pattern blocks (ranking points, benefit and fee
 * amounts), located in a service definition so that rule lint covers them:
 *
 *   lintDefinitionRules(def, fields, patternExtraRules(registry))
 *
 * Each block says where its rules are through `BlockDefinition.rules()`,
 * relative to the node; this module only adds the node's pointer. Nothing
 * here switches on a node type.
 */
import type { FlowNode, ServiceDefinition } from '../model/types';
import type { ExtraRules, LocatedRule } from '../rules/lintDefinition';
import type { BlockRegistry } from './registry';

/** The located rules of one node (none for unknown types or types without rules). */
function nodeRules(registry: BlockRegistry, node: FlowNode, pointer: string): LocatedRule[] {
  const block = registry.get(node.type);
  if (!block?.rules) return [];
  try {
    return block.rules(node).map((r) => ({ path: `${pointer}${r.path}`, rule: r.rule, ...(r.scopes ? { scopes: r.scopes } : {}) }));
  } catch {
    // A block must not throw on broken props; if one does, lint goes on without its rules.
    return [];
  }
}

/**
 * An `ExtraRules` for `src/rules`' `lintDefinitionRules`: every rule of every
 * pattern node, with absolute JSON pointers such as
 * `/steps/1/nodes/0/props/criteria/2/points` (nested nodes: `/children/k`).
 */
export function patternExtraRules(registry: BlockRegistry): ExtraRules {
  return (definition: ServiceDefinition) => {
    const found: LocatedRule[] = [];
    const visit = (nodes: readonly FlowNode[], base: string): void => {
      nodes.forEach((node, j) => {
        const pointer = `${base}/${j}`;
        found.push(...nodeRules(registry, node, pointer));
        if (node.children?.length) visit(node.children, `${pointer}/children`);
      });
    };
    definition.steps.forEach((step, i) => visit(step.nodes, `/steps/${i}/nodes`));
    return found;
  };
}
