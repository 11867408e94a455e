/** Test fixture: a service holding one node of every built-in type (default props), and a data grid whose row field depends on another. */
import { createNode, defaultRegistry } from '../../../blocks/registry';
import { createBlankService } from '../../../model/factory';
import type { FlowNode } from '../../../model/types';

export function serviceWithEveryType() {
  const def = createBlankService('Servizio di prova con ogni tipo');
  const taken = new Set<string>();
  const nodes: FlowNode[] = defaultRegistry.all().map((block) => {
    const node = createNode(defaultRegistry, block.type, taken);
    taken.add(node.key);
    return node;
  });
  const group = nodes.find((n) => n.type === 'repeatable_group')!;
  const member = createNode(defaultRegistry, 'text', taken, () => 'membro-nome');
  const relation = createNode(defaultRegistry, 'choice', taken, () => 'membro-relazione');
  member.key = 'nome_membro';
  relation.key = 'relazione';
  // A row's field shown by another field of the same row.
  member.visibleIf = { '==': [{ var: 'relazione' }, (relation.props.options as Array<{ value: string }>)[0].value] };
  group.children = [relation, member];
  def.steps[0].nodes = nodes;
  return { def, nodes };
}

