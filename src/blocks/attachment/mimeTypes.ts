/**
 * File types citizens commonly attach to municipal requests, with the short
 * name officials and citizens recognise and the extensions used to accept a
 * file whose type the browser does not know (e.g. a signed .p7m).
 */
import type { JsonSchema } from '../types';

export interface MimeType {
  mime: string;
  name: string;
  extensions: readonly string[];
}

export const MIME_TYPES: readonly MimeType[] = [
  { mime: 'application/pdf', name: 'PDF', extensions: ['pdf'] },
  { mime: 'image/jpeg', name: 'JPG', extensions: ['jpg', 'jpeg'] },
  { mime: 'image/png', name: 'PNG', extensions: ['png'] },
  { mime: 'image/tiff', name: 'TIFF', extensions: ['tif', 'tiff'] },
  { mime: 'application/pkcs7-mime', name: 'P7M (firmato digitalmente)', extensions: ['p7m'] },
  { mime: 'application/vnd.oasis.opendocument.text', name: 'ODT', extensions: ['odt'] },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'DOCX', extensions: ['docx'] },
  { mime: 'application/msword', name: 'DOC', extensions: ['doc'] },
  { mime: 'application/vnd.oasis.opendocument.spreadsheet', name: 'ODS', extensions: ['ods'] },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: 'XLSX', extensions: ['xlsx'] },
];

const byMime = new Map(MIME_TYPES.map((t) => [t.mime, t]));

/** "PDF", "JPG"; unknown types show their subtype ("image/webp" → "WEBP"). */
export function mimeName(mime: string): string {
  const known = byMime.get(mime);
  if (known) return known.name.split(' ')[0];
  const sub = mime.split('/')[1] ?? mime;
  return sub.toUpperCase();
}

/** Escapes only syntax characters: Ajv compiles patterns with the "u" flag, where "\\-" is an error. */
function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "pdf" → "[pP][dD][fF]": JSON Schema patterns carry no flags. */
function caseless(s: string): string {
  return [...s].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : escapeRegex(c))).join('');
}

/**
 * A pattern on rjsf's data-url ("data:<mime>;name=<file>;base64,…") that
 * accepts the given types by MIME type or, when the browser sent none, by the
 * file name's extension.
 */
export function acceptPattern(mimes: readonly string[]): string {
  const types = mimes.map(escapeRegex).join('|');
  const exts = mimes.flatMap((m) => byMime.get(m)?.extensions ?? []).map(caseless);
  const byExt = exts.length ? `|[^;,]*;name=[^;,]*\\.(?:${exts.join('|')});` : '';
  return `^data:(?:(?:${types});${byExt})`;
}

/** The `accept` attribute of the file input: MIME types and extensions. */
export function acceptAttribute(mimes: readonly string[]): string {
  const exts = mimes.flatMap((m) => byMime.get(m)?.extensions ?? []).map((e) => `.${e}`);
  return [...mimes, ...exts].join(',');
}

/**
 * Longest data-url a file of `mb` megabytes can produce: base64 grows by 4/3,
 * plus room for the "data:<mime>;name=<file>;base64," header.
 */
export function dataUrlMaxLength(mb: number): number {
  const bytes = Math.ceil(mb * 1024 * 1024);
  return Math.ceil(bytes / 3) * 4 + 1024;
}

/**
 * The inspector property "Tipi di file ammessi" (the mime-types checkboxes,
 * with the common types suggested), shared by the attachment field and the
 * permit's required documents.
 */
export const acceptedTypesProp: JsonSchema = {
  type: 'array',
  title: 'Tipi di file ammessi',
  description: 'Nessun tipo selezionato: qualsiasi file',
  uniqueItems: true,
  'x-widget': 'mime-types',
  items: { type: 'string', maxLength: 200, 'x-suggestions': MIME_TYPES.map((t) => t.mime) },
};
