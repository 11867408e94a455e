/**
 * Text to read: a Form.io content block (markdown rendered safely).
 */
import { formioContent } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const infoTextFormio: FormioExport = (node) =>
  formioContent(node.key, typeof node.props.content === 'string' ? node.props.content : '', { label: node.key });
