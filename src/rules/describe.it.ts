/** Italian wording of rule descriptions, for officials. */
import { OPERATORS, type OperatorId } from './operators';
import type { CompareOp, Phrases } from './phrases';

const BY_OP: Record<CompareOp, OperatorId> = { '==': 'eq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const table = (pick: (id: OperatorId) => string): Record<CompareOp, string> =>
  Object.fromEntries(Object.entries(BY_OP).map(([op, id]) => [op, pick(id)])) as Record<CompareOp, string>;

function list(items: string[], conjunction: 'and' | 'or'): string {
  const word = conjunction === 'and' ? 'e' : 'o';
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

const COUNT: Record<CompareOp, string> = {
  '==': 'ha esattamente',
  '!=': 'non ha esattamente',
  '<': 'ha meno di',
  '<=': 'ha al massimo',
  '>': 'ha più di',
  '>=': 'ha almeno',
};
const AGE: Record<CompareOp, string> = {
  '==': "corrisponde a un'età di esattamente",
  '!=': "non corrisponde a un'età di",
  '<': OPERATORS.age_lt.label.it,
  '<=': OPERATORS.age_lte.label.it,
  '>': OPERATORS.age_gt.label.it,
  '>=': OPERATORS.age_gte.label.it,
};
const ROUNDING = { round: 'arrotondato', floor: 'arrotondato per difetto', ceil: 'arrotondato per eccesso' };

export const IT_PHRASES: Phrases = {
  locale: 'it-IT',
  text: (value) => `«${value}»`,
  yes: 'vero',
  no: 'falso',
  nothing: 'nessun valore',
  today: 'oggi',
  allData: 'tutte le risposte',
  accumulator: 'il totale parziale',
  currentItem: "l'elemento",
  unreadable: 'regola non leggibile',
  fieldWithDefault: (field, fallback) => `${field} (se manca: ${fallback})`,
  list,
  compare: table((id) => OPERATORS[id].label.it),
  compareDate: table((id) => OPERATORS[id].dateLabel?.it ?? OPERATORS[id].label.it),
  compareToday: {
    '==': 'è oggi',
    '!=': 'non è oggi',
    '<': 'è prima di oggi',
    '<=': 'è entro oggi',
    '>': 'è dopo oggi',
    '>=': 'è oggi o dopo',
  },
  between: (s, from, to, strict, dates) =>
    dates ? `${s} è tra il ${from} e il ${to}${strict ? ' (esclusi)' : ''}` : `${s} è compreso tra ${from} e ${to}${strict ? ' (esclusi)' : ''}`,
  isTrue: (s) => `${s} è vero`,
  isFalse: (s) => `${s} è falso`,
  isFilled: (s) => `${s} è compilato`,
  isEmpty: (s) => `${s} non è compilato`,
  anyMissing: (subjects) => `almeno uno tra ${list(subjects, 'and')} non è compilato`,
  missingSome: (need, subjects) => `sono compilati meno di ${need} tra ${list(subjects, 'and')}`,
  contains: (s, v) => `${s} contiene ${v}`,
  notContains: (s, v) => `${s} non contiene ${v}`,
  oneOf: (s, values) => `${s} è uno tra ${list(values, 'or')}`,
  noneOf: (s, values) => `${s} non è nessuno tra ${list(values, 'and')}`,
  countCompare: (l, op, n, one) => `${l} ${COUNT[op]} ${n} ${one ? 'elemento' : 'elementi'}`,
  ageCompare: (d, op, n, one) => `${d} ${AGE[op]} ${n} ${one ? 'anno' : 'anni'}`,
  not: (c) => `non è vero che ${c}`,
  and2: (a, b) => `${a} e ${b}`,
  or2: (a, b) => `${a} oppure ${b}`,
  all: (items) => `tutte le condizioni: ${items.join('; ')}`,
  any: (items) => `almeno una delle condizioni: ${items.join('; ')}`,
  countOf: (l) => `numero di ${l}`,
  ageOf: (d, at) => (at ? `età al ${at} secondo ${d}` : `età secondo ${d}`),
  sumOf: (l, p) => (p ? `somma di ${p} in ${l}` : `somma di ${l}`),
  daysBetween: (from, to) => `giorni da ${from} a ${to}`,
  atMost: (v, cap) => `${v}, al massimo ${cap}`,
  atLeast: (v, floor) => `${v}, almeno ${floor}`,
  minOf: (values) => `il minore tra ${list(values, 'and')}`,
  maxOf: (values) => `il maggiore tra ${list(values, 'and')}`,
  rounded: (v, decimals, how) =>
    `${v} ${ROUNDING[how]} ${decimals === 0 ? "all'unità" : decimals === 1 ? 'a 1 decimale' : `a ${decimals} decimali`}`,
  ifThenElse: (branches, otherwise) =>
    branches.map((b) => `se ${b.when} allora ${b.then}`).join(', altrimenti ') + (otherwise === null ? '' : `, altrimenti ${otherwise}`),
  bracket: (s, rows, otherwise) =>
    rows.length === 0
      ? otherwise
      : `in base a ${s}: ${rows.map((r) => `fino a ${r.upTo} → ${r.result}`).join('; ')}; oltre ${rows[rows.length - 1].upTo} → ${otherwise}`,
  remainder: (a, b) => `resto di ${a} diviso ${b}`,
  some: (l, c) => `almeno un elemento di ${l} rispetta: ${c}`,
  every: (l, c) => `ogni elemento di ${l} rispetta: ${c}`,
  none: (l, c) => `nessun elemento di ${l} rispetta: ${c}`,
  filter: (l, c) => `gli elementi di ${l} per cui ${c}`,
  map: (l, e) => `per ogni elemento di ${l}: ${e}`,
  sumOver: (l, e) => `somma, per ogni elemento di ${l}, di ${e}`,
  reduce: (l, e, initial) => `partendo da ${initial}, per ogni elemento di ${l}: ${e}`,
  merge: (items) => `l'unione di ${list(items, 'and')}`,
  cat: (items) => `il testo composto da ${list(items, 'and')}`,
  substr: (t, start, length) => (length ? `${length} caratteri di ${t} dalla posizione ${start}` : `${t} dalla posizione ${start}`),
  operation: (name, args) => `l'operazione «${name}»${args.length ? ` applicata a ${list(args, 'and')}` : ''}`,
};
