// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegistry, defaultRegistry } from '../../../blocks/registry';
import type { BlockDefinition } from '../../../blocks/types';
import { iscrizioneNido } from '../../../model/fixtures';
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import { getNodeIndex } from '../../../store/nodeIndex';
import { sessionStore } from '../../../store/sessionStore';
import { renderInEditor } from '../testing/renderEditor';
import { Inspector } from './Inspector';

// user-event typing is slow on a loaded CI machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  cleanup();
  sessionStore.getState().setRole('technical');
});

/** The nursery enrolment, with a "Tipo di frequenza" choice added to its first step. */
function nidoWithChoice(): ServiceDefinition {
  const def = iscrizioneNido();
  const choice: FlowNode = {
    id: 'node-frequenza',
    type: 'choice',
    key: 'tipo_di_frequenza',
    props: {
      label: 'Tipo di frequenza',
      required: true,
      options: [
        { value: 'tempo_pieno', label: 'Tempo pieno' },
        { value: 'part_time', label: 'Part time' },
      ],
    },
  };
  def.steps[0].nodes.push(choice);
  return def;
}

function open(nodeId: string, def = nidoWithChoice()) {
  const editor = renderInEditor(<Inspector />, def);
  act(() => editor.stores.ui.getState().selectNode(nodeId));
  const node = () => getNodeIndex(editor.definitionNow()).get(nodeId)!.node;
  return { ...editor, node, panel: screen.getByRole('complementary', { name: 'Proprietà' }) };
}

describe('Inspector', () => {
  it('asks to select something when nothing is selected', () => {
    renderInEditor(<Inspector />, nidoWithChoice());
    expect(screen.getByText(/Seleziona un elemento/)).toBeInTheDocument();
  });

  it('generates the form of a short text from its props schema, with Italian labels', () => {
    const { panel } = open('node-nome-bambino');
    expect(within(panel).getByRole('heading', { name: 'Testo breve' })).toBeInTheDocument();
    expect(within(panel).getByLabelText(/^Etichetta/)).toHaveValue('Nome');
    expect(within(panel).getByLabelText('Chiave del campo')).toHaveValue('nome_bambino');
    expect(within(panel).getByLabelText('Testo di aiuto').tagName).toBe('TEXTAREA');
    expect(within(panel).getByLabelText('Obbligatorio')).toBeChecked();
    expect(within(panel).getByLabelText('Lunghezza massima (caratteri)')).toHaveAttribute('type', 'number');
    // The pattern is picked by its plain-language name.
    const pattern = within(panel).getByLabelText('Formato richiesto');
    expect(within(pattern).getByRole('option', { name: '5 cifre (CAP)' })).toBeInTheDocument();
  });

  it('typing a label is one undo step, and a key derived from the label follows it', async () => {
    const user = userEvent.setup();
    const { panel, node, stores } = open('node-frequenza');
    const label = within(panel).getByLabelText(/^Etichetta/);
    await user.clear(label);
    await user.type(label, 'Frequenza richiesta');
    expect(node().props.label).toBe('Frequenza richiesta');
    expect(node().key).toBe('frequenza_richiesta');
    expect(within(panel).getByLabelText('Chiave del campo')).toHaveValue('frequenza_richiesta');
    act(() => {
      stores.document.getState().commitTyping();
      stores.document.getState().undo();
    });
    expect(node().props.label).toBe('Tipo di frequenza');
    expect(node().key).toBe('tipo_di_frequenza');
  });

  it('a key chosen by hand in the file does not follow the label', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    await user.type(within(panel).getByLabelText(/^Etichetta/), ' del bambino');
    expect(node().props.label).toBe('Nome del bambino');
    expect(node().key).toBe('nome_bambino');
  });

  it('keeps a key the official typed, even when the label changes afterwards', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    const key = within(panel).getByLabelText('Chiave del campo');
    await user.clear(key);
    await user.type(key, 'nome_minore');
    expect(node().key).toBe('nome_minore');
    await user.type(within(panel).getByLabelText(/^Etichetta/), ' proprio');
    expect(node().key).toBe('nome_minore');
  });

  it('shows inline errors for an empty label and a taken or malformed key, and never stores a bad key', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    await user.clear(within(panel).getByLabelText(/^Etichetta/));
    expect(within(panel).getByText('L’etichetta non può essere vuota.')).toBeInTheDocument();
    const key = within(panel).getByLabelText('Chiave del campo');
    await user.clear(key);
    expect(within(panel).getByText('La chiave non può essere vuota.')).toBeInTheDocument();
    await user.type(key, 'tipo_di_frequenza');
    expect(within(panel).getByText('La chiave «tipo_di_frequenza» è già usata da un altro campo di questo servizio.')).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(node().key).not.toBe('tipo_di_frequenza');
    await user.clear(key);
    await user.type(key, 'Nome');
    expect(within(panel).getByText(/Usa solo lettere minuscole/)).toBeInTheDocument();
    // Leaving the box with a bad key gives back the key it had.
    fireEvent.blur(key);
    expect(key).toHaveValue('nome_bambino');
    expect(node().key).toBe('nome_bambino');
  });

  it('edits the options of a choice: add, rename (value follows), reorder, remove', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-frequenza');
    const options = within(panel).getByRole('group', { name: 'Opzioni' });
    await user.click(within(options).getByRole('button', { name: 'Aggiungi un’opzione' }));
    expect(node().props.options).toHaveLength(3);
    const text3 = within(options).getByLabelText(/^Testo 3/);
    await user.clear(text3);
    await user.type(text3, 'Solo mattino');
    expect((node().props.options as Array<{ value: string }>)[2]).toEqual({ value: 'solo_mattino', label: 'Solo mattino' });
    await user.click(within(options).getByRole('button', { name: 'Sposta su «Solo mattino»' }));
    expect((node().props.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['tempo_pieno', 'solo_mattino', 'part_time']);
    await user.click(within(options).getByRole('button', { name: 'Rimuovi «Part time»' }));
    expect((node().props.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['tempo_pieno', 'solo_mattino']);
    // A value the official typed no longer follows the text.
    const value1 = within(options).getByLabelText(/^Valore 1/);
    await user.clear(value1);
    await user.type(value1, 'pieno');
    await user.type(within(options).getByLabelText(/^Testo 1/), ' (8-16)');
    expect((node().props.options as Array<{ value: string }>)[0]).toEqual({ value: 'pieno', label: 'Tempo pieno (8-16)' });
  });

  it('a ready-made format sets both the pattern and its plain-language name', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    await user.selectOptions(within(panel).getByLabelText('Formato richiesto'), '5 cifre (CAP)');
    expect(node().props.pattern).toBe('^[0-9]{5}$');
    expect(node().props.patternName).toBe('5 cifre (CAP)');
    expect(within(panel).getByLabelText('Nome del formato')).toHaveValue('5 cifre (CAP)');
    await user.selectOptions(within(panel).getByLabelText('Formato richiesto'), 'Nessuno');
    expect(node().props.pattern).toBeUndefined();
  });

  it('technical staff may type a custom regular expression, checked as they type', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    await user.selectOptions(within(panel).getByLabelText('Formato richiesto'), 'Personalizzato (espressione regolare)');
    const regex = within(panel).getByLabelText('Espressione regolare');
    await user.type(regex, '^[[A-Z]{{2}');
    expect(node().props.pattern).toBe('^[A-Z]{2}');
    await user.type(regex, '(');
    expect(regex).toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).getByText('Questa espressione regolare non è valida.')).toBeInTheDocument();
  });

  it('number props: an empty box removes the prop; out-of-range values are flagged', async () => {
    const user = userEvent.setup();
    const { panel, node } = open('node-nome-bambino');
    const max = within(panel).getByLabelText('Lunghezza massima (caratteri)');
    await user.clear(max);
    expect(node().props).not.toHaveProperty('maxLength');
    await user.type(max, '0');
    expect(within(panel).getByText('Il valore minimo è 1.')).toBeInTheDocument();
  });

  it('for an official, technical props are read-only with a note', () => {
    sessionStore.getState().setRole('official');
    const { panel } = open('node-nome-bambino');
    const technical = within(panel).getByRole('group', { name: 'Impostazioni tecniche' });
    expect(within(technical).getByText(/Riservate al personale tecnico/)).toBeInTheDocument();
    expect(within(technical).getByLabelText('Chiave di integrazione')).toHaveAttribute('readonly');
    expect(within(panel).getByLabelText(/^Etichetta/)).not.toHaveAttribute('readonly');
  });

  it('keeps a node of an unknown type and says so', () => {
    const def = nidoWithChoice();
    def.steps[1].nodes.push({ id: 'node-futuro', type: 'firma_digitale', key: 'firma', props: { label: 'Firma' } });
    const { panel } = open('node-futuro', def);
    expect(within(panel).getByText(/tipo che questa versione di Mattoncini non conosce \(firma_digitale\)/)).toBeInTheDocument();
    expect(within(panel).getByLabelText('Chiave del campo')).toHaveValue('firma');
  });
});

describe('Inspector list props', () => {
  it('accepted file types are checkboxes named as officials know them', async () => {
    const user = userEvent.setup();
    const def = nidoWithChoice();
    def.steps[1].nodes.push({
      id: 'node-isee-doc',
      type: 'attachment',
      key: 'attestazione_isee',
      props: { label: 'Attestazione ISEE', accept: ['application/pdf'] },
    });
    const { panel, node } = open('node-isee-doc', def);
    const types = within(panel).getByRole('group', { name: 'Tipi di file ammessi' });
    expect(within(types).getByLabelText('PDF')).toBeChecked();
    await user.click(within(types).getByLabelText('P7M (firmato digitalmente)'));
    expect(node().props.accept).toEqual(['application/pdf', 'application/pkcs7-mime']);
  });
});

describe('Inspector extension points and schema hints', () => {
  // A fee block of our own, so the test does not hang on a pattern's details.
  const feeBlock: BlockDefinition = {
    type: 'fee',
    label: { it: 'Tariffa', en: 'Fee' },
    description: { it: 'Una tariffa', en: 'A fee' },
    icon: 'M4 4h16v16H4z',
    group: 'patterns',
    defaultProps: () => ({ label: 'Tariffa', mode: 'once', amount: 0 }),
    propsSchema: {
      type: 'object',
      properties: {
        label: { type: 'string', title: 'Etichetta' },
        mode: { type: 'string', title: 'Quando', enum: ['once', 'recurring'], 'x-enumNames': ['Una volta', 'A rate'] },
        amount: { title: 'Importo', 'x-widget': 'formula', anyOf: [{ type: 'number' }, { type: 'object' }] },
        count: { type: 'integer', title: 'Numero di rate', 'x-show-when': { mode: ['recurring'] } },
        firstDue: { type: 'string', format: 'date', title: 'Prima scadenza', 'x-show-when': { mode: ['recurring'] } },
      },
    },
    technicalProps: [],
    compile: () => ({ uiSchema: {}, required: false }),
  };
  const registry = createRegistry([...defaultRegistry.all(), feeBlock]);

  function openFee() {
    const def = nidoWithChoice();
    def.steps[1].nodes.push({ id: 'node-retta', type: 'fee', key: 'retta', props: { label: 'Retta', mode: 'once', amount: { '*': [{ var: 'tipo_di_frequenza' }, 2] } } });
    const editor = renderInEditor(<Inspector />, def, registry);
    act(() => editor.stores.ui.getState().selectNode('node-retta'));
    return { ...editor, panel: screen.getByRole('complementary', { name: 'Proprietà' }) };
  }

  it('shows a formula in words (while its builder loads); hides props that do not apply (x-show-when)', async () => {
    const user = userEvent.setup();
    const { panel, definitionNow } = openFee();
    expect(within(panel).getByText(/Tipo di frequenza/)).toBeInTheDocument();
    expect(within(panel).queryByLabelText('Numero di rate')).toBeNull();
    await user.selectOptions(within(panel).getByLabelText('Quando'), 'A rate');
    expect(within(panel).getByLabelText('Numero di rate')).toBeInTheDocument();
    const due = within(panel).getByLabelText('Prima scadenza');
    expect(due).toHaveAttribute('type', 'date');
    fireEvent.change(due, { target: { value: '2027-09-30' } });
    expect(definitionNow().steps[1].nodes.at(-1)!.props.firstDue).toBe('2027-09-30');
  });

  it('uses a control registered for an x-widget hint', async () => {
    const { registerInspectorWidget } = await import('./customWidgets');
    registerInspectorWidget('formula', ({ label }) => <p>Costruttore per {label}</p>);
    const { panel } = openFee();
    expect(within(panel).getByText('Costruttore per Importo')).toBeInTheDocument();
  });
});
