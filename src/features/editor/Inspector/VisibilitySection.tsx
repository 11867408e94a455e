/**
 * "Visibilità": when the node is shown to the citizen. Closed, it says the
 * condition in words (cheap); opened, it mounts the condition builder, which
 * needs the field catalogue of the whole service.
 */
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../../../model/types';
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { useDocumentActions } from '../../../store/useDocument';
import { visibilityText } from '../visibilityText';
import { VisibilityBuilder } from './ruleWidgets';

export function VisibilitySection({ node }: { node: FlowNode }) {
  const { t, i18n } = useTranslation('editor');
  const { document: doc } = useEditorStores();
  const { dispatch } = useDocumentActions();
  const [open, setOpen] = useState(false);
  const sentence = visibilityText(doc.getState().definition, node, i18n.language === 'en' ? 'en' : 'it');
  const panelId = `visibility-${node.id}`;
  return (
    <section className="inspector-section" aria-labelledby={`${panelId}-title`}>
      <h3 id={`${panelId}-title`}>{t('inspector.visibility')}</h3>
      <p className="rule-text">{sentence ? t('canvas.visibleIf', { condition: sentence }) : t('inspector.alwaysVisible')}</p>
      <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('inspector.closeCondition') : sentence ? t('inspector.editCondition') : t('inspector.addCondition')}
      </button>
      {open && (
        <div id={panelId} className="inspector-rule">
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <VisibilityBuilder
              label={t('inspector.showIf')}
              value={node.visibleIf}
              onChange={(visibleIf) =>
                dispatch({ name: 'updateNode', args: { nodeId: node.id, patch: { visibleIf } } }, { coalesceKey: `visibility:${node.id}` })
              }
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
