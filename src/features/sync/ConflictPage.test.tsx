// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../app/i18n';
import { getDatabase } from '../../persistence/db';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { serviceRepository } from '../catalog/data/catalogServices';
import { ConflictPage } from './ConflictPage';

const syncNow = vi.fn(async () => ({ state: 'ok', lastSyncAt: null }));
vi.mock('./syncServices', () => ({ syncRunner: () => ({ syncNow }) }));

initI18n('it');

const mine = { ...nidoComunaleFixture(), revision: 7, card: { ...nidoComunaleFixture().card, title: 'Nido 2027 (mia)' } };
const theirs = { ...nidoComunaleFixture(), revision: 3, card: { ...nidoComunaleFixture().card, title: 'Nido 2027 (server)', who: 'Famiglie residenti' } };

beforeEach(async () => {
  const db = getDatabase();
  await Promise.all([db.services.clear(), db.syncState.clear(), db.outbox.clear()]);
  await serviceRepository.put(mine);
  await db.syncState.put({
    serviceId: mine.id,
    serverRevision: 2,
    serverDeleted: false,
    conflict: { current: theirs, revision: 3, savedBy: 'Maria Rossi', savedAt: '2027-02-01T10:00:00.000Z', role: 'official' },
    error: null,
    syncedAt: null,
    pulledLocalRevision: null,
  });
});
afterEach(cleanup);

const renderPage = () =>
  render(
    <MemoryRouter>
      <ConflictPage serviceId={mine.id} />
    </MemoryRouter>,
  );

describe('ConflictPage', () => {
  it('shows both versions side by side, who saved the server’s, and the fields that differ', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Conflitto su «Nido 2027 (mia)»' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Versione sul server' })).toHaveTextContent('Salvata da Maria Rossi (funzionario/a)');
    const table = screen.getByRole('table', { name: 'Campi diversi (2)' });
    const title = within(table).getByRole('row', { name: /Titolo/ });
    expect(title).toHaveTextContent('Nido 2027 (mia)');
    expect(title).toHaveTextContent('Nido 2027 (server)');
    expect(within(table).getByRole('row', { name: /A chi è rivolto/ })).toHaveTextContent('Famiglie residenti');
    expect(screen.getByRole('button', { name: 'Tieni entrambe' })).toHaveAccessibleDescription(/diventa un nuovo servizio/);
  });

  it('«Tieni quella del server» replaces the local copy and keeps mine in the trash, then syncs', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Tieni quella del server' }));
    expect(await screen.findByRole('status')).toHaveTextContent('ora hai la versione del server');
    const local = await serviceRepository.get(mine.id);
    expect(local.ok && local.definition.card.title).toBe('Nido 2027 (server)');
    expect((await serviceRepository.listTrash()).map((s) => s.title)).toEqual(['Nido 2027 (mia) (versione locale scartata)']);
    expect((await getDatabase().syncState.get(mine.id))?.conflict).toBeNull();
    expect(syncNow).toHaveBeenCalled();
  });

  it('says so when there is no conflict to resolve', async () => {
    await getDatabase().syncState.clear();
    renderPage();
    expect(await screen.findByText('Questo servizio non ha conflitti da risolvere.')).toBeInTheDocument();
  });
});
