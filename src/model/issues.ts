/**
 * Problems found while loading or checking a service definition.
 *
 * Every problem names where it is with a JSON Pointer (RFC 6901) into the
 * document, e.g. `/steps/0/nodes/2/key`, so that the editor can select the
 * offending element and a file's author can find it; `""` is the whole file.
 */

/** One problem (error or warning): where, and what in plain Italian. */
export interface Issue {
  /** JSON Pointer to the offending value; for a missing property, the property's would-be path. */
  path: string;
  /** Italian sentence for an official, naming the field. */
  message: string;
}

/** Escapes one property name for use as a JSON Pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends a property name or index to a JSON Pointer. */
export function childPath(path: string, segment: string | number): string {
  return `${path}/${typeof segment === 'number' ? segment : escapePointerSegment(segment)}`;
}

/** Splits a JSON Pointer into its unescaped segments (`""` → `[]`). */
export function pointerSegments(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
