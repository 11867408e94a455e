/**
 * A differing value as readable text for the conflict screen: text as it is,
 * yes/no, a list one item per line, a field or step by its name, other
 * structures as indented JSON. Long values are cut (the whole value is never
 * lost: it stays in the version it belongs to).
 */
const MAX_CHARS = 600;

export interface ValueWords {
  absent: string;
  empty: string;
  yes: string;
  no: string;
}

function named(value: Record<string, unknown>): string | null {
  const props = value.props as Record<string, unknown> | undefined;
  if (props && typeof props.label === 'string') return `${props.label}${typeof value.type === 'string' ? ` (${value.type})` : ''}`;
  if (typeof value.title === 'string') return value.title;
  if (typeof value.name === 'string') return value.name;
  return null;
}

export function formatValue(value: unknown, words: ValueWords): string {
  let text: string;
  if (value === undefined) return words.absent;
  if (value === null || value === '') return words.empty;
  if (typeof value === 'boolean') text = value ? words.yes : words.no;
  else if (typeof value === 'string' || typeof value === 'number') text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) text = value.length ? value.join('\n') : words.empty;
  else if (typeof value === 'object' && !Array.isArray(value) && named(value as Record<string, unknown>)) text = named(value as Record<string, unknown>)!;
  else text = JSON.stringify(value, null, 2);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
