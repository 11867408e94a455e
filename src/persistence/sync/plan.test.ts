import { describe, expect, it } from 'vitest';
import type { ServiceListItem } from '../../model/api';
import type { OutboxRow, SyncStateRow } from '../db';
import { backoffMs, planPull, planPush, type LocalPresence } from './plan';
import { emptyState } from './syncStore';

const row = (seq: number, serviceId: string, kind: 'put' | 'delete' = 'put', revision = seq): OutboxRow => ({ seq, serviceId, kind, revision, createdAt: seq });
const state = (serviceId: string, change: Partial<SyncStateRow>): [string, SyncStateRow] => [serviceId, { ...emptyState(serviceId), ...change }];
const everywhere = (): LocalPresence => 'active';

describe('planPush', () => {
  it('coalesces the rows of one service into one request, services in the order of their first row', () => {
    const outbox = [row(3, 'nido'), row(1, 'mensa'), row(2, 'nido'), row(4, 'mensa'), row(5, 'tari')];
    const states = new Map([state('nido', { serverRevision: 4 }), state('mensa', { serverRevision: 1 })]);
    expect(planPush(outbox, states, everywhere)).toEqual([
      { action: 'update', serviceId: 'mensa', seqs: [1, 4], ifMatch: 1 },
      { action: 'update', serviceId: 'nido', seqs: [2, 3], ifMatch: 4 },
      { action: 'create', serviceId: 'tari', seqs: [5] },
    ]);
  });

  it('sends a deletion with the remembered server revision, and nothing for one the server never had', () => {
    const states = new Map([state('nido', { serverRevision: 7 })]);
    const trashed = () => 'trashed' as const;
    expect(planPush([row(1, 'nido', 'delete'), row(2, 'bozza', 'put'), row(3, 'bozza', 'delete')], states, trashed)).toEqual([
      { action: 'delete', serviceId: 'nido', seqs: [1], ifMatch: 7 },
      { action: 'drop', serviceId: 'bozza', seqs: [2, 3] },
    ]);
  });

  it('the local state wins over the last row: restored from the trash means «send the copy»', () => {
    const states = new Map([state('nido', { serverRevision: 8, serverDeleted: true })]);
    expect(planPush([row(1, 'nido', 'delete'), row(2, 'nido', 'put')], states, everywhere)).toEqual([
      { action: 'update', serviceId: 'nido', seqs: [1, 2], ifMatch: 8 },
    ]);
  });

  it('holds a service in conflict until the official resolves it', () => {
    const conflict = { current: {} as never, revision: 3 };
    const states = new Map([state('nido', { serverRevision: 2, conflict })]);
    expect(planPush([row(1, 'nido'), row(2, 'mensa')], states, everywhere).map((t) => t.serviceId)).toEqual(['mensa']);
  });

  it('a save made on top of a copy older than the last pulled one is a conflict, not a PUT', () => {
    const states = new Map([state('nido', { serverRevision: 5, pulledLocalRevision: 9 })]);
    expect(planPush([row(1, 'nido', 'put', 9)], states, everywhere)).toEqual([{ action: 'stale-base', serviceId: 'nido', seqs: [1] }]);
    expect(planPush([row(1, 'nido', 'put', 10)], states, everywhere)).toEqual([{ action: 'update', serviceId: 'nido', seqs: [1], ifMatch: 5 }]);
  });
});

const item = (id: string, revision: number, deleted = false): ServiceListItem => ({
  id,
  title: id,
  status: 'draft',
  revision,
  savedAt: '2027-02-01T10:00:00.000Z',
  savedBy: 'Maria Rossi',
  role: 'official',
  deleted,
});

describe('planPull', () => {
  it('fetches newer server revisions, adds unknown services, skips what is already known', () => {
    const states = new Map([state('nido', { serverRevision: 2 }), state('mensa', { serverRevision: 5 })]);
    const local = new Map([['nido', 'active'], ['mensa', 'active']] as const);
    const plan = planPull([item('nido', 3), item('mensa', 5), item('tari', 1)], states, local, new Set());
    expect(plan.tasks).toEqual([
      { action: 'fetch', serviceId: 'nido', revision: 3 },
      { action: 'fetch', serviceId: 'tari', revision: 1 },
    ]);
  });

  it('leaves a service with unsent changes alone: its push will meet the newer revision', () => {
    const states = new Map([state('nido', { serverRevision: 2 })]);
    const plan = planPull([item('nido', 3)], states, new Map([['nido', 'active']]), new Set(['nido']));
    expect(plan.tasks).toEqual([]);
  });

  it('moves to the trash a service deleted on the server, and only remembers tombstones of others', () => {
    const states = new Map([state('nido', { serverRevision: 2 })]);
    const plan = planPull([item('nido', 3, true), item('vecchio', 4, true)], states, new Map([['nido', 'active']]), new Set());
    expect(plan.tasks).toEqual([
      { action: 'trash', serviceId: 'nido', revision: 3 },
      { action: 'remember-deleted', serviceId: 'vecchio', revision: 4 },
    ]);
  });

  it('compares a local copy never synced with the server’s; queues local services the server has never had', () => {
    const local = new Map([['tpl-nido', 'active'], ['mio', 'active'], ['cestinato', 'trashed']] as const);
    const plan = planPull([item('tpl-nido', 1)], new Map(), local, new Set());
    expect(plan.tasks).toEqual([{ action: 'compare', serviceId: 'tpl-nido', revision: 1 }]);
    expect(plan.toEnqueue).toEqual(['mio']);
  });
});

describe('backoffMs', () => {
  it('doubles from 2 s up to a minute', () => {
    expect([1, 2, 3, 6, 10].map(backoffMs)).toEqual([2_000, 4_000, 8_000, 60_000, 60_000]);
  });
});
