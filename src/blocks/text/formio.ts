/**
 * A one-line text: Form.io's textfield.
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const textFormio: FormioExport = (node, ctx) => formioField(node, ctx, 'textfield');
