import { describe, expect, it } from 'vitest';
import { createTestEditor } from './createTestEditor';
import { nidoComunaleFixture } from './fixtures';

describe('createTestEditor', () => {
  it('types key by key into one undo step', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.type('n-nome', 'label', ' del genitore');
    expect(editor.node('n-nome')?.props.label).toBe('Nome del genitore');
    expect(editor.store.getState().past).toHaveLength(1);
    editor.undo();
    expect(editor.node('n-nome')?.props.label).toBe('Nome');
    editor.redo();
    expect(editor.node('n-nome')?.props.label).toBe('Nome del genitore');
  });

  it('blur or a pause splits typing into separate steps', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.type('n-nome', 'label', ' del');
    editor.blur();
    editor.type('n-nome', 'label', ' genitore');
    editor.wait(1500);
    editor.type('n-nome', 'label', '!');
    expect(editor.store.getState().past).toHaveLength(3);
    editor.undo();
    expect(editor.node('n-nome')?.props.label).toBe('Nome del genitore');
  });

  it('the selection follows a delete and its undo', () => {
    const editor = createTestEditor(nidoComunaleFixture());
    editor.ui.getState().selectNode('n-cognome', 'step-genitore');
    editor.dispatch({ name: 'removeNode', args: { nodeId: 'n-cognome' } });
    expect(editor.ui.getState().selectedNodeId).toBe('n-cf');
    editor.undo();
    expect(editor.node('n-cognome')).toBeDefined();
    expect(editor.ui.getState().selectedNodeId).toBe('n-cf');
    editor.dispose();
  });
});
