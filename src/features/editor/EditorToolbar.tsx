/**
 * The editor's top bar: back to the catalogue, service title, the status a
 * citizen would see now (as the catalogue's badge: «Pubblicato»,
 * «Programmato — apre il …»), undo/redo, save status, preview toggle.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCanRedo, useCanUndo, useDefinition, useDocumentActions } from '../../store/useDocument';
import { useUi, useUiActions } from '../../store/useUi';
import { Icon } from './Icon';
import { SaveStatus } from './SaveStatus';

// The status badge needs the schedule logic and the catalogue's styles: it is
// fetched once the editor has painted and the browser is idle, so that opening
// the editor stays within its JavaScript budget.
const ServiceStatusBadge = lazy(() => import('./ServiceStatusBadge').then((m) => ({ default: m.ServiceStatusBadge })));

function useAfterFirstIdle(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setReady(true), { timeout: 1500 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setReady(true), 200);
    return () => clearTimeout(timer);
  }, []);
  return ready;
}

export function EditorToolbar() {
  const { t } = useTranslation('editor');
  const showBadge = useAfterFirstIdle();
  const title = useDefinition((d) => d.card.title);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const { undo, redo, commitTyping } = useDocumentActions();
  const previewOpen = useUi((s) => s.openPanels.preview === true);
  const { setPanelOpen } = useUiActions();
  return (
    <div className="editor-toolbar">
      <Link to="/" className="toolbar-back">
        <Icon name="arrowLeft" size={16} />
        {t('backToCatalog')}
      </Link>
      <h1 className="editor-title">{title}</h1>
      <Suspense fallback={null}>{showBadge && <ServiceStatusBadge />}</Suspense>
      <div className="toolbar-tools" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="btn btn-small"
          disabled={!canUndo}
          title={t('toolbar.undoHint')}
          aria-keyshortcuts="Control+Z"
          onClick={() => {
            commitTyping();
            undo();
          }}
        >
          <Icon name="undo" size={16} />
          {t('toolbar.undo')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!canRedo}
          title={t('toolbar.redoHint')}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={() => redo()}
        >
          <Icon name="redo" size={16} />
          {t('toolbar.redo')}
        </button>
        <SaveStatus />
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={previewOpen}
          onClick={() => setPanelOpen('preview', !previewOpen)}
        >
          <Icon name="eye" size={16} />
          {t('toolbar.preview')}
        </button>
      </div>
    </div>
  );
}
