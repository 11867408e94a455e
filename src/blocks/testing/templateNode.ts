/**
 * Test helper: a pattern node of a flagship template (`public/templates/`),
 * so that the blocks' tests compute over the real services' settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowNode, ServiceDefinition } from '../../model/types';

/** The template `file` as stored. */
export function template(file: string): ServiceDefinition {
  return JSON.parse(readFileSync(join(process.cwd(), 'public/templates', file), 'utf8')) as ServiceDefinition;
}

/**
 * The node with `key` in the template `file` (its props typed as the caller's
 * block takes them), the answers of its persona named `persona` (if given),
 * and the labels of the template's fields by key.
 */
export function templateNode<P = any>(
  file: string,
  key: string,
  persona?: string,
): { node: FlowNode & { props: P }; answers: Record<string, unknown>; labels: (k: string) => string | undefined } {
  const def = template(file);
  const all: FlowNode[] = [];
  const visit = (nodes: readonly FlowNode[]) => nodes.forEach((n) => (all.push(n), visit(n.children ?? [])));
  def.steps.forEach((s) => visit(s.nodes));
  const node = all.find((n) => n.key === key);
  if (!node) throw new Error(`Nessun nodo «${key}» in ${file}`);
  const answers = persona === undefined ? {} : def.personas.find((p) => p.name === persona)?.answers;
  if (!answers) throw new Error(`Nessuna persona «${persona}» in ${file}`);
  const labels = new Map(all.filter((n) => typeof n.props.label === 'string').map((n) => [n.key, n.props.label as string]));
  return { node: node as FlowNode & { props: P }, answers: structuredClone(answers), labels: (k) => labels.get(k) };
}
