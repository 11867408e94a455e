/**
 * Pure edits of the formula tree the builder shows. Changing a block's type
 * *wraps* what was there when the new type has room for it: a number turned
 * into "Operazione" becomes its first term, turned into "Al massimo" the value
 * that is capped. So a formula grows outwards without retyping anything
 * (150 → 150 + … → (150 + …), al massimo 400).
 */
import type { FormulaNode } from '../../rules';
import type { CatalogField, FieldCatalog } from './fieldCatalog';

export type FormulaType = FormulaNode['type'];

/** Every block type, in menu order. */
export const FORMULA_TYPES: readonly FormulaType[] = ['number', 'field', 'binary', 'min', 'max', 'round', 'bracket', 'if', 'age', 'count', 'sum'];

/** The fields each block type can name. */
export interface FieldChoices {
  /** Numbers and amounts ("Valore di un campo"). */
  numeric: CatalogField[];
  /** Dates ("Età da una data"). */
  dates: CatalogField[];
  /** Repeatable groups and multiple choices ("Numero di elementi"). */
  lists: CatalogField[];
  /** Repeatable groups with a numeric item field ("Somma su un elenco"). */
  sumLists: CatalogField[];
  /** The numeric item fields of a list, by list path. */
  itemNumbers(list: string): CatalogField[];
}

const choicesCache = new WeakMap<FieldCatalog, FieldChoices>();

/** The fields of `catalog` by what a formula can do with them (memoised). */
export function fieldChoices(catalog: FieldCatalog): FieldChoices {
  const hit = choicesCache.get(catalog);
  if (hit) return hit;
  const top = catalog.filter((f) => !f.list);
  const isNumber = (f: CatalogField) => f.kind === 'number' || f.kind === 'money';
  const itemNumbers = (list: string) => catalog.filter((f) => f.list === list && isNumber(f));
  const choices: FieldChoices = {
    numeric: top.filter(isNumber),
    dates: top.filter((f) => f.kind === 'date'),
    // Repeatable groups first: "how many members" is what counts are for, far more than "how many options ticked".
    lists: [...top.filter((f) => f.kind === 'list'), ...top.filter((f) => f.kind === 'multi_choice')],
    // Only groups with an amount or number per item have something to add up.
    sumLists: top.filter((f) => f.kind === 'list' && itemNumbers(f.path).length > 0),
    itemNumbers,
  };
  choicesCache.set(catalog, choices);
  return choices;
}

/** Whether the service has a field a block of `type` needs (else the type is offered disabled). */
export function isTypeAvailable(type: FormulaType, choices: FieldChoices): boolean {
  switch (type) {
    case 'field':
      return choices.numeric.length > 0;
    case 'age':
      return choices.dates.length > 0;
    case 'count':
      return choices.lists.length > 0;
    case 'sum':
      return choices.sumLists.length > 0;
    default:
      return true;
  }
}

const zero = (): FormulaNode => ({ type: 'number', value: 0 });
const firstPath = (fields: CatalogField[]): string => fields[0]?.path ?? '';

/** A property path relative to the list item (`importo` for `spese.importo`). */
export const relativeTo = (list: string, path: string): string => (path.startsWith(`${list}.`) ? path.slice(list.length + 1) : path);

/** The node after the official picks another type for it. */
export function changeType(node: FormulaNode, type: FormulaType, choices: FieldChoices): FormulaNode {
  if (node.type === type) return node;
  switch (type) {
    case 'number':
      return zero();
    case 'field':
      return { type: 'field', field: firstPath(choices.numeric) };
    case 'age':
      return { type: 'age', field: firstPath(choices.dates) };
    case 'count':
      // "Somma su un elenco" → "Numero di elementi" keeps the list.
      return { type: 'count', field: node.type === 'sum' ? node.field : firstPath(choices.lists) };
    case 'sum': {
      const field = node.type === 'count' && choices.sumLists.some((f) => f.path === node.field) ? node.field : firstPath(choices.sumLists);
      const property = choices.itemNumbers(field)[0];
      return { type: 'sum', field, property: property ? relativeTo(field, property.path) : '' };
    }
    case 'binary':
      return { type: 'binary', operator: '+', left: node, right: zero() };
    case 'min':
    case 'max':
      // "Al massimo" ⇄ "Almeno" keeps its values rather than nesting one in the other.
      return node.type === 'min' || node.type === 'max' ? { type, args: node.args } : { type, args: [node, zero()] };
    case 'round':
      return { type: 'round', mode: 'half_up', decimals: 0, arg: node };
    case 'if':
      return { type: 'if', condition: { kind: 'all', items: [] }, then: node, else: zero() };
    case 'bracket':
      return { type: 'bracket', arg: node, steps: [{ upTo: 0, result: zero() }], otherwise: zero() };
  }
}

/** A new bracket row after the last: its bound a step above, its result copied (tables usually change little). */
export function nextBracketStep(steps: ReadonlyArray<{ upTo: number; result: FormulaNode }>): { upTo: number; result: FormulaNode } {
  const last = steps[steps.length - 1];
  if (!last) return { upTo: 0, result: zero() };
  const previous = steps[steps.length - 2];
  const gap = previous ? last.upTo - previous.upTo : 1000;
  return { upTo: last.upTo + (gap > 0 ? gap : 1000), result: last.result };
}
