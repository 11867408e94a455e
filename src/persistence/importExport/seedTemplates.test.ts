import { afterEach, describe, expect, it } from 'vitest';
import { bonusAlimentare, iscrizioneNido } from '../../model/fixtures';
import { MattonciniDb } from '../db';
import { createMetaRepository, META_TEMPLATES_SEEDED } from '../metaRepository';
import { createServiceRepository } from '../serviceRepository';
import { serializeService } from './exportServices';
import { seedTemplates } from './seedTemplates';
import { loadTemplates } from './templates';

const opened: MattonciniDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function setup(files: Record<string, string>) {
  const db = new MattonciniDb(`seed-test-${crypto.randomUUID()}`);
  opened.push(db);
  const fetched: string[] = [];
  const fetchText = async (file: string) => {
    fetched.push(file);
    if (!(file in files)) throw new Error(`404 ${file}`);
    return files[file];
  };
  return { repository: createServiceRepository(db), meta: createMetaRepository(db), fetchText, fetched, files };
}

const TEMPLATES = {
  'index.json': JSON.stringify(['bonus-alimentare.json', 'iscrizione-nido.json']),
  'bonus-alimentare.json': serializeService(bonusAlimentare()),
  'iscrizione-nido.json': serializeService(iscrizioneNido()),
};

describe('template seeding', () => {
  it('on first start, stores every template and marks them seeded', async () => {
    const deps = setup(TEMPLATES);
    const result = await seedTemplates(deps);
    expect(result.added.sort()).toEqual([bonusAlimentare().id, iscrizioneNido().id].sort());
    expect((await deps.repository.list()).map((s) => s.title).sort()).toEqual(
      [bonusAlimentare().card.title, iscrizioneNido().card.title].sort(),
    );
    expect(await deps.meta.get(META_TEMPLATES_SEEDED)).toEqual(['bonus-alimentare.json', 'iscrizione-nido.json']);
  });

  it('does nothing on the next start, even after the official deleted a template for good', async () => {
    const deps = setup(TEMPLATES);
    await seedTemplates(deps);
    await deps.repository.softDelete(bonusAlimentare().id);
    await deps.repository.purge(bonusAlimentare().id);
    const again = await seedTemplates(deps);
    expect(again.added).toEqual([]);
    expect((await deps.repository.list()).map((s) => s.id)).toEqual([iscrizioneNido().id]);
  });

  it('an empty index marks the first start done; templates added later still arrive once', async () => {
    const deps = setup({ 'index.json': '[]' });
    await seedTemplates(deps);
    expect(await deps.meta.get(META_TEMPLATES_SEEDED)).toEqual([]);
    Object.assign(deps.files, TEMPLATES);
    const later = await seedTemplates(deps);
    expect(later.added).toHaveLength(2);
  });

  it('never overwrites a stored service with the same id', async () => {
    const deps = setup(TEMPLATES);
    const mine = { ...bonusAlimentare(), card: { ...bonusAlimentare().card, title: 'Bonus alimentare 2027' } };
    await deps.repository.put(mine);
    const result = await seedTemplates(deps);
    expect(result.added).toEqual([iscrizioneNido().id]);
    const loaded = await deps.repository.get(bonusAlimentare().id);
    expect(loaded.ok && loaded.definition.card.title).toBe('Bonus alimentare 2027');
  });

  it('skips a broken template, reports it, and retries it next time', async () => {
    const deps = setup({ ...TEMPLATES, 'iscrizione-nido.json': '{"formatVersion": 1}' });
    const result = await seedTemplates(deps);
    expect(result.added).toEqual([bonusAlimentare().id]);
    expect(result.problems.map((p) => p.file)).toEqual(['iscrizione-nido.json']);
    expect(await deps.meta.get(META_TEMPLATES_SEEDED)).toEqual(['bonus-alimentare.json']);
  });

  it('rejects without marking anything when the index is unreachable (first start offline)', async () => {
    const deps = setup({});
    await expect(seedTemplates(deps)).rejects.toThrow(/404/);
    expect(await deps.meta.get(META_TEMPLATES_SEEDED)).toBeUndefined();
  });

  it('refuses an index that points outside the templates folder', async () => {
    const deps = setup({ 'index.json': JSON.stringify(['../secret.json']) });
    await expect(seedTemplates(deps)).rejects.toThrow(/non ammesso/);
  });

  it('"Nuovo servizio da modello" reads the same templates', async () => {
    const deps = setup(TEMPLATES);
    const { templates, problems } = await loadTemplates(deps.fetchText);
    expect(templates.map((t) => t.definition.card.title)).toEqual([bonusAlimentare().card.title, iscrizioneNido().card.title]);
    expect(problems).toEqual([]);
  });
});
