import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { renderMarkdown } from '../infoText/renderMarkdown';

/**
 * Default citizen view of a pattern block's display slot (score, amount,
 * expected date): the text compiled from the block's settings, rendered like
 * an informative text. The citizen preview registers a live view under the
 * same name (`PATTERN_FIELD`) that shows the block's `compute()` result.
 * Display only: it never changes the form data.
 */
export function PatternSlotField(props: FieldProps) {
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { markdown?: unknown; pattern?: unknown };
  const source = typeof options.markdown === 'string' ? options.markdown : '';
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className="callout mattoncini-pattern"
      data-testid="mattoncini-pattern"
      data-pattern={typeof options.pattern === 'string' ? options.pattern : undefined}
      // Safe: renderMarkdown escapes raw HTML and sanitises with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
