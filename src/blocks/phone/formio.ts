/**
 * A phone number: a text field of type tel, checked by pattern (Form.io's phoneNumber
 * component would impose a US mask).
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

/** Digits, spaces, dots, dashes and an optional leading +, 6 to 20 characters. */
export const PHONE_PATTERN = '^\\+?[0-9 .\\-/()]{6,20}$';

export const phoneFormio: FormioExport = (node, ctx) => formioField(node, ctx, 'textfield', { inputType: 'tel', pattern: PHONE_PATTERN });
