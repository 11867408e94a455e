/**
 * The checker measures a section by its first paragraph (`<p>`, at least 3
 * characters). A text that is only a list ("1. Accedi… 2. Compila…") renders
 * as `<ol><li>` with no paragraph at all, and the section would count as
 * empty. Separating the items with blank lines makes markdown render a
 * "loose" list, whose items are paragraphs: same words, same order.
 */
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;

export function withLeadParagraph(markdown: string): string {
  const lines = markdown.split('\n');
  const hasParagraph = lines.some((line) => line.trim() !== '' && !LIST_ITEM.test(line) && !/^\s/.test(line));
  if (hasParagraph) return markdown;
  return lines.map((line, i) => (i > 0 && LIST_ITEM.test(line) && lines[i - 1].trim() !== '' ? `\n${line}` : line)).join('\n');
}
