/**
 * Canvas summaries of informative text. Kept apart from renderMarkdown so that
 * the registry (and so the editor's first load) does not pull in marked and
 * DOMPurify just to show a one-line excerpt.
 */
/** Plain text of a markdown source (canvas summaries): first line, markup stripped. */
export function markdownExcerpt(source: string, max = 60): string {
  const text = source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
