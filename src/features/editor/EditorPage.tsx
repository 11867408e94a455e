/**
 * The visual editor of one service (/servizi/:serviceId/editor). Loads the
 * service through the repository (hence through restore()), creates this
 * editor's stores, starts autosave, and lays out the four areas.
 */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { defaultRegistry } from '../../blocks/registry';
import type { Issue } from '../../model/issues';
import { startAutosave, type Autosave } from '../../persistence/autosave';
import { createPendingJournal } from '../../persistence/pendingJournal';
import { createServiceRepository } from '../../persistence/serviceRepository';
import { followPulledCopies } from '../../persistence/sync/livePull';
import { pulledNotices } from '../../persistence/sync/pulledNotice';
import { bindSelectionToDocument } from '../../store/bindSelection';
import { createDocumentStore } from '../../store/documentStore';
import { EditorStoresProvider, type EditorStores } from '../../store/EditorStoresProvider';
import { createUiStore } from '../../store/uiStore';
import { announce, createEditorServices, EditorServicesProvider, type EditorServices } from './editorServices';
import { EditorWorkspace } from './EditorWorkspace';
import { editorStrings } from './strings';
import './editor.css';
import { ServiceLoadError } from '../../app/ServiceLoadError';

registerStrings('editor', editorStrings);

const repository = createServiceRepository();

type Session =
  | { state: 'loading' }
  | { state: 'error'; reason: 'not-found' | 'invalid'; errors: Issue[] }
  | { state: 'ready'; stores: EditorStores; services: EditorServices };

/** Opens a service: its stores, autosave and selection binding; returns how to close it. */
function openEditor(definition: Parameters<typeof createDocumentStore>[0], say: (key: string) => string) {
  const document = createDocumentStore(definition);
  // The preview opens by default where there is room for four columns.
  const wide = typeof window !== 'undefined' && window.innerWidth >= 1400;
  const ui = createUiStore({ selectedStepId: definition.steps[0]?.id ?? null, openPanels: { preview: wide } });
  const unbind = bindSelectionToDocument(document, ui);
  let autosave: Autosave | null = null;
  const services = createEditorServices(defaultRegistry, {
    flush: () => autosave?.flush() ?? Promise.resolve(),
    get pending() {
      return autosave?.pending ?? false;
    },
  });
  autosave = startAutosave(document, repository, { onStatus: (status) => services.saveStatus.setState({ status }) });
  const saver = autosave;
  // A colleague's change pulled by sync shows at once when nothing is unsaved; else it waits for the comparison.
  const unfollow = followPulledCopies(
    { serviceId: definition.id, get pending() { return saver.pending; }, adopt: (d) => saver.adopt(d) },
    { notices: pulledNotices, repository, journal: createPendingJournal(), onOutcome: (outcome) => announce(services, say(`livePull.${outcome}`)) },
  );
  const close = () => {
    unfollow();
    unbind();
    void autosave?.stop();
  };
  return { stores: { document, ui }, services, close };
}

export function EditorPage() {
  const { t } = useTranslation('editor');
  const { serviceId = '' } = useParams();
  const [session, setSession] = useState<Session>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let close: (() => void) | null = null;
    setSession({ state: 'loading' });
    void repository.get(serviceId).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setSession({ state: 'error', reason: result.reason, errors: result.errors });
        return;
      }
      const opened = openEditor(result.definition, (key) => t(key));
      close = opened.close;
      setSession({ state: 'ready', stores: opened.stores, services: opened.services });
    });
    return () => {
      cancelled = true;
      close?.();
    };
  }, [serviceId]);

  if (session.state === 'loading') {
    return (
      <div className="page" role="status">
        {t('loading')}
      </div>
    );
  }
  if (session.state === 'error') {
    return (
      <ServiceLoadError
        title={t('title')}
        message={session.reason === 'not-found' ? t('notFound') : t('loadError')}
        errors={session.reason === 'invalid' ? session.errors : undefined}
        backLabel={t('backToCatalog')}
      />
    );
  }
  return (
    <EditorStoresProvider stores={session.stores}>
      <EditorServicesProvider services={session.services}>
        <EditorWorkspace />
      </EditorServicesProvider>
    </EditorStoresProvider>
  );
}
