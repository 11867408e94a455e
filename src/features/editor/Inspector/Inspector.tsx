/** The inspector ("Proprietà"): the selected node's properties, or a hint. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../../store/useUi';
import { NodeInspector } from './NodeInspector';

export function Inspector() {
  const { t } = useTranslation('editor');
  const selectedNodeId = useUi((s) => s.selectedNodeId);
  const panel = useRef<HTMLElement>(null);
  // Another node's properties start at the top, not where the last ones were scrolled to.
  useEffect(() => {
    panel.current?.scrollTo?.({ top: 0 });
  }, [selectedNodeId]);
  return (
    <aside ref={panel} className="editor-inspector" aria-label={t('areas.inspector')}>
      <div className="panel-header">
        <h2>{t('inspector.heading')}</h2>
      </div>
      <div className="inspector-body">
        {selectedNodeId ? (
          <NodeInspector key={selectedNodeId} nodeId={selectedNodeId} />
        ) : (
          <p className="inspector-empty">{t('inspector.empty')}</p>
        )}
      </div>
    </aside>
  );
}
