import { describe, expect, it } from 'vitest';
import { bonusAlimentare, iscrizioneNido, sequentialIds } from '../../model/fixtures';
import { findConflicts, planImport, type ExistingService } from './importPlan';

const now = new Date('2027-02-01T10:00:00.000Z');
const stored = new Map<string, ExistingService>([
  ['svc-bonus-alimentare', { id: 'svc-bonus-alimentare', title: 'Bonus alimentare', inTrash: false }],
]);

describe('import conflicts', () => {
  it('finds incoming services whose id is already stored', () => {
    const conflicts = findConflicts([bonusAlimentare(), iscrizioneNido()], stored);
    expect(conflicts.map((c) => c.incoming.id)).toEqual(['svc-bonus-alimentare']);
  });

  it('writes services without conflict as they are', () => {
    const plan = planImport([iscrizioneNido()], [], {}, { now });
    expect(plan).toEqual({ toPut: [iscrizioneNido()], toRestoreFromTrash: [] });
  });

  it('"Sostituisci" writes the file’s version under the same id', () => {
    const incoming = [bonusAlimentare()];
    const plan = planImport(incoming, findConflicts(incoming, stored), { 'svc-bonus-alimentare': 'replace' }, { now });
    expect(plan.toPut).toEqual([bonusAlimentare()]);
  });

  it('"Sostituisci" over a trashed service brings it back from the trash', () => {
    const trashed = new Map([['svc-bonus-alimentare', { id: 'svc-bonus-alimentare', title: 'Bonus', inTrash: true }]]);
    const incoming = [bonusAlimentare()];
    const plan = planImport(incoming, findConflicts(incoming, trashed), { 'svc-bonus-alimentare': 'replace' }, { now });
    expect(plan.toRestoreFromTrash).toEqual(['svc-bonus-alimentare']);
  });

  it('"Mantieni entrambi" imports a copy with fresh ids and leaves the stored one alone', () => {
    const incoming = [bonusAlimentare()];
    const plan = planImport(incoming, findConflicts(incoming, stored), { 'svc-bonus-alimentare': 'keep-both' }, {
      now,
      idGen: sequentialIds('imp'),
    });
    const [copy] = plan.toPut;
    expect(copy.id).not.toBe('svc-bonus-alimentare');
    expect(copy.derivedFrom).toMatchObject({ id: 'svc-bonus-alimentare' });
    expect(copy.card.title).toBe('Bonus alimentare (copia)');
    expect(copy.steps.flatMap((s) => s.nodes.map((n) => n.id))).not.toContain('node-email');
  });

  it('never replaces silently: a conflict without a choice is an error', () => {
    const incoming = [bonusAlimentare()];
    expect(() => planImport(incoming, findConflicts(incoming, stored), {}, { now })).toThrow(/choice/);
  });
});
