/**
 * Several lines of text: Form.io's textarea, as tall as on our page.
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const textareaFormio: FormioExport = (node, ctx) =>
  formioField(node, ctx, 'textarea', { rows: typeof node.props.rows === 'number' ? node.props.rows : 4, autoExpand: false });
