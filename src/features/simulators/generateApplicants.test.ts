import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import { fieldCatalog } from '../../compile/fieldCatalog';
import { bonusAlimentare } from '../../compile/fixtures/bonusAlimentare';
import { getPath } from './answerPath';
import { generateApplicants } from './generateApplicants';
import { fiscalCode, withCheckCharacter } from './personas';
import { serviceContextOf } from './serviceContext';
import { nidoService } from './testing/fixtures';
import type { SimulatorField } from './types';

const march2027 = { opensAt: '2027-02-28T23:00:00.000Z', closesAt: '2027-03-31T21:59:59.000Z' };

/** A nursery-school ranking as an official would key it. */
const nido: SimulatorField[] = [
  { path: 'isee.value', kind: 'money' },
  { path: 'componenti_nucleo', kind: 'number' },
  { path: 'data_nascita_bambino', kind: 'date' },
  { path: 'solo_genitore', kind: 'boolean' },
  { path: 'consenso_privacy', kind: 'boolean' },
  {
    path: 'lavoro_madre',
    kind: 'choice',
    options: [
      { value: 'tempo_pieno', label: 'Tempo pieno' },
      { value: 'part_time', label: 'Part time' },
      { value: 'disoccupata', label: 'Disoccupata' },
    ],
  },
];

describe('generateApplicants', () => {
  it('is reproducible: same seed, same applicants; another seed, others', () => {
    const a = generateApplicants(nido, { count: 200, seed: 7, window: march2027 });
    const b = generateApplicants(nido, { count: 200, seed: 7, window: march2027 });
    const c = generateApplicants(nido, { count: 200, seed: 8, window: march2027 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('numbers applications in order of submission, all inside the window', () => {
    const list = generateApplicants(nido, { count: 500, window: march2027 });
    expect(list[0].id).toBe('domanda-00001');
    expect(list[499].id).toBe('domanda-00500');
    const times = list.map((a) => Date.parse(a.submittedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(march2027.opensAt));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(march2027.closesAt));
  });

  it('draws realistic values: skewed ISEE, households of 1 to 6, young children, consent given', () => {
    const list = generateApplicants(nido, { count: 2000, seed: 3, window: march2027 });
    const isee = list.map((a) => getPath(a.answers, 'isee.value') as number);
    const under15k = isee.filter((v) => v < 15_000).length / isee.length;
    expect(under15k).toBeGreaterThan(0.55);
    expect(under15k).toBeLessThan(0.85);
    expect(Math.max(...isee)).toBeGreaterThan(40_000);
    expect(isee.every((v) => v >= 0 && Number(v.toFixed(2)) === v)).toBe(true);

    const sizes = new Set(list.map((a) => a.answers.componenti_nucleo));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const births = list.map((a) => a.answers.data_nascita_bambino as string);
    expect(births.every((d) => d >= '2021-01-01' && d <= '2027-03-01')).toBe(true);
    expect(list.filter((a) => a.answers.consenso_privacy === true).length).toBeGreaterThan(1950);
    const single = list.filter((a) => a.answers.solo_genitore === true).length / list.length;
    expect(single).toBeGreaterThan(0.1);
    expect(single).toBeLessThan(0.2);
    expect(new Set(list.map((a) => a.answers.lavoro_madre))).toEqual(new Set(['tempo_pieno', 'part_time', 'disoccupata']));
  });

  it('fills a real service: nested fields and one household list item per member', () => {
    const fields = fieldCatalog(compile(bonusAlimentare()));
    const [first] = generateApplicants(fields, { count: 1, seed: 11, window: march2027 });
    const members = first.answers.componenti as Record<string, unknown>[];
    expect(members).toHaveLength(first.answers.numero_componenti as number);
    expect(members[0]).toEqual({
      nome_cognome: expect.stringMatching(/^\S+ .+$/),
      codice_fiscale_componente: expect.stringMatching(/^[A-Z]{6}\d{2}[A-Z]\d{2}Z\d{3}[A-Z]$/),
      data_nascita: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(getPath(first.answers, 'isee.value')).toEqual(expect.any(Number));
    expect(getPath(first.answers, 'richiedente.address.municipality')).toEqual(expect.any(String));
  });

  it('keeps numbers within the bounds the service sets', () => {
    const { fields, window } = serviceContextOf(nidoService());
    expect(fields.find((f) => f.path === 'genitori_lavoratori')).toMatchObject({ kind: 'number', minimum: 0, maximum: 2 });
    expect(window).toEqual({ opensAt: '2027-02-28T23:00:00.000Z', closesAt: '2027-03-31T21:59:59.000Z' });
    const values = new Set(generateApplicants(fields, { count: 300, window }).map((a) => a.answers.genitori_lavoratori));
    expect([...values].sort()).toEqual([0, 1, 2]);
  });

  it('rejects counts out of range and a window that ends before it opens', () => {
    expect(() => generateApplicants(nido, { count: 0, window: march2027 })).toThrow(RangeError);
    expect(() => generateApplicants(nido, { count: 1.5, window: march2027 })).toThrow(RangeError);
    expect(() => generateApplicants(nido, { count: 1, window: { opensAt: march2027.closesAt, closesAt: march2027.opensAt } })).toThrow(
      'periodo di presentazione',
    );
  });
});

describe('fiscalCode', () => {
  it('computes the check character and the coded name and birth date', () => {
    expect(withCheckCharacter('RSSMRA80A01H501')).toBe('RSSMRA80A01H501U'); // the textbook example
    expect(fiscalCode({ name: 'Mario', surname: 'Rossi', female: false, birthDate: '1980-01-01' })).toMatch(/^RSSMRA80A01Z\d{3}[A-Z]$/);
    const female = fiscalCode({ name: 'Giulia', surname: 'D’Angelo', female: true, birthDate: '1992-07-15' });
    expect(female.slice(0, 11)).toBe('DNGGLI92L55');
    expect(withCheckCharacter(female.slice(0, 15))).toBe(female);
  });
});
