// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrassegnoDisabili } from '../../../../../scripts/templates/contrassegnoDisabili';
import { openInspector } from './testing';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

type Doc = { key?: string; label: string; acceptedTypes: string[]; maxSizeMb: number; required: boolean };

async function openDocuments() {
  const editor = openInspector(contrassegnoDisabili(), 'cude-n-permesso');
  const group = await screen.findByRole('group', { name: 'Documenti richiesti' }, { timeout: 10_000 });
  const docs = () => editor.node().props.documents as Doc[];
  return { ...editor, group, docs };
}

describe('Documenti richiesti', () => {
  it('shows each document with required, size and accepted types in words', async () => {
    const { group, docs } = await openDocuments();
    const first = within(group).getByRole('group', { name: docs()[0].label });
    expect(within(first).getByLabelText('Obbligatorio')).toBeChecked();
    expect(within(first).getByLabelText('Dimensione massima')).toHaveValue(10);
    expect(within(first).getByText(/^Tipi ammessi: PDF/)).toBeInTheDocument();
  });

  it('adds a document, then sets its types through the file-type checkboxes', async () => {
    const user = userEvent.setup();
    const { group, docs, changes } = await openDocuments();
    const count = docs().length;
    await user.click(within(group).getByRole('button', { name: 'Aggiungi un documento' }));
    expect(changes()).toBe(1);
    expect(docs()[count]).toEqual({ label: 'Nuovo documento', acceptedTypes: ['application/pdf'], maxSizeMb: 5, required: true });
    const name = within(group).getByLabelText(`Documento ${count + 1}`);
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Delega firmata');
    const item = within(group).getByRole('group', { name: 'Delega firmata' });
    await user.click(within(item).getByRole('button', { name: 'Tipi di file e chiave' }));
    await user.click(within(item).getByLabelText('P7M (firmato digitalmente)'));
    await user.click(within(item).getByLabelText('Obbligatorio'));
    expect(docs()[count]).toEqual({ label: 'Delega firmata', acceptedTypes: ['application/pdf', 'application/pkcs7-mime'], maxSizeMb: 5, required: false });
    // The key it will get in the answers, from its name.
    expect(within(item).getByText(/delega_firmata/)).toBeInTheDocument();
  });

  it('says when a size is out of range, and a key is not machine-safe', async () => {
    const user = userEvent.setup();
    const { group, docs } = await openDocuments();
    const first = within(group).getByRole('group', { name: docs()[0].label });
    const size = within(first).getByLabelText('Dimensione massima');
    await user.clear(size);
    await user.type(size, '250');
    expect(within(first).getByText('Indica una dimensione tra 0,1 e 100 MB')).toBeInTheDocument();
    expect(docs()[0].maxSizeMb).toBe(250);
    await user.click(within(first).getByRole('button', { name: 'Tipi di file e chiave' }));
    const key = within(first).getByLabelText('Chiave del dato (facoltativa)');
    await user.type(key, '-X');
    expect(key).toHaveAccessibleDescription('Usa solo lettere minuscole, numeri e _, iniziando con una lettera.');
  });
});
