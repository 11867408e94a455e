/** Accent- and case-insensitive matching for the palette filter ("citta" finds "Città"). */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Whether every word of `query` appears in one of `texts`. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(texts.join(' '));
  return words.every((w) => haystack.includes(w));
}
