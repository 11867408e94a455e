import { formattedTextBlock, type FormattedTextProps } from '../shared/formattedTextBlock';
import { phoneFormats } from './phoneFormat';

export type PhoneProps = FormattedTextProps;

export const phoneBlock = formattedTextBlock({
  type: 'phone',
  label: { it: 'Telefono', en: 'Phone' },
  description: { it: 'Un numero di telefono fisso o cellulare', en: 'A landline or mobile number' },
  icon: 'M7 3h10v18H7zM11 18h2',
  format: 'phone',
  maxLength: 30,
  placeholder: '333 123 4567',
  message: (m, label) => m.phone(label),
  ui: () => ({ 'ui:options': { inputType: 'tel' }, 'ui:autocomplete': 'tel' }),
  formats: phoneFormats,
});
