/** The inspector ("Proprietà"): the selected node's properties, or a hint. */
import { useTranslation } from 'react-i18next';
import { useUi } from '../../../store/useUi';
import { NodeInspector } from './NodeInspector';

export function Inspector() {
  const { t } = useTranslation('editor');
  const selectedNodeId = useUi((s) => s.selectedNodeId);
  return (
    <aside className="editor-inspector" aria-label={t('areas.inspector')}>
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
