import { describe, expect, it } from 'vitest';
import type { RevisionInfo } from '../../src/model';
import { checkRevisions } from './revisionAudit';

const revisions = (...numbers: number[]): RevisionInfo[] =>
  numbers.map((revision) => ({ revision, action: revision === 1 ? 'create' : 'update', savedAt: '2026-11-26T10:00:00.000Z', savedBy: 'Client 1', role: 'technical' }));

describe('checkRevisions', () => {
  it('passes when each service has 1 + its accepted updates, numbered without gaps', () => {
    const check = checkRevisions(new Map([['bonus', [2, 3, 4]], ['nido', []]]), new Map([['bonus', revisions(4, 3, 2, 1)], ['nido', revisions(1)]]));
    expect(check).toEqual({ ok: true, rows: 5, problems: [] });
  });

  it('reports a lost write, a duplicate, a gap and a revision given to two clients', () => {
    const check = checkRevisions(
      new Map([['bonus', [2, 3, 3]], ['mensa', [2]], ['nido', [2]]]),
      new Map([['bonus', revisions(1, 2, 3)], ['mensa', revisions(1, 2, 2)], ['nido', revisions(1, 3)]]),
    );
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      'bonus: 3 revisioni salvate, attese 4 (1 + 3 accettate)',
      'bonus: la stessa revisione accettata per due client',
      'mensa: revisioni duplicate',
      'mensa: revisioni con buchi (1, 2, 2…)',
      'mensa: 3 revisioni salvate, attese 2 (1 + 1 accettate)',
      'nido: revisioni con buchi (1, 3…)',
      'nido: revisioni accettate ma non salvate: 2',
    ]);
  });
});
