// The store with the real model commands: do/undo/redo for the edits an
// official makes, one undo step per drag, and guards around odd commands.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Command } from '../model';
import { bonusAlimentare } from '../model/fixtures';
import { createDocumentStore, type EditorCommand } from './documentStore';
import { lookupNode } from './nodeIndex';
import { createTestEditor } from './testing/createTestEditor';
import { nidoComunaleFixture } from './testing/fixtures';

const topLevelIds = (def: { steps: { nodes: { id: string }[] }[] }, step = 0) => def.steps[step].nodes.map((n) => n.id);

describe('document store with model commands', () => {
  it('its command type is the model’s', () => {
    expectTypeOf<EditorCommand>().toEqualTypeOf<Command>();
  });

  it('insertNode: do, undo, redo', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    const email = { id: 'n-email', type: 'email', key: 'email_genitore', props: { label: 'Email' } };
    editor.dispatch({ name: 'insertNode', args: { node: email, to: { stepId: 'step-genitore', parentId: null, index: 2 } } });
    expect(topLevelIds(editor.definition)).toEqual(['n-nome', 'n-cognome', 'n-email', 'n-cf', 'n-residenza']);
    editor.undo();
    expect(editor.node('n-email')).toBeUndefined();
    editor.redo();
    expect(editor.node('n-email')?.props.label).toBe('Email');
  });

  it('a drag is one command and one undo step, across steps and into a section', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.dispatch({ name: 'moveNode', args: { nodeId: 'n-isee', to: { stepId: 'step-genitore', parentId: 'n-residenza', index: 0 } } });
    expect(lookupNode(editor.definition, 'n-isee')).toBeDefined();
    expect(editor.definition.steps[0].nodes[3].children!.map((n) => n.id)).toEqual(['n-isee', 'n-indirizzo', 'n-comune']);
    expect(editor.store.getState().past).toHaveLength(1);
    editor.undo();
    expect(topLevelIds(editor.definition, 1)).toEqual(['n-nome-bambino', 'n-nascita', 'n-isee']);
    editor.redo();
    expect(topLevelIds(editor.definition, 1)).toEqual(['n-nome-bambino', 'n-nascita']);
  });

  it('dropping a node where it already is records nothing', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    const moved = editor.dispatch({ name: 'moveNode', args: { nodeId: 'n-cf', to: { stepId: 'step-genitore', parentId: null, index: 2 } } });
    expect(moved).toBe(false);
    expect(editor.store.getState().past).toHaveLength(0);
  });

  it('removeNode and duplicateNode: do, undo, redo', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.dispatch({ name: 'removeNode', args: { nodeId: 'n-residenza' } });
    expect(editor.node('n-comune')).toBeUndefined();
    editor.undo();
    expect(editor.node('n-comune')).toBeDefined();
    let n = 0;
    editor.dispatch({ name: 'duplicateNode', args: { nodeId: 'n-cf', idGen: () => `copia-${++n}` } });
    expect(topLevelIds(editor.definition)).toEqual(['n-nome', 'n-cognome', 'n-cf', 'copia-1', 'n-residenza']);
    editor.undo();
    expect(editor.node('copia-1')).toBeUndefined();
    editor.redo();
    expect(editor.node('copia-1')?.key).not.toBe('codice_fiscale_genitore'); // unique key for the copy
  });

  it('steps, card and status: do and undo', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.dispatch({ name: 'addStep', args: { id: 'step-allegati', title: 'Allegati' } });
    editor.dispatch({ name: 'moveStep', args: { stepId: 'step-allegati', toIndex: 0 } });
    editor.dispatch({ name: 'updateCard', args: { how_to_do: 'Compila la domanda online entro il 31 marzo.' } });
    editor.dispatch({ name: 'setStatus', args: { status: 'published' } });
    expect(editor.definition.steps[0].id).toBe('step-allegati');
    expect(editor.definition.status).toBe('published');
    editor.undo();
    editor.undo();
    expect(editor.definition.status).toBe('draft');
    expect(editor.definition.card.how_to_do).toBe('');
    editor.undo();
    editor.undo();
    expect(editor.definition.steps.map((s) => s.id)).toEqual(['step-genitore', 'step-bambino']);
    expect(editor.undo()).toBe(false);
  });

  it('refuses duplicateService: it makes another service, not an edit of this one', () => {
    const store = createDocumentStore(nidoComunaleFixture());
    expect(() =>
      store.getState().dispatch({ name: 'duplicateService', args: { now: new Date('2027-02-01T00:00:00Z') } }),
    ).toThrow(/service id/);
    expect(store.getState().past).toHaveLength(0);
  });

  it('an op that rejects its arguments (unknown node) is a no-op', () => {
    const store = createDocumentStore(nidoComunaleFixture());
    expect(store.getState().dispatch({ name: 'updateNodeProps', args: { nodeId: 'non-esiste', props: { label: 'x' } } })).toBe(false);
    expect(store.getState().changeSeq).toBe(0);
  });
});

describe('requirement and technical commands in the document store', () => {
  it('addRequirement, updateRequirement, moveRequirement, removeRequirement: do, undo, redo', () => {
    const editor = createTestEditor(bonusAlimentare());
    const ids = () => editor.definition.requirements.map((r) => r.id);
    editor.dispatch({ name: 'addRequirement', args: { name: 'Età', message: 'Riservato ai maggiorenni.', id: 'req-eta' } });
    editor.dispatch({ name: 'updateRequirement', args: { id: 'req-eta', changes: { name: 'Maggiore età' } } });
    editor.dispatch({ name: 'moveRequirement', args: { id: 'req-eta', index: 0 } });
    editor.dispatch({ name: 'removeRequirement', args: { id: 'req-residenza' } });
    expect(ids()).toEqual(['req-eta', 'req-isee']);
    expect(editor.store.getState().past).toHaveLength(4);

    editor.undo();
    expect(ids()).toEqual(['req-eta', 'req-residenza', 'req-isee']);
    editor.undo();
    expect(ids()).toEqual(['req-residenza', 'req-isee', 'req-eta']);
    editor.undo();
    expect(editor.definition.requirements[2].name).toBe('Età');
    editor.undo();
    expect(ids()).toEqual(['req-residenza', 'req-isee']);
    editor.redo();
    editor.redo();
    expect(editor.definition.requirements[2].name).toBe('Maggiore età');
    expect(editor.store.getState().lastAction).toBe('redo:updateRequirement');
  });

  it('updateTechnical and replaceContent: do, undo, redo; refused input records nothing', () => {
    const editor = createTestEditor(bonusAlimentare());
    const accessLevel = editor.definition.technical.accessLevel;
    editor.dispatch({ name: 'updateTechnical', args: { accessLevel: 'cie' } });
    const edited = { ...editor.definition, card: { ...editor.definition.card, title: 'Buoni spesa' } };
    editor.dispatch({ name: 'replaceContent', args: { definition: edited } });
    expect(editor.definition.card.title).toBe('Buoni spesa');
    expect(editor.dispatch({ name: 'updateTechnical', args: { workflow: 'auto' } as never })).toBe(false);
    expect(editor.dispatch({ name: 'replaceContent', args: { definition: { ...edited, id: 'altro' } } })).toBe(false);
    expect(editor.store.getState().past).toHaveLength(2);

    editor.undo();
    expect(editor.definition.card.title).not.toBe('Buoni spesa');
    editor.undo();
    expect(editor.definition.technical.accessLevel).toBe(accessLevel);
    editor.redo();
    expect(editor.definition.technical.accessLevel).toBe('cie');
    editor.redo();
    expect(editor.definition.card.title).toBe('Buoni spesa');
  });
});
