import { describe, expect, it } from 'vitest';
import { nodeOf } from '../testing/contract';
import { computeContext } from '../testing/patterns';
import { rankingBlock } from './definition';

const ctx = computeContext('2026-03-20T10:00:00Z', {
  labels: (key) => ({ genitori_lavoro_stabile: 'Genitori con lavoro stabile', genitori_lavoro_occasionale: 'Genitori con lavoro occasionale' })[key],
});

describe('graduatoria: punteggio dell’anteprima (asilo nido, Bologna)', () => {
  it('somma i punti dei criteri e li mostra uno per uno', () => {
    const family = {
      solo_genitore: false,
      genitori_disabili: 0,
      fratelli_disabili: 1, // 15
      gemelli: 2, // 8
      genitori_lavoro_stabile: 1, // 20
      genitori_lavoro_occasionale: 1, // 10
    };
    const result = rankingBlock.compute!(nodeOf(rankingBlock), family, ctx);
    expect(result.total).toBe(53);
    expect(result.text).toBe('Punteggio: 53 punti');
    expect(result.breakdown).toEqual([
      { criterionId: 'solo_genitore', label: 'Unico genitore presente (A1)', points: 0, rule: 'se «solo_genitore» è vero allora 15, altrimenti 0' },
      expect.objectContaining({ criterionId: 'genitori_disabili', points: 0 }),
      expect.objectContaining({ criterionId: 'fratelli_disabili', points: 15 }),
      expect.objectContaining({ criterionId: 'gemelli', points: 8 }),
      expect.objectContaining({
        criterionId: 'lavoro',
        points: 30,
        rule: '20 × Genitori con lavoro stabile + 10 × Genitori con lavoro occasionale',
      }),
    ]);
    expect(result).toMatchObject({ places: 40, waitingList: true, publicationDate: null });
    expect(result.markdown).toBe(
      [
        '**Punteggio: 53 punti**',
        '',
        '- Unico genitore presente \\(A1\\): 0 punti',
        '- Genitore con disabilità grave o invalidità al 100% \\(A3\\), per genitore: 0 punti',
        '- Fratello o sorella con disabilità, L\\. 104/1992 \\(A6\\), per ciascuno: 15 punti',
        '- Gemelli \\(A8\\), per ciascuno: 8 punti',
        '- Lavoro dei genitori: 20 punti se stabile, 10 se occasionale, per genitore: 30 punti',
      ].join('\n'),
    );
  });

  it('un solo genitore con disabilità grave e lavoro stabile', () => {
    const family = { solo_genitore: true, genitori_disabili: 1, genitori_lavoro_stabile: 1, genitori_lavoro_occasionale: 0 };
    expect(rankingBlock.compute!(nodeOf(rankingBlock), family, ctx).total).toBe(15 + 20 + 20);
  });

  it('senza risposte: zero punti, nessuna eccezione', () => {
    const result = rankingBlock.compute!(nodeOf(rankingBlock), {}, ctx);
    expect(result.total).toBe(0);
    expect(rankingBlock.compute!(nodeOf(rankingBlock, { criteria: 'rotto', places: 'x' }), {}, ctx)).toMatchObject({ total: 0, breakdown: [], places: 0 });
  });

  it('i punti decimali si sommano senza errori di arrotondamento', () => {
    const node = nodeOf(rankingBlock, {
      criteria: [
        { id: 'residenza', label: 'Mesi di residenza (0,1 punti al mese)', points: { '*': [0.1, { var: 'mesi_residenza' }] } },
        { id: 'bonus', label: 'Bonus', points: 0.2 },
      ],
    });
    expect(rankingBlock.compute!(node, { mesi_residenza: 1 }, ctx).total).toBe(0.3);
  });
});
