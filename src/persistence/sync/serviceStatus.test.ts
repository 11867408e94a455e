import { describe, expect, it } from 'vitest';
import { serviceSyncStatus } from './serviceStatus';
import { emptyState } from './syncStore';

const synced = { ...emptyState('nido'), serverRevision: 3 };

describe('serviceSyncStatus', () => {
  it('says «only here» for a service the server has never had, «in sync» once it has', () => {
    expect(serviceSyncStatus(undefined, 0, { state: 'ok' })).toBe('local');
    expect(serviceSyncStatus(synced, 0, { state: 'ok' })).toBe('synced');
    expect(serviceSyncStatus({ ...synced, serverDeleted: true }, 0, { state: 'ok' })).toBe('local');
  });

  it('unsent changes are «local changes», or «offline» while the server cannot be reached', () => {
    expect(serviceSyncStatus(synced, 2, { state: 'ok' })).toBe('pending');
    expect(serviceSyncStatus(synced, 2, { state: 'offline' })).toBe('offline');
  });

  it('a conflict comes first, then a refusal of the unsent change', () => {
    const conflict = { current: {} as never, revision: 4 };
    expect(serviceSyncStatus({ ...synced, conflict, error: 'x' }, 1, { state: 'offline' })).toBe('conflict');
    expect(serviceSyncStatus({ ...synced, error: 'Livello di accesso riservato' }, 1, { state: 'ok' })).toBe('error');
    expect(serviceSyncStatus(synced, 1, { state: 'error' })).toBe('error');
    // A refusal with nothing left to send is over.
    expect(serviceSyncStatus({ ...synced, error: 'vecchio' }, 0, { state: 'ok' })).toBe('synced');
  });
});
