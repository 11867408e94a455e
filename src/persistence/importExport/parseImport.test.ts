import { describe, expect, it } from 'vitest';
import { bonusAlimentare, iscrizioneNido } from '../../model/fixtures';
import { serializeBundle, serializeService } from './exportServices';
import { parseImportText } from './parseImport';

describe('export then import', () => {
  it('round-trips one service', () => {
    const result = parseImportText(serializeService(bonusAlimentare()));
    expect(result).toEqual({ ok: true, definitions: [bonusAlimentare()], warnings: [] });
  });

  it('round-trips a whole-catalogue bundle, in order', () => {
    const text = serializeBundle([bonusAlimentare(), iscrizioneNido()]);
    expect(JSON.parse(text).mattoncini).toBe('services');
    const result = parseImportText(text);
    expect(result.ok && result.definitions.map((d) => d.id)).toEqual([bonusAlimentare().id, iscrizioneNido().id]);
  });

  it('accepts a plain array of definitions', () => {
    const result = parseImportText(JSON.stringify([iscrizioneNido()]));
    expect(result.ok && result.definitions).toHaveLength(1);
  });

  it('reports unknown node types as warnings with the path inside the bundle', () => {
    const def = bonusAlimentare();
    def.steps[0].nodes[0] = { ...def.steps[0].nodes[0], type: 'from_the_future' };
    const result = parseImportText(serializeBundle([iscrizioneNido(), def]), { knownTypes: new Set(['text']) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.some((w) => w.path === '/services/1/steps/0/nodes/0/type')).toBe(true);
  });
});

describe('import of a broken file (all or nothing)', () => {
  it('names the JSON path of every problem, inside the bundle, in Italian', () => {
    const broken = bonusAlimentare() as unknown as Record<string, any>;
    broken.card.title = '';
    broken.status = 'archived';
    const result = parseImportText(serializeBundle([iscrizioneNido(), broken as never]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('/services/1/card/title');
    expect(paths).toContain('/services/1/status');
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
    // The valid first service is not returned either.
    expect('definitions' in result).toBe(false);
  });

  it('rejects invalid JSON with a positioned Italian message', () => {
    const result = parseImportText('{ "formatVersion": 1, ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/riga|JSON/i);
  });

  it('rejects an empty bundle, an unknown kind and a bundle without a list', () => {
    const empty = parseImportText(JSON.stringify({ mattoncini: 'services', services: [] }));
    expect(!empty.ok && empty.errors[0]).toMatchObject({ path: '/services', message: 'Il file non contiene alcun servizio.' });
    const kind = parseImportText(JSON.stringify({ mattoncini: 'users', services: [] }));
    expect(!kind.ok && kind.errors[0].path).toBe('/mattoncini');
    const noList = parseImportText(JSON.stringify({ mattoncini: 'services' }));
    expect(!noList.ok && noList.errors[0].path).toBe('/services');
  });

  it('rejects a file that holds the same service twice', () => {
    const result = parseImportText(serializeBundle([bonusAlimentare(), bonusAlimentare()]));
    expect(!result.ok && result.errors).toEqual([{ path: '/services/1/id', message: expect.stringContaining('più volte') }]);
  });

  it('rejects something that is not a service at all', () => {
    const result = parseImportText('{"nome": "Mario"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});
