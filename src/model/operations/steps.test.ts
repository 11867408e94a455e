import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { validate } from '../validate';
import { addStep } from './addStep';
import { moveStep } from './moveStep';
import { removeStep } from './removeStep';
import { renameStep } from './renameStep';

const ids = (def: { steps: { id: string }[] }) => def.steps.map((s) => s.id);

describe('addStep', () => {
  it('adds an empty step at the end, or at an index', () => {
    const def = deepFreeze(bonusAlimentare());
    const end = addStep(def, { id: 'step-allegati', title: 'Allegati' });
    expect(end.steps[3]).toEqual({ id: 'step-allegati', title: 'Allegati', nodes: [] });
    expect(end.steps[0]).toBe(def.steps[0]);
    const second = addStep(def, { id: 'step-allegati', title: 'Allegati', index: 1 });
    expect(ids(second)).toEqual(['step-richiedente', 'step-allegati', 'step-nucleo', 'step-dichiarazioni']);
    expect(validate(second)).toEqual([]);
    expect(def).toEqual(bonusAlimentare());
  });

  it('is a no-op for a taken or malformed id', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(addStep(def, { id: 'step-nucleo', title: 'Doppio' })).toBe(def);
    expect(addStep(def, { id: 'passo nuovo', title: 'Nuovo' })).toBe(def);
    expect(addStep(def, { id: '', title: 'Nuovo' })).toBe(def);
  });
});

describe('renameStep', () => {
  it('renames a step, sharing the others and its nodes', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = renameStep(def, { stepId: 'step-nucleo', title: 'Il tuo nucleo familiare' });
    expect(next.steps[1].title).toBe('Il tuo nucleo familiare');
    expect(next.steps[1].nodes).toBe(def.steps[1].nodes);
    expect(next.steps[0]).toBe(def.steps[0]);
  });

  it('is a no-op for the same title or an unknown step', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(renameStep(def, { stepId: 'step-nucleo', title: 'Nucleo familiare' })).toBe(def);
    expect(renameStep(def, { stepId: 'nessuno', title: 'x' })).toBe(def);
  });
});

describe('moveStep', () => {
  it('moves a step to its final index, keeping step identity', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = moveStep(def, { stepId: 'step-richiedente', toIndex: 2 });
    expect(ids(next)).toEqual(['step-nucleo', 'step-dichiarazioni', 'step-richiedente']);
    expect(next.steps[2]).toBe(def.steps[0]);
    const back = moveStep(def, { stepId: 'step-dichiarazioni', toIndex: 0 });
    expect(ids(back)).toEqual(['step-dichiarazioni', 'step-richiedente', 'step-nucleo']);
    expect(ids(moveStep(def, { stepId: 'step-richiedente', toIndex: 99 }))).toEqual([
      'step-nucleo',
      'step-dichiarazioni',
      'step-richiedente',
    ]);
  });

  it('is a no-op when the step stays or is unknown', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(moveStep(def, { stepId: 'step-nucleo', toIndex: 1 })).toBe(def);
    expect(moveStep(def, { stepId: 'step-dichiarazioni', toIndex: 7 })).toBe(def);
    expect(moveStep(def, { stepId: 'nessuno', toIndex: 0 })).toBe(def);
    expect(moveStep(def, { stepId: 'step-nucleo', toIndex: Number.NaN })).toBe(def);
  });
});

describe('removeStep', () => {
  it('removes a step with its nodes and their translations', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = removeStep(def, { stepId: 'step-nucleo' });
    expect(ids(next)).toEqual(['step-richiedente', 'step-dichiarazioni']);
    expect(next.steps[0]).toBe(def.steps[0]);
    expect(Object.keys(next.translations.en).sort()).toEqual([
      'card.title',
      'node.node-iban.label',
      'requirement.req-isee.message',
    ]);
    expect(validate(next)).toEqual([]);
  });

  it('never removes the last remaining step', () => {
    let def = bonusAlimentare();
    def = removeStep(def, { stepId: 'step-nucleo' });
    def = removeStep(def, { stepId: 'step-dichiarazioni' });
    const last = deepFreeze(def);
    expect(removeStep(last, { stepId: 'step-richiedente' })).toBe(last);
  });

  it('is a no-op for an unknown step', () => {
    const def = deepFreeze(bonusAlimentare());
    expect(removeStep(def, { stepId: 'nessuno' })).toBe(def);
  });
});
