import { fieldUi, messages } from '../shared/field';
import { formatNumber } from '../shared/messages';
import { helpProp, labelOf, labelProp, num, requiredProp } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema } from '../types';
import { acceptAttribute, acceptedTypesProp, acceptPattern, dataUrlMaxLength, mimeName } from './mimeTypes';

export interface AttachmentProps extends BaseFieldProps {
  /** Accepted MIME types; empty or absent = any type. */
  accept?: string[];
  maxSizeMB?: number;
  multiple?: boolean;
  /** With `multiple`: how many files at most. */
  maxFiles?: number;
  /** Where the back office files the documents (technical). */
  storage?: 'protocol' | 'document_archive' | 'application_only';
  /** Scan uploads before they reach the back office (technical). */
  antivirus?: boolean;
}

export const attachmentBlock: BlockDefinition<AttachmentProps> = {
  type: 'attachment',
  label: { it: 'Allegato', en: 'Attachment' },
  description: { it: 'Caricamento di documenti o foto, con tipi e dimensione ammessi', en: 'Upload of documents or photos, with accepted types and size' },
  icon: 'M20.5 11.5 12 20a5 5 0 0 1-7-7l8.5-8.5a3.5 3.5 0 0 1 5 5L10 18a2 2 0 0 1-3-3l7.5-7.5',
  group: 'fields',
  defaultProps: () => ({
    label: 'Allegato',
    required: false,
    accept: ['application/pdf', 'image/jpeg'],
    maxSizeMB: 5,
    multiple: false,
    maxFiles: 3,
    storage: 'protocol',
    antivirus: true,
  }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      accept: acceptedTypesProp,
      maxSizeMB: { type: 'number', title: 'Dimensione massima per file (MB)', exclusiveMinimum: 0, maximum: 100 },
      multiple: { type: 'boolean', title: 'Più file' },
      maxFiles: { type: 'integer', title: 'Numero massimo di file', minimum: 1, maximum: 50 },
      storage: {
        type: 'string',
        title: 'Archiviazione',
        enum: ['protocol', 'document_archive', 'application_only'],
        'x-enumNames': ['Registro di protocollo', 'Archivio documentale', 'Solo nella pratica'],
      },
      antivirus: { type: 'boolean', title: 'Controllo antivirus' },
    },
  },
  technicalProps: ['storage', 'antivirus'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, attachmentBlock.label.it);
    const required = p.required === true;
    const accept = Array.isArray(p.accept) ? p.accept.filter((a): a is string => typeof a === 'string' && a !== '') : [];
    const maxMB = num(p.maxSizeMB);
    const fileMsgs: Record<string, string> = { required: m.required(label), format: m.file(label) };
    const file: JsonSchema = { type: 'string', format: 'data-url', title: label, 'x-messages': fileMsgs };
    if (accept.length) {
      file.pattern = acceptPattern(accept);
      fileMsgs.pattern = m.fileType(label, accept.map(mimeName).join(', '));
    }
    if (maxMB !== undefined && maxMB > 0) {
      file.maxLength = dataUrlMaxLength(maxMB);
      fileMsgs.maxLength = m.fileSize(label, formatNumber(maxMB, ctx.language));
    }
    const ui = fieldUi(p, accept.length ? { 'ui:options': { accept: acceptAttribute(accept) } } : undefined);
    if (p.storage) file['x-storage'] = p.storage;
    if (p.antivirus === true) file['x-antivirus'] = true;
    if (p.multiple !== true) return { schema: file, uiSchema: ui, required };

    const listMsgs: Record<string, string> = { required: m.required(label) };
    const list: JsonSchema = { type: 'array', title: label, items: file, 'x-messages': listMsgs };
    if (required) {
      list.minItems = 1;
      listMsgs.minItems = m.minFiles(label, 1);
    }
    const maxFiles = num(p.maxFiles);
    if (maxFiles !== undefined) {
      list.maxItems = maxFiles;
      listMsgs.maxItems = m.maxFiles(label, maxFiles);
    }
    return { schema: list, uiSchema: ui, required };
  },
  summary(node) {
    const p = node.props;
    const parts: string[] = [];
    const accept = Array.isArray(p.accept) ? p.accept.filter((a) => typeof a === 'string') : [];
    parts.push(accept.length ? accept.map(mimeName).join(', ') : 'qualsiasi tipo');
    const mb = num(p.maxSizeMB);
    if (mb) parts.push(`max ${formatNumber(mb, 'it')} MB`);
    if (p.multiple === true) parts.push(num(p.maxFiles) ? `fino a ${p.maxFiles} file` : 'più file');
    return parts.join(' · ');
  },
};
