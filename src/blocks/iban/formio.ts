/**
 * An IBAN: text checked by pattern (Italian only when the official asked for it).
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const ITALIAN_IBAN_PATTERN = '^IT[0-9]{2}[A-Za-z][0-9]{10}[0-9A-Za-z]{12}$';
export const IBAN_PATTERN = '^[A-Za-z]{2}[0-9]{2}[0-9A-Za-z]{11,30}$';

export const ibanFormio: FormioExport = (node, ctx) =>
  formioField(node, ctx, 'textfield', { case: 'uppercase', pattern: node.props.italianOnly === false ? IBAN_PATTERN : ITALIAN_IBAN_PATTERN });
