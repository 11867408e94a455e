// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { iscrizioneNido } from '../../model/fixtures';
import type { ServiceDefinition } from '../../model/types';
import { Canvas } from './Canvas';
import { EditorDndContext } from './dnd/EditorDndContext';
import { renderInEditor } from './testing/renderEditor';

// user-event typing is slow on a loaded CI machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

/** The nursery enrolment; the birth date shows only for a single parent, for the sake of a condition. */
function nido(): ServiceDefinition {
  const def = iscrizioneNido();
  def.steps[1].nodes = [
    { id: 'node-genitore-solo', type: 'yes_no', key: 'genitore_solo', props: { label: 'Unico genitore presente' } },
    {
      id: 'node-affidamento',
      type: 'attachment',
      key: 'affidamento',
      props: { label: 'Provvedimento di affidamento', accept: ['application/pdf'], maxSizeMB: 5 },
      visibleIf: { '==': [{ var: 'genitore_solo' }, true] },
    },
  ];
  return def;
}

function renderCanvas(def = nido()) {
  return renderInEditor(
    <EditorDndContext>
      <Canvas />
    </EditorDndContext>,
    def,
  );
}

const card = (label: string) => screen.getByRole('button', { name: new RegExp(`^«${label}»`) });

describe('Canvas', () => {
  it('shows the steps in order, each card with label, type, required mark, summary and condition in words', () => {
    renderCanvas();
    const steps = screen.getAllByRole('group', { name: /^Passo \d/ });
    expect(steps.map((s) => within(s).getByRole('textbox').getAttribute('value'))).toEqual(['Bambino o bambina', 'Situazione familiare']);
    expect(card('Nome')).toHaveAccessibleName('«Nome», Testo breve, obbligatorio');
    const attachment = card('Provvedimento di affidamento').closest('li')!;
    expect(within(attachment as HTMLElement).getByText('Allegato')).toBeInTheDocument();
    expect(within(attachment as HTMLElement).getByText(/5 MB/)).toBeInTheDocument();
    expect(within(attachment as HTMLElement).getByText(/^Visibile se .*Unico genitore presente/)).toBeInTheDocument();
  });

  it('selects a card by click; the selected card offers move, duplicate and delete, named after the node', async () => {
    const user = userEvent.setup();
    const { stores, definitionNow } = renderCanvas();
    expect(screen.queryByRole('button', { name: 'Elimina «Nome»' })).toBeNull();
    await user.click(card('Nome'));
    expect(stores.ui.getState().selectedNodeId).toBe('node-nome-bambino');
    expect(card('Nome')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Sposta su «Nome»' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Sposta giù «Nome»' }));
    expect(definitionNow().steps[0].nodes.map((n) => n.key)).toEqual(['data_di_nascita_bambino', 'nome_bambino']);
    await user.click(screen.getByRole('button', { name: 'Duplica «Nome»' }));
    expect(definitionNow().steps[0].nodes.map((n) => n.key)).toEqual(['data_di_nascita_bambino', 'nome_bambino', 'nome_bambino_2']);
    // The copy is selected.
    expect(stores.ui.getState().selectedNodeId).toBe(definitionNow().steps[0].nodes[2].id);
    await user.click(screen.getAllByRole('button', { name: 'Elimina «Nome»' })[0]);
    expect(definitionNow().steps[0].nodes).toHaveLength(2);
  });

  it('adds, renames, reorders and deletes steps; the last step cannot be deleted', async () => {
    const user = userEvent.setup();
    const { definitionNow } = renderCanvas();
    await user.click(screen.getByRole('button', { name: 'Aggiungi un passo' }));
    const title = screen.getByLabelText('Titolo del passo 3');
    await user.clear(title);
    expect(screen.getByText('Il titolo del passo non può essere vuoto.')).toBeInTheDocument();
    await user.type(title, 'Documenti');
    expect(definitionNow().steps.map((s) => s.title)).toEqual(['Bambino o bambina', 'Situazione familiare', 'Documenti']);
    await user.click(screen.getByRole('button', { name: 'Sposta su il passo «Documenti»' }));
    expect(definitionNow().steps.map((s) => s.title)).toEqual(['Bambino o bambina', 'Documenti', 'Situazione familiare']);
    await user.click(screen.getByRole('button', { name: 'Elimina il passo «Documenti»' }));
    await user.click(screen.getByRole('button', { name: 'Elimina il passo «Situazione familiare»' }));
    expect(screen.getByRole('button', { name: 'Elimina il passo «Bambino o bambina»' })).toBeDisabled();
  });

  it('after an undo that removes the selected node, the selection moves to a neighbour', () => {
    const { stores } = renderCanvas();
    act(() => {
      stores.document.getState().dispatch({ name: 'duplicateNode', args: { nodeId: 'node-nome-bambino' } });
    });
    const copyId = stores.document.getState().definition.steps[0].nodes[1].id;
    act(() => stores.ui.getState().selectNode(copyId));
    act(() => {
      stores.document.getState().undo();
    });
    expect(stores.ui.getState().selectedNodeId).toBe('node-nascita-bambino');
  });
});
