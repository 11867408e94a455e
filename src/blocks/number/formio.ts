/**
 * A number: Form.io's number, whole numbers without decimals, the unit as suffix.
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const numberFormio: FormioExport = (node, ctx) => {
  const extra: Record<string, unknown> = {};
  if (node.props.integer === true) Object.assign(extra, { decimalLimit: 0, requireDecimal: false });
  if (typeof node.props.unit === 'string' && node.props.unit) extra.suffix = node.props.unit;
  return formioField(node, ctx, 'number', extra);
};
