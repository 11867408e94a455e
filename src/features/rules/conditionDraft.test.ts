import { describe, expect, test } from 'vitest';
import { TODAY } from '../../rules';
import { fromDraft, newCondition, newGroup, toDraft, withField, withOperator, type DraftCondition } from './conditionDraft';
import { buildFieldCatalog, catalogIndex } from './fieldCatalog';
import { buoniSpesa } from './testing/buoniSpesa';

const { byPath } = catalogIndex(buildFieldCatalog(buoniSpesa()));
const pick = (row: DraftCondition, path: string) => withField(row, path, byPath.get(path), byPath.get(row.field));

describe('condition drafts', () => {
  test('unfinished rows and the groups they leave empty are not stored', () => {
    const isee = pick(newCondition(), 'isee.value');
    const draft = newGroup('all', [isee, newCondition(), newGroup('any', [newCondition()])]);
    expect(fromDraft(draft)).toEqual({ kind: 'all', items: [{ field: 'isee.value', operator: 'eq', value: 0 }] });
  });

  test('a stored group comes back unchanged', () => {
    const group = {
      kind: 'any' as const,
      items: [{ field: 'residente', operator: 'is_true' as const, value: null }, { kind: 'all' as const, items: [{ field: 'figli_minori', operator: 'gte' as const, value: 2 }] }],
    };
    expect(fromDraft(toDraft(group))).toEqual(group);
  });

  test('picking a field keeps what still applies and resets what does not', () => {
    const money = withOperator(pick(newCondition(), 'isee.value'), 'lte', byPath.get('isee.value'));
    const atMost = { ...money, value: 16500 };
    // Another amount: same kind, same operator, same value.
    expect(pick(atMost, 'reddito_mensile')).toMatchObject({ operator: 'lte', value: 16500 });
    // A date: "è entro il" still applies, but 16.500 is no date.
    expect(pick(atMost, 'data_richiesta')).toMatchObject({ operator: 'lte', value: TODAY });
    // A yes/no field has its own operators.
    expect(pick(atMost, 'residente')).toMatchObject({ operator: 'is_true', value: null });
    // A choice starts from its first option.
    expect(pick(atMost, 'tipo_abitazione')).toMatchObject({ operator: 'eq', value: 'affitto' });
    // Back to no field.
    expect(pick(atMost, '')).toMatchObject({ field: '', operator: null });
  });

  test('picking an operator keeps the value when its shape fits', () => {
    const field = byPath.get('figli_minori');
    const row = { ...pick(newCondition(), 'figli_minori'), value: 3 };
    expect(withOperator(row, 'gte', field).value).toBe(3);
    expect(withOperator(row, 'between', field).value).toEqual([0, 0]);
    expect(withOperator(row, 'is_filled', field).value).toBeNull();
  });
});
