/**
 * Duplication end to end below the UI: the food bonus becomes "Bonus casa"
 * with one action (duplicateService + repository.put), the copy is edited
 * through the card's store and autosave like in the app, and the stored
 * original is untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { walkNodes } from '../../../model';
import { bonusAlimentare } from '../../../model/fixtures';
import { startAutosave } from '../../../persistence/autosave';
import { MattonciniDb } from '../../../persistence/db';
import { createServiceRepository } from '../../../persistence/serviceRepository';
import { createDocumentStore } from '../../../store/documentStore';
import { duplicate } from './catalogActions';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const ids = (def: ReturnType<typeof bonusAlimentare>) => {
  const all: string[] = [def.id, ...def.steps.map((s) => s.id), ...def.requirements.map((r) => r.id), ...def.personas.map((p) => p.id)];
  walkNodes(def, (node) => (all.push(node.id), true));
  return all;
};

describe('duplicate a service', () => {
  it('copies the food bonus into "Bonus casa", whose changes never reach the original', async () => {
    const db = new MattonciniDb(`dup-test-${crypto.randomUUID()}`);
    opened.push(db);
    const repository = createServiceRepository(db);
    const original = bonusAlimentare();
    await repository.put(original);

    const copy = await duplicate(repository, original);
    expect(copy.card.title).toBe('Bonus alimentare (copia)');
    expect(copy.status).toBe('draft');
    expect(copy.schedule).toEqual({ opensAt: null, closesAt: null });
    expect(copy.derivedFrom).toEqual({ id: original.id, revision: original.revision, title: original.card.title });
    // Everything came along (card, flow, rules, translations, technical settings, personas) with fresh ids.
    expect(copy.requirements.map((r) => r.rule)).toEqual(original.requirements.map((r) => r.rule));
    expect(copy.technical.protocol).toEqual(original.technical.protocol);
    expect(copy.personas[0].answers).toEqual(original.personas[0].answers);
    expect(Object.keys(copy.translations.en)).toHaveLength(Object.keys(original.translations.en).length);
    expect(ids(copy).filter((id) => ids(original).includes(id))).toEqual([]);

    // Edit the copy as the card and the editor would: texts, amounts, a requirement.
    const loaded = await repository.get(copy.id);
    if (!loaded.ok) throw new Error('the copy was not stored');
    const store = createDocumentStore(loaded.definition);
    const autosave = startAutosave(store, repository, { lifecycle: null, getRole: () => 'official' });
    const { dispatch } = store.getState();
    dispatch({ name: 'updateCard', args: { title: 'Bonus casa', what_you_get: 'Un contributo di 500 € per nucleo.' } });
    dispatch({ name: 'updateNodeProps', args: { nodeId: copy.steps[1].nodes[0].id, props: { max: 20000 } } });
    dispatch({ name: 'updateRequirement', args: { id: copy.requirements[1].id, changes: { rule: { '<=': [{ var: 'isee' }, 20000] } } } });
    await autosave.stop();

    const savedCopy = await repository.get(copy.id);
    expect(savedCopy.ok && savedCopy.definition.card.title).toBe('Bonus casa');
    expect(savedCopy.ok && savedCopy.definition.steps[1].nodes[0].props.max).toBe(20000);
    expect(savedCopy.ok && savedCopy.definition.history.at(-1)?.role).toBe('official');

    const savedOriginal = await repository.get(original.id);
    expect(savedOriginal.ok && savedOriginal.definition).toEqual(bonusAlimentare());
  });
});
