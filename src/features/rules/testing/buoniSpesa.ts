/**
 * "Buoni spesa" as Pisa, Savona and Manfredonia ran similar services: the
 * fixture the rule-builder tests build their rules against. Keys match the
 * rules in src/rules/fixtures.ts (`isee.value`, `nucleo`, `residente`).
 */
import { createBlankService } from '../../../model/factory';
import type { FlowNode, ServiceDefinition } from '../../../model/types';

const node = (id: string, type: string, key: string, props: Record<string, unknown>, children?: FlowNode[]): FlowNode =>
  children ? { id, type, key, props, children } : { id, type, key, props };

export function buoniSpesa(): ServiceDefinition {
  let seq = 0;
  const def = createBlankService('Buoni spesa', new Date('2026-01-15T09:00:00Z'), () => `id-${++seq}`);
  def.steps = [
    {
      id: 'step-requisiti',
      title: 'Requisiti',
      nodes: [
        node('n-residente', 'yes_no', 'residente', { label: 'Residente nel Comune', required: true }),
        node('n-isee', 'isee', 'isee', { label: 'ISEE corrente', required: true, kind: 'corrente', askExpiry: true, askProtocol: false }),
        node('n-abitazione', 'choice', 'tipo_abitazione', {
          label: 'Tipo di abitazione',
          required: true,
          display: 'radio',
          options: [
            { value: 'affitto', label: 'In affitto' },
            { value: 'proprieta', label: 'Di proprietà' },
            { value: 'comodato', label: 'In comodato' },
          ],
        }),
        node('n-sostegni', 'multi_choice', 'sostegni', {
          label: 'Sostegni già ricevuti',
          options: [
            { value: 'adi', label: 'Assegno di inclusione' },
            { value: 'auu', label: 'Assegno unico' },
          ],
        }),
        node('n-richiesta', 'date', 'data_richiesta', { label: 'Data della richiesta', required: true, range: 'any' }),
      ],
    },
    {
      id: 'step-nucleo',
      title: 'Nucleo familiare',
      nodes: [
        node('n-nucleo', 'repeatable_group', 'nucleo', { label: 'Nucleo familiare', itemLabel: 'Componente', minItems: 1, maxItems: 12 }, [
          node('n-nome', 'text', 'nome', { label: 'Nome e cognome', required: true }),
          node('n-nascita', 'date', 'data_nascita', { label: 'Data di nascita', required: true, range: 'past' }),
        ]),
        node('n-reddito', 'money', 'reddito_mensile', { label: 'Reddito mensile del nucleo', required: false, minimum: 0 }),
        node('n-figli', 'number', 'figli_minori', { label: 'Figli minori', integer: true, minimum: 0 }),
      ],
    },
    {
      id: 'step-allegati',
      title: 'Allegati',
      nodes: [node('n-documento', 'attachment', 'documento', { label: 'Documento di identità', accept: ['application/pdf'], maxSizeMB: 5 })],
    },
  ];
  return def;
}

/** A household of `n` members, as the citizen flow stores it. */
export const household = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ nome: `Componente ${i + 1}`, data_nascita: '1980-01-01' }));
