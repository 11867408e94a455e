/**
 * Coalesce keys shared by the inspector, the card editor and the test
 * harness, so that "typing into one input" means the same thing everywhere.
 */

/** Typing into one prop of one node, e.g. `props:n-nome:label`. */
export const propsCoalesceKey = (nodeId: string, prop: string): string => `props:${nodeId}:${prop}`;

/** Typing into one field of the service card, e.g. `card:how_to_do`. */
export const cardCoalesceKey = (field: string): string => `card:${field}`;

/** Typing a step title. */
export const stepTitleCoalesceKey = (stepId: string): string => `step:${stepId}:title`;
