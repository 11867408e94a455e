import { helpProp, integrationKeyProp, labelOf, labelProp, requiredProp, str } from '../shared/props';
import type { BaseFieldProps, BlockDefinition } from '../types';
import { addressSchema } from './addressSchema';

export interface AddressProps extends BaseFieldProps {
  /** Prefilled municipality, e.g. the Comune's own name for residents-only services. */
  defaultMunicipality?: string;
  defaultProvince?: string;
  integrationKey?: string;
}

export const addressBlock: BlockDefinition<AddressProps> = {
  type: 'address',
  label: { it: 'Indirizzo', en: 'Address' },
  description: { it: 'Via, numero civico, CAP, comune e provincia', en: 'Street, number, postcode, municipality and province' },
  icon: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12zM12 6.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
  group: 'personal',
  defaultProps: () => ({ label: 'Indirizzo', required: true }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      defaultMunicipality: { type: 'string', title: 'Comune predefinito', maxLength: 100 },
      defaultProvince: { type: 'string', title: 'Provincia predefinita', pattern: '^([A-Za-z]{2})?$' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const required = p.required === true;
    const { schema, uiSchema } = addressSchema(labelOf(p, addressBlock.label.it), required, ctx, {
      municipality: str(p.defaultMunicipality),
      province: str(p.defaultProvince),
    });
    const help = str(p.help);
    if (help) uiSchema['ui:description'] = help;
    return { schema, uiSchema, required };
  },
  summary: (node) => (str(node.props.defaultMunicipality) ? `comune predefinito: ${node.props.defaultMunicipality}` : ''),
};
