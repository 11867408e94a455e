/** Pure helpers of the criteria control (ids), kept apart so they are testable without React. */

/** The first `criterio_N` (N from the list's length + 1) no criterion uses: ids never change once given. */
export function freshCriterionId(criteria: ReadonlyArray<{ id?: unknown }>): string {
  const taken = new Set(criteria.map((c) => c.id));
  let n = criteria.length + 1;
  while (taken.has(`criterio_${n}`)) n += 1;
  return `criterio_${n}`;
}

/**
 * React keys for list items: the item's id when it has a unique one (so an
 * open formula follows its criterion when moved), else its position.
 */
export function itemKeys(items: ReadonlyArray<{ id?: unknown }>): string[] {
  const counts = new Map<unknown, number>();
  for (const item of items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
  return items.map((item, i) => (typeof item.id === 'string' && item.id !== '' && counts.get(item.id) === 1 ? `id:${item.id}` : `at:${i}`));
}
