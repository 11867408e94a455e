/**
 * Renders editor components in tests with real stores, the real registry and
 * Italian strings: `renderInEditor(<Inspector />, iscrizioneNido())`.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { initI18n, registerStrings } from '../../../app/i18n';
import { defaultRegistry, type BlockRegistry } from '../../../blocks/registry';
import type { ServiceDefinition } from '../../../model/types';
import { bindSelectionToDocument } from '../../../store/bindSelection';
import { createDocumentStore } from '../../../store/documentStore';
import { EditorStoresProvider, type EditorStores } from '../../../store/EditorStoresProvider';
import { createUiStore } from '../../../store/uiStore';
import { createEditorServices, EditorServicesProvider } from '../editorServices';
import { editorStrings } from '../strings';

registerStrings('editor', editorStrings);
initI18n('it');

export function renderInEditor(ui: ReactElement, definition: ServiceDefinition, registry: BlockRegistry = defaultRegistry) {
  const stores: EditorStores = {
    document: createDocumentStore(definition),
    ui: createUiStore({ selectedStepId: definition.steps[0].id }),
  };
  bindSelectionToDocument(stores.document, stores.ui);
  const services = createEditorServices(registry);
  const result = render(
    <EditorStoresProvider stores={stores}>
      <EditorServicesProvider services={services}>{ui}</EditorServicesProvider>
    </EditorStoresProvider>,
  );
  const definitionNow = () => stores.document.getState().definition;
  return { ...result, stores, services, definitionNow };
}
