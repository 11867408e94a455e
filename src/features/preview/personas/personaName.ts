/**
 * A persona's name as typed in the preview, made storable. A UI helper, not
 * an edit of the service (that is `savePersona` in `src/model/operations`):
 * kept here so that the editor's first load does not carry it.
 */
export function personaName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, 200);
}
