import { afterEach, describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../store/testing/fixtures';
import { MattonciniDb } from '../db';
import { createPendingJournal } from '../pendingJournal';
import { createServiceRepository } from '../serviceRepository';
import { resolveConflict, suffixedTitle, type Resolution } from './resolve';
import { patchState } from './syncStore';

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

  it.each<[Resolution, string[]]>([
    ['theirs', ['nido-comunale']],
    ['both', ['nido-comunale']],
    ['mine', []],
  ])('«%s» tells open screens when the server’s copy becomes the local one', async (choice, told) => {
    const db = new MattonciniDb(`resolve-${crypto.randomUUID()}`);
    opened.push(db);
    const repository = createServiceRepository(db, { journal: createPendingJournal(undefined) });
    const mine = nidoComunaleFixture();
    await repository.put(mine);
    const theirs = { ...mine, card: { ...mine.card, title: 'Nido comunale 2027 (dal server)' } };
    await patchState(db, mine.id, { conflict: { current: theirs, revision: 4 }, serverRevision: 3, serverDeleted: false });
    const published: string[] = [];
    await resolveConflict({ db, repository, notices: { publish: (id) => published.push(id) } }, mine.id, choice);
    expect(published).toEqual(told);
    const local = await repository.get(mine.id);
    expect(local.ok && local.definition.card.title).toBe(choice === 'mine' ? mine.card.title : theirs.card.title);
  });
});
