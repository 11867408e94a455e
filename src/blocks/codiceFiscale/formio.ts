/**
 * A codice fiscale: text, upper case, checked by pattern (omocodia letters included;
 * the check character is verified by our own validator only).
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const CODICE_FISCALE_PATTERN = '^[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]$';

export const codiceFiscaleFormio: FormioExport = (node, ctx) =>
  formioField(node, ctx, 'textfield', { case: 'uppercase', pattern: CODICE_FISCALE_PATTERN });
