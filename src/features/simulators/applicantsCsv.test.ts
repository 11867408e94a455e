import { describe, expect, it } from 'vitest';
import { applicantsFromCsv, applicantsToCsv, csvColumns } from './applicantsCsv';
import { CsvError } from './csv';
import { parseDate, parseInstant, parseLocaleNumber, parseYesNo } from './csvValues';
import type { SimulatorField } from './types';

/** The fields of a "buoni spesa" service, as fieldCatalog() lists them. */
const buoniSpesa: SimulatorField[] = [
  { path: 'richiedente.surname', kind: 'text' },
  { path: 'isee.value', kind: 'money' },
  { path: 'isee.expiry', kind: 'date' },
  { path: 'componenti_nucleo', kind: 'number' },
  { path: 'altri_sostegni', kind: 'boolean' },
  {
    path: 'abitazione.tipo_abitazione',
    kind: 'choice',
    options: [
      { value: 'affitto', label: 'In affitto' },
      { value: 'proprieta', label: 'Di proprietà' },
    ],
  },
  { path: 'componenti', kind: 'list' },
  { path: 'componenti.data_nascita', kind: 'date' },
];

const failure = (run: () => unknown): CsvError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
};

describe('reading cell values', () => {
  it('normalises Italian and English numbers', () => {
    expect(parseLocaleNumber('12.345,67')).toBe(12345.67);
    expect(parseLocaleNumber('12345,67')).toBe(12345.67);
    expect(parseLocaleNumber('12.345')).toBe(12345);
    expect(parseLocaleNumber('1.234.567')).toBe(1234567);
    expect(parseLocaleNumber('0.125')).toBe(0.125);
    expect(parseLocaleNumber('12345.67')).toBe(12345.67);
    expect(parseLocaleNumber('1,234,567.50')).toBe(1234567.5);
    expect(parseLocaleNumber('€ 9.360,00')).toBe(9360);
    expect(parseLocaleNumber('-0,5')).toBe(-0.5);
    expect(parseLocaleNumber('12 345,6')).toBe(12345.6);
    for (const bad of ['', 'abc', '12,34,5', '1.2.3', '12e3', '--1']) expect(parseLocaleNumber(bad)).toBeUndefined();
  });

  it('reads yes/no, dates and instants as offices write them', () => {
    expect(['SI', 'sì', 'x', 'Vero', '1'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['no', 'N', 'falso', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
    expect(parseYesNo('forse')).toBeUndefined();
    expect(parseDate('31/12/2026')).toBe('2026-12-31');
    expect(parseDate('2026-2-3')).toBe('2026-02-03');
    expect(parseDate('30/02/2026')).toBeUndefined();
    // Rome wall time: winter UTC+1, summer UTC+2.
    expect(parseInstant('02/03/2027 09:15')).toBe('2027-03-02T08:15:00.000Z');
    expect(parseInstant('2027-07-01 09:15:30')).toBe('2027-07-01T07:15:30.000Z');
    expect(parseInstant('2027-03-02T09:15:00Z')).toBe('2027-03-02T09:15:00.000Z');
    expect(parseInstant('ieri')).toBeUndefined();
  });
});

describe('applicantsFromCsv', () => {
  it('types cells by the field catalog and nests dotted columns', () => {
    const csv =
      '\uFEFFid;data_presentazione;richiedente.surname;isee.value;componenti_nucleo;altri_sostegni;abitazione.tipo_abitazione;isee.expiry\r\n' +
      'd-1;02/03/2027 09:15;Esposito;12.345,67;4;sì;In affitto;31/12/2027\r\n' +
      'd-2;;Russo;;1;no;proprieta;\r\n';
    const { applicants, unknownColumns } = applicantsFromCsv(csv, buoniSpesa);
    expect(unknownColumns).toEqual([]);
    expect(applicants).toEqual([
      {
        id: 'd-1',
        submittedAt: '2027-03-02T08:15:00.000Z',
        answers: {
          richiedente: { surname: 'Esposito' },
          isee: { value: 12345.67, expiry: '2027-12-31' },
          componenti_nucleo: 4,
          altri_sostegni: true,
          abitazione: { tipo_abitazione: 'affitto' },
        },
      },
      // Empty cells are unanswered fields, not empty strings.
      { id: 'd-2', submittedAt: '', answers: { richiedente: { surname: 'Russo' }, componenti_nucleo: 1, altri_sostegni: false, abitazione: { tipo_abitazione: 'proprieta' } } },
    ]);
  });

  it('numbers rows without an id column and keeps unknown columns as text', () => {
    const { applicants, unknownColumns } = applicantsFromCsv('isee.value,protocollo\n"9800,5",P-12\n', buoniSpesa);
    expect(applicants).toEqual([{ id: 'riga-2', submittedAt: '', answers: { isee: { value: 9800.5 }, protocollo: 'P-12' } }]);
    expect(unknownColumns).toEqual(['protocollo']);
  });

  it('rejects the whole file listing every bad cell with line and column', () => {
    const csv = 'id;isee.value;componenti_nucleo;altri_sostegni;abitazione.tipo_abitazione\n' +
      'd-1;dodicimila;2;sì;affitto\nd-2;5000;3;forse;castello\nd-1;100;1;no;affitto\n';
    expect(failure(() => applicantsFromCsv(csv, buoniSpesa)).issues).toEqual([
      { line: 2, message: expect.stringMatching(/^colonna «isee\.value»: «dodicimila» non è un numero/) },
      { line: 3, message: 'colonna «altri_sostegni»: «forse» non è sì o no.' },
      { line: 3, message: 'colonna «abitazione.tipo_abitazione»: «castello» non è tra le opzioni (affitto, proprieta).' },
      { line: 4, message: 'la domanda «d-1» compare già alla riga 2.' },
    ]);
  });

  it('rejects overlapping and unsafe headers', () => {
    expect(failure(() => applicantsFromCsv('isee;isee.value\n1;2\n', buoniSpesa)).message).toContain('si sovrappongono');
    expect(failure(() => applicantsFromCsv('__proto__.x\n1\n', buoniSpesa)).message).toContain('non è un nome di campo valido');
  });
});

describe('applicantsToCsv', () => {
  it('leaves lists out of the columns', () => {
    expect(csvColumns(buoniSpesa).map((c) => c.path)).not.toContain('componenti.data_nascita');
  });

  it('round-trips through applicantsFromCsv, decimal commas and yes/no included', () => {
    const applicants = [
      {
        id: 'd-1',
        submittedAt: '2027-03-02T08:15:00.000Z',
        answers: { richiedente: { surname: 'D’Amico; "Totò"' }, isee: { value: 12345.67, expiry: '2027-12-31' }, componenti_nucleo: 4, altri_sostegni: true },
      },
      { id: 'd-2', submittedAt: '2027-03-03T10:00:00.000Z', answers: { componenti_nucleo: 1, altri_sostegni: false, abitazione: { tipo_abitazione: 'affitto' } } },
    ];
    const csv = applicantsToCsv(applicants, buoniSpesa);
    expect(csv.startsWith('\uFEFFid;submittedAt;richiedente.surname;isee.value;isee.expiry;componenti_nucleo;altri_sostegni;abitazione.tipo_abitazione\r\n')).toBe(true);
    expect(csv).toContain(';12345,67;');
    expect(applicantsFromCsv(csv, buoniSpesa).applicants).toEqual(applicants);
  });
});
