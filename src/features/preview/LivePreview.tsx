/**
 * The editor's "Anteprima" pane: the preview of the service being edited,
 * bound to the editor's document store. It reads the whole definition and
 * renders it deferred (React's `useDeferredValue`), so typing in the editor
 * stays fluid and the preview follows within a frame or two. The first
 * render is deferred too (an initial value of null): the compile of a large
 * service runs in a background render, never in the commit that opens it.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerStrings } from '../../app/i18n';
import { useEditorStores } from '../../store/EditorStoresProvider';
import { useDefinition } from '../../store/useDocument';
import type { ServiceDefinition } from '../../model/types';
import { PreviewWorkbench, type PreviewPersonaActions } from './PreviewWorkbench';
import { ToolbarIcon } from './toolbar/ToolbarIcon';
import { previewStrings } from './strings';
import './preview.css';

registerStrings('preview', previewStrings);

export interface LivePreviewProps {
  /** False while the pane is closed: the preview keeps its state but stops following edits. */
  active?: boolean;
}

export function LivePreview({ active = true }: LivePreviewProps) {
  const { t } = useTranslation('preview');
  const { document } = useEditorStores();
  const live = useDefinition((d) => d);
  // While closed, hold the last definition: no compile or engine run per keystroke for a hidden pane.
  const shown = useRef(live);
  if (active) shown.current = live;
  const definition = useDeferredValue<ServiceDefinition | null>(shown.current, null);
  const personaActions = useMemo<PreviewPersonaActions>(
    () => ({
      // Personas stay out of undo history: the store treats them as preview data (store/undoExempt.ts).
      save: (persona) => document.getState().dispatch({ name: 'savePersona', args: persona }),
      remove: (personaId) => document.getState().dispatch({ name: 'removePersona', args: personaId }),
    }),
    [document],
  );
  if (!definition) {
    return (
      <p className="preview-note" role="status">
        {t('page.loading')}
      </p>
    );
  }
  return (
    <PreviewWorkbench
      definition={definition}
      personaActions={personaActions}
      compact
      toolbarExtra={
        <Link
          className="btn btn-small preview-icon-button"
          to={`/servizi/${encodeURIComponent(definition.id)}/anteprima`}
          target="_blank"
          rel="noopener"
          title={t('toolbar.fullScreen')}
        >
          <ToolbarIcon name="external" />
          <span className="preview-icon-label">{t('toolbar.fullScreen')}</span>
        </Link>
      }
    />
  );
}
