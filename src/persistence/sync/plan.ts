/**
 * The sync engine's decisions, pure: given the outbox, what is remembered of
 * the server and what the server lists, what to send and what to fetch. The
 * engine (`engine.ts`) only carries them out, so every rule here is tested
 * without IndexedDB or a network.
 */
import type { ServiceListItem } from '../../model/api';
import type { OutboxRow, SyncStateRow } from '../db';

/** Where the local copy of a service is. */
export type LocalPresence = 'active' | 'trashed' | 'gone';

/** One request (or none) that brings the server up to the local state of one service. */
export type PushTask =
  | { action: 'create'; serviceId: string; seqs: number[] }
  | { action: 'update'; serviceId: string; seqs: number[]; ifMatch: number }
  | { action: 'delete'; serviceId: string; seqs: number[]; ifMatch: number }
  /** Nothing to send (deleted here before the server ever had it, or already deleted there). */
  | { action: 'drop'; serviceId: string; seqs: number[] }
  /** Edited on top of a copy older than the last pulled one: a conflict, not a PUT. */
  | { action: 'stale-base'; serviceId: string; seqs: number[] };

/**
 * The outbox coalesced: one task per service, services in the order of their
 * first row, each sending the service's current local state (its latest copy
 * or its deletion) once, however many rows it has. Services in conflict wait
 * for the official and are not sent.
 */
export function planPush(
  outbox: readonly OutboxRow[],
  states: ReadonlyMap<string, SyncStateRow>,
  presence: (serviceId: string) => LocalPresence,
): PushTask[] {
  const rowsByService = new Map<string, OutboxRow[]>();
  for (const row of [...outbox].sort((a, b) => a.seq - b.seq)) {
    const list = rowsByService.get(row.serviceId) ?? [];
    list.push(row);
    rowsByService.set(row.serviceId, list);
  }
  const tasks: PushTask[] = [];
  for (const [serviceId, rows] of rowsByService) {
    const state = states.get(serviceId);
    if (state?.conflict) continue;
    const seqs = rows.map((r) => r.seq);
    const known = state?.serverRevision ?? null;
    const where = presence(serviceId);
    if (where === 'active') {
      const pulled = state?.pulledLocalRevision ?? null;
      if (pulled !== null && rows.some((r) => r.kind === 'put' && r.revision <= pulled)) {
        tasks.push({ action: 'stale-base', serviceId, seqs });
      } else if (known === null) tasks.push({ action: 'create', serviceId, seqs });
      // A PUT with the tombstone's revision revives a service deleted on the server.
      else tasks.push({ action: 'update', serviceId, seqs, ifMatch: known });
    } else if (known === null || state?.serverDeleted) {
      tasks.push({ action: 'drop', serviceId, seqs });
    } else {
      tasks.push({ action: 'delete', serviceId, seqs, ifMatch: known });
    }
  }
  return tasks;
}

/** What to do about one service the server lists. */
export type PullTask =
  /** Newer on the server and untouched here (or unknown here): fetch it and store it locally. */
  | { action: 'fetch'; serviceId: string; revision: number }
  /** Here and there but never synced: fetch and compare; different copies become a conflict. */
  | { action: 'compare'; serviceId: string; revision: number }
  /** Deleted on the server, untouched here: move the local copy to the trash. */
  | { action: 'trash'; serviceId: string; revision: number }
  /** Deleted on the server and not here: just remember the tombstone. */
  | { action: 'remember-deleted'; serviceId: string; revision: number };

export interface PullPlan {
  tasks: PullTask[];
  /** Local services the server has never had and that have no row waiting: queue them to be sent. */
  toEnqueue: string[];
}

/**
 * What the server's list asks of this copy. A service with unsent local rows
 * is left alone: its push will meet the newer revision (412) and become a
 * conflict the official resolves, so neither side is overwritten.
 */
export function planPull(
  list: readonly ServiceListItem[],
  states: ReadonlyMap<string, SyncStateRow>,
  local: ReadonlyMap<string, Exclude<LocalPresence, 'gone'>>,
  pending: ReadonlySet<string>,
): PullPlan {
  const tasks: PullTask[] = [];
  const listed = new Set<string>();
  for (const item of list) {
    listed.add(item.id);
    const state = states.get(item.id);
    if (state?.conflict || pending.has(item.id)) continue;
    const known = state?.serverRevision ?? null;
    if (known !== null && item.revision <= known) continue;
    const here = local.get(item.id);
    const task = { serviceId: item.id, revision: item.revision };
    if (item.deleted) tasks.push({ ...task, action: here === 'active' && known !== null ? 'trash' : 'remember-deleted' });
    else if (here && known === null) tasks.push({ ...task, action: 'compare' });
    else tasks.push({ ...task, action: 'fetch' });
  }
  const toEnqueue = [...local]
    .filter(([id, where]) => where === 'active' && !listed.has(id) && !pending.has(id) && (states.get(id)?.serverRevision ?? null) === null)
    .map(([id]) => id);
  return { tasks, toEnqueue };
}

/** Delay before the next attempt after `failures` network failures in a row: 2 s, 4 s, … up to 60 s. */
export function backoffMs(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, failures - 1), 60_000);
}
