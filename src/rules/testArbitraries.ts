/**
 * fast-check generators of builder models, for property tests only (not part
 * of the public API). Fields are those of a realistic buoni-spesa service.
 */
import fc from 'fast-check';
import { TODAY, type Condition, type ConditionGroup, type ConditionItem, type ConditionValue } from './conditionModel';
import type { FormulaNode } from './formulaModel';
import { OPERATORS, OPERATORS_BY_KIND, type OperatorId, type ValueKind } from './operators';

/** Field key → kind of the generated service. */
export const SERVICE_FIELDS: Readonly<Record<string, ValueKind>> = {
  'richiedente.nome': 'text',
  'richiedente.data_nascita': 'date',
  'isee.value': 'money',
  'isee.expiry': 'date',
  componenti_disabili: 'number',
  residente: 'boolean',
  tipo_abitazione: 'choice',
  servizi_richiesti: 'multi_choice',
  nucleo: 'list',
};
export const fieldKinds = (key: string): ValueKind | undefined => SERVICE_FIELDS[key];

const isoDate = fc
  .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100);
const text = fc.string({ maxLength: 12 });

function singleValue(kind: ValueKind): fc.Arbitrary<ConditionValue> {
  switch (kind) {
    case 'number':
    case 'money':
      return amount;
    case 'date':
      return fc.oneof(isoDate, fc.constant(TODAY));
    case 'choice':
      return fc.oneof(text, fc.integer({ min: 0, max: 9 }));
    default:
      return text;
  }
}

function valueFor(operator: OperatorId, kind: ValueKind): fc.Arbitrary<ConditionValue> {
  switch (OPERATORS[operator].valueShape) {
    case 'none':
      return fc.constant(null);
    case 'integer':
      return fc.integer({ min: 0, max: 20 });
    case 'years':
      return fc.integer({ min: 0, max: 120 });
    case 'list':
      return fc.array(fc.oneof(text, fc.integer({ min: 0, max: 9 })), { maxLength: 4 });
    case 'range':
      return fc.tuple(singleValue(kind), singleValue(kind)) as fc.Arbitrary<ConditionValue>;
    case 'single':
      return kind === 'multi_choice' ? text : singleValue(kind);
  }
}

export const condition: fc.Arbitrary<Condition> = fc
  .constantFrom(...Object.keys(SERVICE_FIELDS))
  .chain((field) => {
    const kind = SERVICE_FIELDS[field];
    return fc
      .constantFrom(...OPERATORS_BY_KIND[kind])
      .chain((operator) => valueFor(operator, kind).map((value) => ({ field, operator, value })));
  });

const { group } = fc.letrec<{ group: ConditionGroup; item: ConditionItem }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, condition, tie('group')),
  group: fc.record({ kind: fc.constantFrom('all' as const, 'any' as const), items: fc.array(tie('item'), { maxLength: 4 }) }),
}));
export const conditionGroup = group;

const listFields = ['nucleo', 'servizi_richiesti'];
const numberFields = ['isee.value', 'componenti_disabili'];

export const formula: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    amount.map((value): FormulaNode => ({ type: 'number', value })),
    fc.constantFrom(...numberFields).map((field): FormulaNode => ({ type: 'field', field })),
    fc.constantFrom(...listFields).map((field): FormulaNode => ({ type: 'count', field })),
    fc.constant<FormulaNode>({ type: 'age', field: 'richiedente.data_nascita' }),
    fc.record({ property: fc.constantFrom('', 'reddito') }).map(({ property }): FormulaNode => ({ type: 'sum', field: 'nucleo', property })),
    fc.record({ operator: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), left: tie('node'), right: tie('node') })
      .map((b): FormulaNode => ({ type: 'binary', ...b })),
    fc.record({ type: fc.constantFrom('min' as const, 'max' as const), args: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({
      type: fc.constant('round' as const),
      mode: fc.constantFrom('half_up' as const, 'down' as const, 'up' as const),
      decimals: fc.integer({ min: 0, max: 2 }),
      arg: tie('node'),
    }),
    fc.record({ condition: conditionGroup, then: tie('node'), else: tie('node') }).map((n): FormulaNode => ({ type: 'if', ...n })),
    fc.record({
      arg: tie('node'),
      steps: fc.array(fc.record({ upTo: amount, result: tie('node') }), { maxLength: 3 }),
      otherwise: tie('node'),
    }).map((n): FormulaNode => ({ type: 'bracket', ...n })),
  ),
})).node;
