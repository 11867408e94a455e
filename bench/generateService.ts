/**
 * Realistic large services for benchmarks: N input fields spread over steps of
 * 25 nodes, with a section and a repeatable group every few steps, using the
 * registry's own default props so the numbers reflect real documents.
 */
import { createBlankService } from '../src/model/factory';
import type { FlowNode, ServiceDefinition } from '../src/model/types';
import { defaultRegistry } from '../src/blocks/registry';

const FIELD_TYPES = ['text', 'textarea', 'number', 'money', 'date', 'email', 'phone', 'choice', 'multi_choice', 'yes_no', 'codice_fiscale', 'iban'];

export function generateService(fieldCount: number): ServiceDefinition {
  const def = createBlankService(`Servizio di prova con ${fieldCount} campi`, new Date('2026-11-26T09:00:00Z'));
  let n = 0;
  const node = (type: string, children?: FlowNode[]): FlowNode => {
    n += 1;
    const block = defaultRegistry.get(type);
    const props = { ...(block?.defaultProps() ?? {}), label: `Campo ${n} (${block?.label.it ?? type})` };
    return { id: `n${n}`, type, key: `campo_${n}`, props, ...(children ? { children } : {}) };
  };
  const steps: ServiceDefinition['steps'] = [];
  let made = 0;
  for (let s = 0; made < fieldCount; s += 1) {
    const nodes: FlowNode[] = [];
    for (let i = 0; i < 25 && made < fieldCount; i += 1) {
      if (i === 10 && made + 3 <= fieldCount) {
        const container = s % 2 === 0 ? 'section' : 'repeatable_group';
        nodes.push(node(container, [node('text'), node('date'), node('codice_fiscale')]));
        made += 3;
        continue;
      }
      nodes.push(node(FIELD_TYPES[made % FIELD_TYPES.length]));
      made += 1;
    }
    steps.push({ id: `step${s}`, title: `Passo ${s + 1}`, nodes });
  }
  return { ...def, steps };
}
