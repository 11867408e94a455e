/**
 * The citizen's view of a pattern block's display slot in the preview: the
 * text compiled from the block's settings (as the default view shows it),
 * followed by what the block's `compute()` says about the answers so far,
 * when its result carries a display text (`markdown` or `text`). Registered
 * under the blocks' `PATTERN_FIELD` name; display only.
 */
import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { renderMarkdown } from '../../../blocks/infoText/renderMarkdown';

/** What the preview hands its forms through rjsf's `formContext`. */
export interface PreviewFormContext {
  /** `FlowState.computed`: pattern results by node key. */
  computed: Record<string, unknown>;
}

/** The result of the pattern node this slot belongs to: the first segment of its path that is a pattern's key. */
function resultFor(path: readonly (string | number)[], computed: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const segment of path) {
    const value = typeof segment === 'string' ? computed[segment] : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  }
  return undefined;
}

function liveText(result: Record<string, unknown> | undefined): string {
  if (!result) return '';
  const text = typeof result.markdown === 'string' ? result.markdown : typeof result.text === 'string' ? result.text : '';
  const problems = Array.isArray(result.problems) ? result.problems.filter((p): p is string => typeof p === 'string') : [];
  return [text, ...problems.map((p) => `- ${p}`)].filter(Boolean).join('\n\n');
}

export function LivePatternField(props: FieldProps) {
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { markdown?: unknown; pattern?: unknown };
  const context = props.registry.formContext as PreviewFormContext | undefined;
  const path = (props.fieldPathId?.path ?? [props.name]) as (string | number)[];
  const result = resultFor(path, context?.computed ?? {});
  const base = typeof options.markdown === 'string' ? options.markdown : '';
  const live = liveText(result);
  const html = useMemo(() => renderMarkdown(base), [base]);
  const liveHtml = useMemo(() => (live ? renderMarkdown(live) : ''), [live]);
  return (
    <div className="callout mattoncini-pattern" data-testid="mattoncini-pattern" data-pattern={typeof options.pattern === 'string' ? options.pattern : undefined}>
      {/* Safe: renderMarkdown escapes raw HTML and sanitises with DOMPurify. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {liveHtml && <div className="mattoncini-pattern-live fw-semibold" role="status" dangerouslySetInnerHTML={{ __html: liveHtml }} />}
    </div>
  );
}
