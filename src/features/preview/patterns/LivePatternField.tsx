/**
 * The citizen's view of a pattern block's display slot in the preview: the
 * text compiled from the block's settings (as the default view shows it),
 * followed by what the block's `compute()` says about the answers so far —
 * its receipt (the figure, its lines and table, without the lines that
 * repeat what the citizen is typing here) when it has one, else its display
 * text (`markdown` or `text`). Registered under the blocks' `PATTERN_FIELD`
 * name; display only.
 */
import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { renderMarkdown } from '../../../blocks/infoText/renderMarkdown';
import { receiptOf, type PatternReceipt } from '../../../blocks/shared/citizenOutputs';
import type { Translate } from '../translate';
import { PatternReceiptBody } from './PatternReceiptView';

/** What the preview hands its forms through rjsf's `formContext`. */
export interface PreviewFormContext {
  /** `FlowState.computed`: pattern results by node key. */
  computed: Record<string, unknown>;
  /** The citizen's translation function (the patterns' own controls). */
  t?: Translate;
  /** Language of the citizen's pages. */
  language?: string;
}

/** The result of the pattern node a field belongs to: the innermost segment of its path that is a pattern's key. */
export function resultAt(path: readonly (string | number)[], computed: Record<string, unknown>): Record<string, unknown> | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    const value = typeof segment === 'string' && Object.prototype.hasOwnProperty.call(computed, segment) ? computed[segment] : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  }
  return undefined;
}

/** The display text and the problems; with a receipt, only the problems its warning does not already say. */
function liveText(result: Record<string, unknown> | undefined, receipt: PatternReceipt | undefined): string {
  if (!result) return '';
  const text = receipt ? '' : typeof result.markdown === 'string' ? result.markdown : typeof result.text === 'string' ? result.text : '';
  const problems = Array.isArray(result.problems) ? result.problems.filter((p): p is string => typeof p === 'string') : [];
  const unsaid = receipt ? problems.filter((p) => !receipt.warning?.includes(p)) : problems;
  return [text, ...unsaid.map((p) => `- ${p}`)].filter(Boolean).join('\n\n');
}

export function LivePatternField(props: FieldProps) {
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { markdown?: unknown; pattern?: unknown };
  const context = props.registry.formContext as PreviewFormContext | undefined;
  const path = (props.fieldPathId?.path ?? [props.name]) as (string | number)[];
  const result = resultAt(path, context?.computed ?? {});
  const receipt = context?.t ? receiptOf(result) : undefined;
  const base = typeof options.markdown === 'string' ? options.markdown : '';
  const live = liveText(result, receipt);
  const html = useMemo(() => renderMarkdown(base), [base]);
  const liveHtml = useMemo(() => (live ? renderMarkdown(live) : ''), [live]);
  return (
    <div className="callout mattoncini-pattern" data-testid="mattoncini-pattern" data-pattern={typeof options.pattern === 'string' ? options.pattern : undefined}>
      {/* Safe: renderMarkdown escapes raw HTML and sanitises with DOMPurify. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {receipt && context?.t && (
        <div className="mattoncini-pattern-live">
          <PatternReceiptBody receipt={receipt} t={context.t} hideEcho live />
        </div>
      )}
      {liveHtml && <div className="mattoncini-pattern-live fw-semibold" role="status" dangerouslySetInnerHTML={{ __html: liveHtml }} />}
    </div>
  );
}
