/**
 * An amount in euros: Form.io's currency component in EUR (cents kept).
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const moneyFormio: FormioExport = (node, ctx) => formioField(node, ctx, 'currency', { currency: 'EUR', delimiter: true });
