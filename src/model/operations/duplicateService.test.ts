import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze, iscrizioneNido, sequentialIds } from '../fixtures';
import { collectKeys } from '../keys';
import { collectNodeIds, walkNodes } from '../tree';
import type { ServiceDefinition } from '../types';
import { validate } from '../validate';
import { duplicateService } from './duplicateService';

const now = new Date('2027-01-10T09:00:00.000Z');

/** Every object and array reachable from `value`. */
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    out.add(value);
    Object.values(value).forEach((v) => objectsOf(v, out));
  }
  return out;
}

function allIds(def: ServiceDefinition): string[] {
  const ids = [def.id, ...def.steps.map((s) => s.id), ...collectNodeIds(def)];
  ids.push(...def.requirements.map((r) => r.id), ...def.personas.map((p) => p.id));
  ids.push(...def.technical.integrations.map((i) => i.id));
  return ids;
}

describe('duplicateService', () => {
  it('makes a new draft derived from the source', () => {
    const source = deepFreeze(bonusAlimentare());
    const copy = duplicateService(source, { now, idGen: sequentialIds('nuovo') });
    expect(copy.card.title).toBe('Bonus alimentare (copia)');
    expect(copy.derivedFrom).toEqual({ id: 'svc-bonus-alimentare', revision: 7, title: 'Bonus alimentare' });
    expect(copy.status).toBe('draft');
    expect(copy.schedule).toEqual({ opensAt: null, closesAt: null });
    expect(copy.revision).toBe(0);
    expect(copy.createdAt).toBe('2027-01-10T09:00:00.000Z');
    expect(copy.updatedAt).toBe('2027-01-10T09:00:00.000Z');
    expect(copy.history).toEqual([]);
    expect(validate(copy)).toEqual([]);
    expect(source).toEqual(bonusAlimentare());
  });

  it('gives fresh ids to every entity and keeps keys', () => {
    const source = deepFreeze(bonusAlimentare());
    const copy = duplicateService(source, { now });
    const before = allIds(source);
    const after = allIds(copy);
    expect(after).toHaveLength(before.length);
    expect(new Set(after).size).toBe(after.length);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(collectKeys(copy)).toEqual(collectKeys(source));
    const types: string[] = [];
    walkNodes(copy, (node) => {
      types.push(node.type);
    });
    expect(types).toHaveLength(15);
  });

  it('copies everything else: card, rules, steps, personas, technical settings', () => {
    const source = deepFreeze(bonusAlimentare());
    const copy = duplicateService(source, { now, idGen: sequentialIds('nuovo') });
    expect({ ...copy.card, title: source.card.title }).toEqual(source.card);
    expect(copy.requirements.map(({ id: _id, ...r }) => r)).toEqual(source.requirements.map(({ id: _id, ...r }) => r));
    expect(copy.steps.map((s) => s.title)).toEqual(source.steps.map((s) => s.title));
    expect(copy.steps[1].nodes[2].visibleIf).toEqual(source.steps[1].nodes[2].visibleIf);
    expect(copy.personas[0].answers).toEqual(source.personas[0].answers);
    expect(copy.technical.protocol).toEqual(source.technical.protocol);
    expect(copy.languages).toEqual(source.languages);
  });

  it('remaps translation paths to the new ids', () => {
    const source = deepFreeze(bonusAlimentare());
    const copy = duplicateService(source, { now, idGen: sequentialIds('nuovo') });
    const isee = copy.steps[1].nodes[0];
    const nucleo = copy.steps[1];
    const reqIsee = copy.requirements[1];
    expect(copy.translations.en).toEqual({
      'card.title': 'Food bonus',
      [`step.${nucleo.id}.title`]: 'Household',
      [`node.${isee.id}.label`]: 'Current ISEE',
      [`node.${copy.steps[1].nodes[2].id}.label`]: 'Other household members',
      [`node.${copy.steps[1].nodes[2].children![0].id}.label`]: 'First name',
      [`node.${copy.steps[2].nodes[0].children![0].id}.label`]: 'Bank account IBAN',
      [`requirement.${reqIsee.id}.message`]: 'The current ISEE must not exceed €16,500.',
    });
  });

  it('shares no object with the source', () => {
    const source = deepFreeze(bonusAlimentare());
    const copy = duplicateService(source, { now });
    const sourceObjects = objectsOf(source);
    expect([...objectsOf(copy)].filter((o) => sourceObjects.has(o))).toEqual([]);
  });

  it('uses a given title, and keeps a long title within the limit', () => {
    const source = deepFreeze(iscrizioneNido());
    expect(duplicateService(source, { now, title: 'Nido 2028/2029' }).card.title).toBe('Nido 2028/2029');
    const long = deepFreeze({ ...bonusAlimentare(), card: { ...bonusAlimentare().card, title: 'T'.repeat(160) } });
    const copy = duplicateService(long, { now });
    expect(copy.card.title).toHaveLength(160);
    expect(copy.card.title.endsWith(' (copia)')).toBe(true);
    expect(validate(copy)).toEqual([]);
  });
});
