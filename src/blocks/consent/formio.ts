/**
 * A consent: the privacy notice as text, then the checkbox that must be ticked.
 */
import { formioContent, formioField, type FormioExport } from '../shared/formio';

export const consentFormio: FormioExport = (node, ctx) => {
  const box = formioField(node, ctx, 'checkbox');
  const text = typeof node.props.privacyText === 'string' ? node.props.privacyText : '';
  // The notice is shown once, rendered, above the box: not again as the box's plain-text description.
  delete box.description;
  // The notice is read before ticking; the exporter takes the node's answer from the checkbox (the input).
  return text ? [formioContent(`${node.key}_informativa`, text), box] : box;
};
