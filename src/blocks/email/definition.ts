import { formattedTextBlock, type FormattedTextProps } from '../shared/formattedTextBlock';

export type EmailProps = FormattedTextProps;

export const emailBlock = formattedTextBlock({
  type: 'email',
  label: { it: 'Email', en: 'Email' },
  description: { it: 'Un indirizzo di posta elettronica (anche PEC)', en: 'An email address (certified email too)' },
  icon: 'M3 6h18v12H3zM3 6l9 7 9-7',
  format: 'email',
  // RFC 5321's limit on a whole address.
  maxLength: 254,
  placeholder: 'nome@esempio.it',
  message: (m, label) => m.email(label),
  ui: () => ({ 'ui:autocomplete': 'email' }),
});
