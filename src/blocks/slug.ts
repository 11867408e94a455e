/**
 * A machine-safe snake_case key from an Italian label ("Codice fiscale del
 * richiedente" → `codice_fiscale_del_richiedente`), unique against `taken`
 * (`_2`, `_3`, … when needed). Matches the format's key pattern
 * `^[a-z][a-z0-9_]*$`, at most 64 characters.
 *
 * `src/model/keys.ts` owns key generation for edits; this local helper only
 * serves `createNode` so that blocks do not depend on the model's operations.
 */
const MAX_KEY = 64;

export function slugKey(label: string, taken: ReadonlySet<string>): string {
  let base = label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // strip accents: "Città" → "Citta"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) base = 'campo';
  if (!/^[a-z]/.test(base)) base = `campo_${base}`;
  // Leave room for a "_NNN" suffix.
  base = base.slice(0, MAX_KEY - 4).replace(/_+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
