import type { FieldProps } from '@rjsf/utils';

/**
 * A read-only notice (e.g. an element of a type this version does not know).
 * Plain text only: the text may come from a file, so it is never parsed as HTML.
 */
export function NoticeField(props: FieldProps) {
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { text?: unknown };
  const text = typeof options.text === 'string' ? options.text : '';
  return (
    <div className="alert alert-warning mattoncini-notice" role="status" data-testid="mattoncini-notice">
      {text}
    </div>
  );
}
