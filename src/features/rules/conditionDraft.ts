/**
 * What the condition builder edits: the rules layer's `ConditionGroup` plus
 * what is only on screen — row ids (stable React keys and focus targets) and
 * rows whose field is not chosen yet. Converting to the stored model drops
 * the unfinished parts, so a half-built row never reaches the service.
 */
import {
  OPERATORS,
  defaultConditionValue,
  isConditionGroup,
  isOperatorFor,
  operatorsFor,
  type ConditionGroup,
  type ConditionItem,
  type ConditionValue,
  type OperatorId,
  type ValueKind,
} from '../../rules';
import type { CatalogField } from './fieldCatalog';

export interface DraftCondition {
  id: string;
  /** '' until the official picks a field. */
  field: string;
  /** `null` until a field is picked. */
  operator: OperatorId | null;
  value: ConditionValue;
}

export interface DraftGroup {
  id: string;
  kind: 'all' | 'any';
  items: DraftItem[];
}

export type DraftItem = DraftCondition | DraftGroup;

export const isDraftGroup = (item: DraftItem): item is DraftGroup => 'items' in item;

let nextId = 0;
const newId = (): string => `rb${++nextId}`;

export const newCondition = (): DraftCondition => ({ id: newId(), field: '', operator: null, value: null });
export const newGroup = (kind: DraftGroup['kind'] = 'all', items: DraftItem[] = [newCondition()]): DraftGroup => ({ id: newId(), kind, items });

/** The draft of a stored condition group (every row complete). */
export function toDraft(group: ConditionGroup): DraftGroup {
  const item = (it: ConditionItem): DraftItem => (isConditionGroup(it) ? toDraft(it) : { id: newId(), ...it });
  return { id: newId(), kind: group.kind, items: group.items.map(item) };
}

/**
 * The stored model of a draft: rows without a field and groups left empty by
 * that are dropped (an empty "almeno una" would be false, an empty nested
 * "tutte" true — neither is what an unfinished row means).
 */
export function fromDraft(draft: DraftGroup): ConditionGroup {
  const items: ConditionItem[] = [];
  for (const item of draft.items) {
    if (isDraftGroup(item)) {
      const group = fromDraft(item);
      if (group.items.length > 0) items.push(group);
    } else if (item.field !== '' && item.operator !== null) {
      items.push({ field: item.field, operator: item.operator, value: item.value });
    }
  }
  return { kind: draft.kind, items };
}

/** A sensible first value: the first option of a choice rather than an empty text. */
function startValue(operator: OperatorId, field: CatalogField | undefined): ConditionValue {
  const kind = field?.kind;
  const first = field?.options?.[0]?.value;
  if (OPERATORS[operator].valueShape === 'single' && (kind === 'choice' || kind === 'multi_choice') && first !== undefined) return first;
  return defaultConditionValue(operator, kind);
}

/**
 * The row after picking another field: the operator stays when it still
 * applies, else the field kind's first one; the value stays only when the
 * kind and the operator are unchanged (16.500 means nothing for a date).
 */
export function withField(row: DraftCondition, path: string, field: CatalogField | undefined, previous: CatalogField | undefined): DraftCondition {
  if (path === '') return { ...row, field: '', operator: null, value: null };
  const kind: ValueKind | undefined = field?.kind;
  const keep = row.operator !== null && (!kind || isOperatorFor(row.operator, kind));
  const operator = keep && row.operator ? row.operator : kind ? operatorsFor(kind)[0].id : 'eq';
  const sameKind = previous?.kind === kind && previous?.options === field?.options;
  const value = sameKind && operator === row.operator ? row.value : startValue(operator, field);
  return { ...row, field: path, operator, value };
}

/** The row after picking another operator: the value is kept when its shape fits. */
export function withOperator(row: DraftCondition, operator: OperatorId, field: CatalogField | undefined): DraftCondition {
  const sameShape = row.operator !== null && OPERATORS[row.operator].valueShape === OPERATORS[operator].valueShape;
  return { ...row, operator, value: sameShape ? row.value : startValue(operator, field) };
}
