import { afterEach, describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { MattonciniDb } from '../db';
import { createPendingJournal } from '../pendingJournal';
import { createServiceRepository } from '../serviceRepository';
import { resolveConflict, suffixedTitle } from './resolve';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('suffixedTitle', () => {
  it('adds the suffix and keeps the whole within 160 characters', () => {
    expect(suffixedTitle('Mensa', ' (mia versione)')).toBe('Mensa (mia versione)');
    const long = suffixedTitle('x'.repeat(200), ' (mia versione)');
    expect(long).toHaveLength(160);
    expect(long.endsWith(' (mia versione)')).toBe(true);
  });
});

describe('resolveConflict', () => {
  it('refuses, changing nothing, when the service has no conflict', async () => {
    const db = new MattonciniDb(`resolve-${crypto.randomUUID()}`);
    opened.push(db);
    const repository = createServiceRepository(db, { journal: createPendingJournal(undefined) });
    await repository.put(nidoComunaleFixture());
    await expect(resolveConflict({ db, repository }, 'nido-comunale', 'both')).rejects.toThrow('Questo servizio non ha conflitti da risolvere.');
    expect((await repository.list()).map((s) => s.id)).toEqual(['nido-comunale']);
  });
});
