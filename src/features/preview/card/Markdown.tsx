/**
 * Markdown written by officials, rendered safely: `renderMarkdown` (marked,
 * raw HTML shown as text, then DOMPurify with a short allow-list) is the only
 * way official-written text becomes HTML on the citizen pages.
 */
import { renderMarkdown } from '../../../blocks/infoText/renderMarkdown';

export interface MarkdownProps {
  source: string;
  className?: string;
  /** Designers Italia `data-element` of the block, when it is one the site checker looks for. */
  dataElement?: string;
}

export function Markdown({ source, className, dataElement }: MarkdownProps) {
  return (
    <div
      className={className}
      data-element={dataElement}
      // Safe: renderMarkdown sanitises its output (see blocks/infoText/renderMarkdown.ts).
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
