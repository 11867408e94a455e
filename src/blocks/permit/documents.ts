/**
 * The permit's documents as compile() and compute() read them: defensively
 * (files may hold anything) and with a unique answer key each.
 */
import { slugKey } from '../slug';
import { num, str } from '../shared/props';
import { objectsOf } from '../shared/patterns';

/** A document ready to compile: sanitized, with its answer key. */
export interface PermitDocumentSpec {
  key: string;
  label: string;
  acceptedTypes: string[];
  maxSizeMb?: number;
  required: boolean;
}

/** Key of the read-only notice inside the permit's answer object. */
export const PERMIT_INFO_KEY = 'info';

const KEY = /^[a-z][a-z0-9_]*$/;

/**
 * The documents of a permit's props: entries without a label are skipped;
 * keys come from `key` when valid and free, else from the label, and never
 * clash with each other or with the notice.
 */
export function permitDocuments(value: unknown): PermitDocumentSpec[] {
  const taken = new Set<string>([PERMIT_INFO_KEY]);
  const out: PermitDocumentSpec[] = [];
  for (const doc of objectsOf(value)) {
    const label = str(doc.label)?.trim();
    if (!label) continue;
    const wanted = str(doc.key);
    const key = wanted && KEY.test(wanted) && !taken.has(wanted) ? wanted : slugKey(label, taken);
    taken.add(key);
    const types = Array.isArray(doc.acceptedTypes) ? doc.acceptedTypes.filter((t): t is string => typeof t === 'string' && t !== '') : [];
    const maxSizeMb = num(doc.maxSizeMb);
    out.push({ key, label, acceptedTypes: types, ...(maxSizeMb !== undefined ? { maxSizeMb } : {}), required: doc.required === true });
  }
  return out;
}
