/**
 * Field resolution for lint: which field a `var` path names, following dotted
 * paths into composite fields (`isee.value`), item fields of repeatable groups
 * (`nucleo.data_nascita`, also through an index: `nucleo.0.data_nascita`) and
 * the item scope of list operations (`some`, `reduce`, …).
 */
import type { StaticType } from './catalog';
import type { ValueKind } from './operators';

/** What lint knows about a field: its value kind and its label for messages. */
export interface FieldInfo {
  kind: ValueKind;
  label: string;
}

/** Fields of a service by answer path (dotted for composite and list-item fields). */
export type FieldMap = ReadonlyMap<string, FieldInfo>;

export type Resolution =
  | { status: 'field'; key: string; info: FieldInfo }
  /** A composite field or section: an object of answers, valid but untyped. */
  | { status: 'container'; key: string }
  | { status: 'missing'; suggestion?: string };

const withoutIndexes = (path: string): string =>
  path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');

function lookup(candidate: string, fields: FieldMap): Resolution | null {
  const info = fields.get(candidate);
  if (info) return { status: 'field', key: candidate, info };
  for (const key of fields.keys()) if (key.startsWith(`${candidate}.`)) return { status: 'container', key: candidate };
  return null;
}

/**
 * Resolves a `var` path. `scopes` are the list fields whose items the path may
 * name directly (innermost last): inside `{"some": [{"var": "nucleo"}, …]}`,
 * `data_nascita` means `nucleo.data_nascita`.
 */
export function resolveField(path: string, fields: FieldMap, scopes: readonly string[] = []): Resolution {
  const plain = withoutIndexes(path);
  const candidates = [...scopes.slice().reverse().map((scope) => `${scope}.${plain}`), plain];
  for (const candidate of candidates) {
    const found = lookup(candidate, fields);
    if (found) return found;
  }
  const suggestion = closestKey(plain, fields);
  return suggestion ? { status: 'missing', suggestion } : { status: 'missing' };
}

/** The static type of a field's value. */
export function typeOfKind(kind: ValueKind): StaticType {
  switch (kind) {
    case 'number':
    case 'money':
      return 'number';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'list':
    case 'multi_choice':
      return 'list';
    default:
      return 'text';
  }
}

/** How a message names a field of this kind: "la data «Data di nascita»". */
export function fieldPhrase(info: FieldInfo): string {
  const names: Record<ValueKind, string> = {
    text: 'il testo',
    number: 'il numero',
    money: "l'importo",
    date: 'la data',
    boolean: 'la casella',
    choice: 'la scelta',
    multi_choice: 'la scelta multipla',
    list: "l'elenco",
  };
  return `${names[info.kind]} «${info.label}»`;
}

// Edit distance, to suggest "isee.value" for a mistyped "isee_valor".
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function closestKey(path: string, fields: FieldMap): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(path.length / 3)) + 1;
  for (const key of fields.keys()) {
    const d = distance(path, key);
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best;
}
