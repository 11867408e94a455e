import { describe, expect, test } from 'vitest';
import type { JsonLogicRule } from '../model/types';
import { evaluateCondition, evaluateRule } from './evaluate';
import { BOLOGNA_NURSERY_POINTS, MANFREDONIA_FEE, PISA_AMOUNT, PISA_REQUIREMENT, SAVONA_AMOUNT } from './fixtures';

const household = (n: number) => Array.from({ length: n }, (_, i) => ({ nome: `Componente ${i + 1}` }));
const valueOf = (rule: JsonLogicRule, data: unknown): unknown => {
  const result = evaluateRule(rule, data);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('Pisa 2021, buoni spesa', () => {
  test('requirement: ISEE corrente at most €16,500', () => {
    const eligible = (value: number | null) =>
      evaluateCondition(PISA_REQUIREMENT, { isee: { value }, nucleo: household(2) });
    expect(eligible(16500)).toEqual({ ok: true, value: true });
    expect(eligible(16500.01)).toEqual({ ok: true, value: false });
    expect(eligible(0)).toEqual({ ok: true, value: true });
  });

  test.each([
    [1, 150],
    [2, 300],
    [3, 400],
    [4, 450],
    [6, 550],
  ])('household of %i → €%i', (n, euro) => {
    expect(valueOf(PISA_AMOUNT, { nucleo: household(n) })).toBe(euro);
  });
});

describe('Savona, buoni spesa', () => {
  test.each([
    [1, 150],
    [2, 200],
    [4, 300],
    [5, 350],
    [6, 400],
    [9, 400],
  ])('household of %i → €%i (capped at €400)', (n, euro) => {
    expect(valueOf(SAVONA_AMOUNT, { nucleo: household(n) })).toBe(euro);
  });
});

describe('Manfredonia, mensa scolastica', () => {
  test.each([
    [0, 2],
    [6000, 2],
    [6000.01, 3.5],
    [9360, 3.5],
    [9360.01, 4],
    [15000, 4],
    [15000.01, 4.5],
  ])('resident with ISEE €%f pays €%f per meal', (isee, fee) => {
    expect(valueOf(MANFREDONIA_FEE, { residente: true, isee: { value: isee } })).toBe(fee);
  });

  test('no ISEE, or not resident, pays the full €4.50', () => {
    expect(valueOf(MANFREDONIA_FEE, { residente: true })).toBe(4.5);
    expect(valueOf(MANFREDONIA_FEE, { residente: true, isee: { value: null } })).toBe(4.5);
    expect(valueOf(MANFREDONIA_FEE, { residente: false, isee: { value: 3000 } })).toBe(4.5);
  });
});

describe('Bologna, asilo nido points', () => {
  test('sums family load and per-parent criteria', () => {
    const family = {
      solo_genitore: false,
      genitori: [
        { invalidita: 'oltre_65', lavoro: 'stabile' }, // 15 + 20
        { invalidita: 'nessuna', lavoro: 'occasionale' }, // 0 + 10
      ],
      fratelli_disabili: [{ nome: 'Luca' }], // 15
      gemelli: 2, // 2 × 4
    };
    expect(valueOf(BOLOGNA_NURSERY_POINTS, family)).toBe(68);
  });

  test('a single parent with a severe disability and stable work', () => {
    const family = { solo_genitore: true, genitori: [{ invalidita: '100', lavoro: 'stabile' }], fratelli_disabili: [], gemelli: 0 };
    expect(valueOf(BOLOGNA_NURSERY_POINTS, family)).toBe(15 + 20 + 20);
  });
});
