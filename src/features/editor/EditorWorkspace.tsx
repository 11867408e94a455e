/** The four areas of the editor and what binds them: drag and drop, shortcuts, live region. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDefinition } from '../../store/useDocument';
import { useUi } from '../../store/useUi';
import { Canvas } from './Canvas';
import { EditorDndContext } from './dnd/EditorDndContext';
import { EditorToolbar } from './EditorToolbar';
import { useEditorActions } from './editorActions';
import { Inspector } from './Inspector/Inspector';
import { LiveAnnouncer } from './LiveAnnouncer';
import { Palette } from './Palette';
import { PreviewPane } from './PreviewPane';
import { useEditorShortcuts } from './useEditorShortcuts';

export function EditorWorkspace() {
  const { t } = useTranslation('editor');
  const actions = useEditorActions();
  useEditorShortcuts(actions);
  const title = useDefinition((d) => d.card.title);
  const previewOpen = useUi((s) => s.openPanels.preview === true);
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · ${t('title')} · Mattoncini`;
    return () => {
      document.title = before;
    };
  }, [title, t]);

  return (
    <div className={previewOpen ? 'editor' : 'editor preview-closed'}>
      <EditorToolbar />
      <EditorDndContext>
        <div className="editor-body">
          <Palette />
          <Canvas />
          <Inspector />
          <section className="editor-preview" aria-label={t('areas.preview')} hidden={!previewOpen}>
            <div className="panel-header">
              <h2>{t('areas.preview')}</h2>
            </div>
            <PreviewPane />
          </section>
        </div>
      </EditorDndContext>
      <LiveAnnouncer />
    </div>
  );
}
