import { describe, expect, it } from 'vitest';
import { restore } from '../../../model';
import { bonusAlimentare, deepFreeze, sequentialIds } from '../../../model/fixtures';
import { createCardStore } from './cardCommands';
import { addRequirement, moveRequirement, removeRequirement, updateRequirement } from './requirementOps';
import { replaceContent, updateTechnical } from './technicalOps';

const frozen = () => deepFreeze(bonusAlimentare());
const isValid = (def: unknown) => restore(def).ok;

describe('requirement commands', () => {
  it('adds a named requirement whose rule defaults to true, at the end or at an index', () => {
    const def = frozen();
    const next = addRequirement(def, { name: 'Età minima', message: 'Devi essere maggiorenne.', idGen: sequentialIds('req') });
    expect(next.requirements.at(-1)).toEqual({ id: 'req-1', name: 'Età minima', message: 'Devi essere maggiorenne.', rule: true });
    expect(isValid(next)).toBe(true);
    const first = addRequirement(def, { name: 'Primo', message: 'M', index: 0, id: 'req-first' });
    expect(first.requirements[0].id).toBe('req-first');
  });

  it('refuses empty names or messages and duplicate ids (the format requires them)', () => {
    const def = frozen();
    expect(addRequirement(def, { name: ' ', message: 'x' })).toBe(def);
    expect(addRequirement(def, { name: 'x', message: 'x', id: 'req-isee' })).toBe(def);
    expect(updateRequirement(def, { id: 'req-isee', changes: { name: '' } })).toBe(def);
    expect(updateRequirement(def, { id: 'req-isee', changes: { message: '  ' } })).toBe(def);
  });

  it('updates, moves and removes; unchanged requests return the same object', () => {
    const def = frozen();
    const renamed = updateRequirement(def, { id: 'req-isee', changes: { name: 'ISEE fino a 16.500 €' } });
    expect(renamed.requirements[1].name).toBe('ISEE fino a 16.500 €');
    expect(updateRequirement(def, { id: 'req-isee', changes: { name: def.requirements[1].name } })).toBe(def);
    expect(updateRequirement(def, { id: 'missing', changes: { name: 'x' } })).toBe(def);
    expect(moveRequirement(def, { id: 'req-isee', index: 0 }).requirements.map((r) => r.id)).toEqual(['req-isee', 'req-residenza']);
    expect(moveRequirement(def, { id: 'req-isee', index: 5 })).toBe(def);
    expect(removeRequirement(def, { id: 'req-residenza' }).requirements.map((r) => r.id)).toEqual(['req-isee']);
    expect(removeRequirement(def, { id: 'missing' })).toBe(def);
  });
});

describe('technical commands', () => {
  it('changes technical settings shallowly', () => {
    const def = frozen();
    const next = updateTechnical(def, { accessLevel: 'cie', payment: { gateway: 'pagopa', entityTaxCode: '00123456789', taxonomyCode: '9/0101108TS/' } });
    expect(next.technical.accessLevel).toBe('cie');
    expect(next.technical.protocol).toBe(def.technical.protocol);
    expect(isValid(next)).toBe(true);
    expect(updateTechnical(def, { accessLevel: def.technical.accessLevel })).toBe(def);
  });

  it('replaces content from the raw JSON but keeps identity and saved metadata', () => {
    const def = frozen();
    const edited = { ...bonusAlimentare(), revision: 99, history: [], createdAt: '2020-01-01T00:00:00.000Z', card: { ...def.card, title: 'Buoni spesa' } };
    const next = replaceContent(def, { definition: edited });
    expect(next.card.title).toBe('Buoni spesa');
    expect(next.revision).toBe(def.revision);
    expect(next.history).toBe(def.history);
    expect(next.createdAt).toBe(def.createdAt);
    expect(replaceContent(def, { definition: { ...edited, id: 'another' } })).toBe(def);
    expect(replaceContent(def, { definition: bonusAlimentare() })).toBe(def);
  });
});

describe('the card store', () => {
  it('undoes and redoes adapter commands like model ones', () => {
    const store = createCardStore(bonusAlimentare());
    const { dispatch } = store.getState();
    dispatch({ name: 'updateCard', args: { title: 'Buoni spesa 2027' } });
    dispatch({ name: 'addRequirement', args: { name: 'Età', message: 'Maggiorenni', id: 'req-eta' } });
    expect(store.getState().definition.requirements).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().definition.requirements).toHaveLength(2);
    expect(store.getState().definition.card.title).toBe('Buoni spesa 2027');
    store.getState().redo();
    expect(store.getState().definition.requirements.at(-1)?.id).toBe('req-eta');
    expect(store.getState().lastAction).toBe('redo:addRequirement');
  });
});
