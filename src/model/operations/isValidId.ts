import { ID_PATTERN } from '../formatConstants';

const PATTERN = new RegExp(ID_PATTERN);

/** Whether `id` is one the format accepts (letters, digits, - and _; 1–64 characters). */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 64 && PATTERN.test(id);
}
