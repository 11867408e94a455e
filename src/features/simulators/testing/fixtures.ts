/**
 * Hand-written pattern nodes and small applicant lists for the simulator
 * tests, shaped like the runtime configs (the ranking and benefit blocks are
 * being written elsewhere). Real rules: a nursery ranking with ISEE as first
 * tie-breaker; the Savona food vouchers.
 */
import { createBlankService } from '../../../model/factory';
import { sequentialIds } from '../../../model/fixtures';
import type { FlowNode, ServiceDefinition } from '../../../model/types';
import type { PatternNode } from '../settings';
import type { SimulatorField } from '../types';

const v = (key: string) => ({ var: key });

/** Asilo nido: points for a single parent, for working parents, for siblings already enrolled; 3 places. */
export const nidoRanking: PatternNode = {
  type: 'ranking',
  props: {
    criteria: [
      { id: 'solo_genitore', label: 'Un solo genitore', points: { if: [v('solo_genitore'), 15, 0] } },
      {
        id: 'lavoro',
        label: 'Genitori che lavorano',
        points: { '*': [{ if: [v('genitori_lavoratori'), v('genitori_lavoratori'), 0] }, 10] },
      },
      { id: 'fratelli', label: 'Fratelli già iscritti', points: { if: [v('fratelli_iscritti'), 5, 0] } },
    ],
    tieBreakers: [
      { kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' },
      { kind: 'submitted-asc', label: 'Domanda presentata prima' },
    ],
    places: 3,
    waitingList: true,
    publicationDate: '2027-04-15',
  },
};

/** The nursery service's fields, as fieldCatalog() would list them. */
export const nidoFields: SimulatorField[] = [
  { path: 'solo_genitore', kind: 'boolean', label: 'Un solo genitore' },
  { path: 'genitori_lavoratori', kind: 'number', label: 'Genitori che lavorano' },
  { path: 'fratelli_iscritti', kind: 'boolean', label: 'Fratelli già iscritti' },
  { path: 'isee.value', kind: 'money', label: 'ISEE (Valore ISEE)' },
];

/**
 * Five families: Rossi and Bianchi tie on 25 points, Bianchi has the lower
 * ISEE (written the Italian way); Verdi and Russo are left out of 3 places.
 */
export const nidoCsv = [
  'id;submittedAt;solo_genitore;genitori_lavoratori;fratelli_iscritti;isee.value',
  'rossi;01/03/2027 09:00;no;2;sì;18.500,00',
  'bianchi;03/03/2027 11:30;no;2;sì;12.300,50',
  'esposito;02/03/2027 10:00;sì;2;no;9.800',
  'verdi;01/03/2027 08:00;no;1;no;7.200',
  'russo;04/03/2027 16:45;no;1;sì;25.000',
].join('\r\n');

/** Savona food vouchers: €150 for one person, €50 for each further member, at most €400; €1,000 budget. */
export const savonaBenefit: PatternNode = {
  type: 'benefit',
  props: {
    amount: {
      if: [{ '>=': [v('componenti_nucleo'), 1] }, { '+': [150, { '*': [50, { '-': [v('componenti_nucleo'), 1] }] }] }, 0],
    },
    cap: 400,
    budget: 1000,
    payout: 'iban',
  },
};

export const savonaFields: SimulatorField[] = [
  { path: 'componenti_nucleo', kind: 'number', label: 'Componenti del nucleo' },
  { path: 'isee.value', kind: 'money', label: 'ISEE (Valore ISEE)' },
];

/**
 * In order of submission: 150 + 250 + 400 (capped) + 200 = €1,000 exactly,
 * then 300 no longer fits; Colombo gave no household size and gets nothing.
 */
export const savonaCsv = [
  'id;data_presentazione;componenti_nucleo;isee.value',
  'ferrari;02/03/2027 09:00;1;4.000',
  'romano;02/03/2027 09:05;3;6.100',
  'colombo;02/03/2027 09:07;;3.000',
  'ricci;02/03/2027 09:10;6;2.500',
  'marino;02/03/2027 09:20;2;8.000',
  'greco;02/03/2027 09:30;4;5.000',
].join('\n');

const field = (id: string, type: string, key: string, props: Record<string, unknown>): FlowNode => ({ id, type, key, props });

/** "Iscrizione all'asilo nido", March 2027, with the fields the ranking reads. */
export function nidoService(): ServiceDefinition {
  const def = createBlankService('Iscrizione all’asilo nido comunale', new Date('2027-01-10T09:00:00Z'), sequentialIds('nido'));
  def.schedule = { opensAt: '2027-02-28T23:00:00.000Z', closesAt: '2027-03-31T21:59:59.000Z' };
  def.steps[0].nodes = [
    field('n-solo', 'yes_no', 'solo_genitore', { label: 'Un solo genitore', required: true }),
    field('n-lavoro', 'number', 'genitori_lavoratori', { label: 'Genitori che lavorano', required: true, integer: true, minimum: 0, maximum: 2 }),
    field('n-fratelli', 'yes_no', 'fratelli_iscritti', { label: 'Fratelli già iscritti', required: true }),
    field('n-isee', 'isee', 'isee', { label: 'ISEE', required: true, kind: 'minorenni', askExpiry: false, askProtocol: false }),
  ];
  return def;
}

/** "Buoni spesa" of Savona, with the household size the amount reads. */
export function savonaService(): ServiceDefinition {
  const def = createBlankService('Buoni spesa – Comune di Savona', new Date('2027-01-10T09:00:00Z'), sequentialIds('savona'));
  def.steps[0].nodes = [
    field('n-nucleo', 'number', 'componenti_nucleo', { label: 'Componenti del nucleo', required: true, integer: true, minimum: 1, maximum: 12 }),
    field('n-isee', 'isee', 'isee', { label: 'ISEE', required: true, askExpiry: false, askProtocol: false }),
  ];
  return def;
}
