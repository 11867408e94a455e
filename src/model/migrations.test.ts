import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from './fixtures';
import { migrate, MIGRATIONS, type JsonObject, type Migration } from './migrations';
import { FORMAT_VERSION } from './schema';

const doc = (): JsonObject => JSON.parse(JSON.stringify(bonusAlimentare())) as JsonObject;

describe('migrate', () => {
  it('passes a current document through unchanged', () => {
    const input = doc();
    const result = migrate(input);
    expect(result).toEqual({ ok: true, doc: input, fromVersion: FORMAT_VERSION });
    expect(result.ok && result.doc).toBe(input);
  });

  it('has no migration yet (only format 1 exists)', () => {
    expect(FORMAT_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it.each([
    [undefined, 'Manca la versione del formato (formatVersion)'],
    ['1', 'La versione del formato «1» non è valida: deve essere un numero intero positivo'],
    [1.5, 'La versione del formato «1.5» non è valida: deve essere un numero intero positivo'],
    [0, 'La versione del formato «0» non è valida: deve essere un numero intero positivo'],
  ])('rejects formatVersion %j', (formatVersion, message) => {
    const input = { ...doc(), formatVersion };
    if (formatVersion === undefined) delete input.formatVersion;
    expect(migrate(input)).toEqual({ ok: false, errors: [{ path: '/formatVersion', message }] });
  });

  it('rejects a file from a newer Mattoncini', () => {
    const result = migrate({ ...doc(), formatVersion: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toContain('creato con una versione più recente di Mattoncini');
  });

  it('rejects a document that is not an object', () => {
    for (const value of [null, [], 'x', 1]) expect(migrate(value).ok).toBe(false);
  });

  it('chains migrations up to the target version (how v2 will plug in)', () => {
    const table: Record<number, Migration> = {
      1: (d) => ({ ...d, formatVersion: 2, renamed: d.old }),
      2: (d) => ({ ...d, formatVersion: 3, added: true }),
    };
    const result = migrate({ formatVersion: 1, old: 'x' }, table, 3);
    expect(result).toEqual({
      ok: true,
      doc: { formatVersion: 3, old: 'x', renamed: 'x', added: true },
      fromVersion: 1,
    });
    expect(migrate({ formatVersion: 2 }, table, 3)).toMatchObject({ ok: true, fromVersion: 2 });
  });

  it('reports a missing step or a failing migration instead of throwing', () => {
    expect(migrate({ formatVersion: 1 }, {}, 2)).toEqual({
      ok: false,
      errors: [{ path: '/formatVersion', message: 'Non so aggiornare il file dal formato 1' }],
    });
    const failing: Record<number, Migration> = {
      1: () => {
        throw new Error('campo mancante');
      },
    };
    expect(migrate({ formatVersion: 1 }, failing, 2)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Aggiornamento del file dal formato 1 non riuscito: campo mancante' }],
    });
  });
});
