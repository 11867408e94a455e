/** What a card shows: icon, label, type, required mark, key and the type's summary. */
import { memo } from 'react';
import type { FlowNode } from '../../model/types';
import { useEditorStores } from '../../store/EditorStoresProvider';
import { useEditorT, useRegistry } from './editorServices';
import { visibilityText } from './visibilityText';
import { Icon, PathIcon } from './Icon';
import { nodeLabel, typeLabel } from './nodeLabel';

function safeSummary(summary: ((node: FlowNode & { props: Record<string, unknown> }) => string) | undefined, node: FlowNode): string {
  if (!summary) return '';
  try {
    return summary(node);
  } catch {
    return ''; // A malformed prop from an old file must not break the canvas.
  }
}

export const NodeSummary = memo(function NodeSummary({ node }: { node: FlowNode }) {
  const t = useEditorT();
  const registry = useRegistry();
  const block = registry.get(node.type);
  const summary = safeSummary(block?.summary, node);
  const required = node.props.required === true;
  const { document: doc } = useEditorStores();
  // Read, not subscribed: the sentence is refreshed whenever this node changes.
  const language = t('language') === 'en' ? 'en' : 'it';
  const condition = visibilityText(doc.getState().definition, node, language);
  return (
    <span className="node-summary" aria-hidden="true">
      <span className="node-icon">{block ? <PathIcon d={block.icon} /> : <Icon name="alert" />}</span>
      <span className="node-text">
        <span className="node-title">
          <span className="node-label">{nodeLabel(node, registry)}</span>
          {required && (
            <span className="node-required" title={t('canvas.required')}>
              *
            </span>
          )}
        </span>
        <span className="node-meta">
          <span className="node-type">{block ? typeLabel(node.type, registry, language) : t('canvas.unknownType', { type: node.type })}</span>
          <span className="node-key">{node.key}</span>
        </span>
        {(summary || condition) && (
          <span className="node-details">
            {summary && <span>{summary}</span>}
            {condition && <span className="node-condition">{t('canvas.visibleIf', { condition })}</span>}
          </span>
        )}
      </span>
      <span className="node-drag-hint">
        <Icon name="grip" />
      </span>
    </span>
  );
});
