import type { JsonSchema } from '../../../blocks/types';

/** What every generated inspector control receives. */
export interface FieldProps {
  /** DOM id of the control (labels point at it). */
  id: string;
  /** Dotted path of the prop inside `props` (e.g. `validation.minLength`); names the typing group. */
  path: string;
  /** Human label (the schema title). */
  label: string;
  schema: JsonSchema;
  value: unknown;
  required: boolean;
  readOnly: boolean;
  /** New value; `typing` is true for keystrokes, which coalesce into one undo step. */
  onChange(value: unknown, typing: boolean): void;
  /** The user left the control: close the typing group. */
  onCommit(): void;
  /**
   * Changes several props of the same object at once (a ready-made format sets
   * both `pattern` and `patternName`). Absent where there are no siblings.
   */
  onPatchSiblings?(patch: Record<string, unknown>, typing: boolean): void;
  /**
   * The other props of the same object, read-only: for controls whose choices
   * come from a sibling (a ranking's tie-breaker names one of its criteria).
   */
  siblings?: Readonly<Record<string, unknown>>;
  /** Whether the current user may type a free regular expression (technical staff). */
  canEditRaw?: boolean;
}
