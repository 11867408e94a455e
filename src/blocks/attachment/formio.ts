/**
 * A file upload: Form.io's file component (base64 storage, so the export needs no
 * server), with the accepted types and the size limit.
 */
import { formioFile, type FormioExport } from '../shared/formio';

export const attachmentFormio: FormioExport = (node, ctx) => {
  const p = node.props;
  const compiled = ctx.compiled(node);
  const schema = compiled.schema ?? {};
  const extra: Record<string, unknown> = { multiple: p.multiple === true };
  const accept = Array.isArray(p.accept) ? p.accept.filter((a): a is string => typeof a === 'string' && a !== '') : [];
  if (accept.length) extra.filePattern = accept.join(',');
  if (typeof p.maxSizeMB === 'number' && p.maxSizeMB > 0) extra.fileMaxSize = `${p.maxSizeMB}MB`;
  const title = typeof schema.title === 'string' ? schema.title : node.key;
  return formioFile(node.key, { ...schema, title }, compiled.uiSchema, compiled.required, extra);
};
