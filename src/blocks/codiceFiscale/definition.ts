import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, placeholderProp, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, CompileContext, JsonSchema } from '../types';
import { codiceFiscaleFormats } from './checkCodiceFiscale';

export interface CodiceFiscaleProps extends BaseFieldProps {
  placeholder?: string;
  /** Verify the code against the national registry ANPR (technical). */
  anprCheck?: boolean;
  integrationKey?: string;
}

/** Schema of a codice fiscale answer; reused by the applicant and household members. */
export function codiceFiscaleSchema(label: string, ctx: CompileContext): JsonSchema {
  const m = messages(ctx);
  return {
    type: 'string',
    format: 'codice-fiscale',
    title: label,
    'x-messages': { required: m.required(label), format: m.codiceFiscale(label) },
  };
}

export const codiceFiscaleBlock: BlockDefinition<CodiceFiscaleProps> = {
  type: 'codice_fiscale',
  label: { it: 'Codice fiscale', en: 'Tax code' },
  description: { it: 'Codice fiscale di una persona, con controllo del carattere finale', en: 'Personal tax code, with check-character validation' },
  icon: 'M3 5h18v14H3zM6.5 9.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M5.5 15c.5-1.3 1.3-2 2.5-2s2 .7 2.5 2M13 10h5M13 14h4',
  group: 'personal',
  defaultProps: () => ({ label: 'Codice fiscale', required: true, placeholder: 'RSSMRA85T10A562S', anprCheck: false }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      placeholder: placeholderProp,
      anprCheck: { type: 'boolean', title: 'Verifica su ANPR', description: 'Controlla il codice sull’Anagrafe nazionale (riservato al personale tecnico)' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['anprCheck', 'integrationKey'],
  compile(node, ctx) {
    const schema = codiceFiscaleSchema(labelOf(node.props, codiceFiscaleBlock.label.it), ctx);
    if (node.props.anprCheck === true) schema['x-anpr-check'] = true;
    return {
      schema,
      uiSchema: fieldUi(node.props, { 'ui:autocomplete': 'off', 'ui:options': { autocapitalize: 'characters' } }),
      required: node.props.required === true,
    };
  },
  summary: (node) => (node.props.anprCheck === true ? 'verificato su ANPR' : ''),
  formats: codiceFiscaleFormats,
};
