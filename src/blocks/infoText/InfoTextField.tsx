import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

/**
 * Citizen view of an informative text: markdown rendered by marked and
 * sanitised by DOMPurify. Display only: it never changes the form data.
 */
export function InfoTextField(props: FieldProps) {
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { markdown?: unknown; variant?: unknown };
  const source = typeof options.markdown === 'string' ? options.markdown : '';
  const html = useMemo(() => renderMarkdown(source), [source]);
  const warning = options.variant === 'warning';
  return (
    <div
      className={warning ? 'callout warning mattoncini-info' : 'callout mattoncini-info'}
      role={warning ? 'note' : undefined}
      data-testid="mattoncini-info"
      // Safe: renderMarkdown escapes raw HTML and sanitises with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
