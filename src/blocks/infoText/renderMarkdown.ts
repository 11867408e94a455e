/**
 * Markdown written by officials → safe HTML for the citizen's page.
 *
 * Two layers: marked renders any raw HTML in the source as visible text
 * (officials write markdown, never HTML), then DOMPurify sanitises the
 * result with a short allow-list of the tags markdown produces. Outside a
 * browser DOMPurify cannot run and would return its input untouched, so we
 * fall back to escaped plain text instead.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const markdown = new Marked({ gfm: true, breaks: true });
markdown.use({ renderer: { html: ({ text }) => escapeHtml(text) } });

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

function canSanitize(): boolean {
  return Boolean(DOMPurify.isSupported && typeof DOMPurify.sanitize === 'function');
}

/** Safe HTML for a markdown text (escaped plain paragraphs when no DOM is available). */
export function renderMarkdown(source: string): string {
  if (!canSanitize()) {
    return source
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
  }
  const html = markdown.parse(source, { async: false });
  const safe = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOW_DATA_ATTR: false,
  });
  // Bootstrap Italia styles tables only with its class; officials' tables (amounts by household size, fee brackets)
  // would otherwise run their columns together. Added after sanitising: a constant, never the author's text.
  return safe.replace(/<table>/g, '<table class="table table-sm">');
}
