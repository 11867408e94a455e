import { fieldUi, messages } from '../shared/field';
import { helpProp, integrationKeyProp, labelOf, labelProp, placeholderProp, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition } from '../types';
import { ibanFormats } from './ibanFormats';

export interface IbanProps extends BaseFieldProps {
  placeholder?: string;
  /** Accept only Italian accounts (IT…), as most municipal payments require. */
  italianOnly?: boolean;
  integrationKey?: string;
}

export const ibanBlock: BlockDefinition<IbanProps> = {
  type: 'iban',
  label: { it: 'IBAN', en: 'IBAN' },
  description: { it: 'Coordinate del conto per ricevere un pagamento', en: 'Bank account to receive a payment' },
  icon: 'M3 10l9-6 9 6M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20h18',
  group: 'personal',
  defaultProps: () => ({ label: 'IBAN', required: true, italianOnly: true, placeholder: 'IT60X0542811101000000123456' }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      placeholder: placeholderProp,
      italianOnly: { type: 'boolean', title: 'Solo conti italiani', description: 'L’IBAN deve iniziare con IT' },
      integrationKey: integrationKeyProp,
    },
  },
  technicalProps: ['integrationKey'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, ibanBlock.label.it);
    const italian = p.italianOnly !== false;
    return {
      schema: {
        type: 'string',
        format: italian ? 'iban-it' : 'iban',
        title: label,
        'x-messages': { required: m.required(label), format: italian ? m.ibanIt(label) : m.iban(label) },
      },
      uiSchema: fieldUi(p, { 'ui:autocomplete': 'off' }),
      required: p.required === true,
    };
  },
  summary: (node) => (node.props.italianOnly === false ? 'anche conti esteri' : 'solo conti italiani'),
  formats: ibanFormats,
};
