/**
 * Lint of every rule in a service definition: requirements, the visibility of
 * steps and nodes, and (through `extraRules`) rules held in the props of
 * pattern blocks, which the block registry will point out.
 */
import type { FlowNode, JsonLogicRule, ServiceDefinition } from '../model/types';
import { lintRule, type FieldMap, type LintIssue } from './lint';

/** A rule found somewhere in a definition, with its JSON pointer. */
export interface LocatedRule {
  path: string;
  rule: JsonLogicRule;
  /** List fields whose item fields the rule may name directly (see `LintOptions.scopes`). */
  scopes?: readonly string[];
}

/**
 * Extension point for rules outside requirements and visibility: the registry
 * marks which props of a pattern block hold rules (ranking criteria, benefit
 * amounts, fees) and returns them with their pointers, e.g.
 * `/steps/1/nodes/0/props/criteria/2/points`.
 */
export type ExtraRules = (definition: ServiceDefinition) => readonly LocatedRule[];

/**
 * Every rule of the definition with its pointer: `/requirements/i/rule`,
 * `/steps/i/visibleIf`, `/steps/i/nodes/j/visibleIf` (and `/children/k/…` for
 * nested nodes), then those of `extraRules`. A node inside a repeatable group
 * gets the group as scope, so its visibility may name sibling item fields.
 */
export function collectRules(definition: ServiceDefinition, fields: FieldMap, extraRules?: ExtraRules): LocatedRule[] {
  const found: LocatedRule[] = [];
  definition.requirements.forEach((requirement, i) => found.push({ path: `/requirements/${i}/rule`, rule: requirement.rule }));

  const visitNodes = (nodes: readonly FlowNode[], base: string, ancestors: string[], scopes: readonly string[]): void => {
    nodes.forEach((node, j) => {
      const path = `${base}/${j}`;
      if (node.visibleIf !== undefined) found.push({ path: `${path}/visibleIf`, rule: node.visibleIf, scopes });
      if (!node.children?.length) return;
      // Answers nest under container keys; a container that is a list field opens an item scope.
      const nested = [...ancestors, node.key];
      const listKey = [nested.join('.'), node.key].find((key) => fields.get(key)?.kind === 'list');
      visitNodes(node.children, `${path}/children`, nested, listKey ? [...scopes, listKey] : scopes);
    });
  };
  definition.steps.forEach((step, i) => {
    if (step.visibleIf !== undefined) found.push({ path: `/steps/${i}/visibleIf`, rule: step.visibleIf });
    visitNodes(step.nodes, `/steps/${i}/nodes`, [], []);
  });

  if (extraRules) found.push(...extraRules(definition));
  return found;
}

/** Lints every rule of a definition (see `collectRules`); issues carry pointers into the definition. */
export function lintDefinitionRules(definition: ServiceDefinition, fields: FieldMap, extraRules?: ExtraRules): LintIssue[] {
  return collectRules(definition, fields, extraRules).flatMap(({ path, rule, scopes }) =>
    lintRule(rule, fields, path, { scopes }),
  );
}
