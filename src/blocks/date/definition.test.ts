import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { isIsoDate, isPastOrToday, isTodayOrFuture, todayIso } from './dateFormats';
import { dateBlock } from './definition';

describeBlockContract(dateBlock);

describe('data', () => {
  it('riconosce solo date di calendario vere', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
  });

  it('distingue date passate e future rispetto a oggi', () => {
    const today = todayIso();
    expect(isPastOrToday(today)).toBe(true);
    expect(isTodayOrFuture(today)).toBe(true);
    expect(isPastOrToday('1985-12-10')).toBe(true);
    expect(isTodayOrFuture('1985-12-10')).toBe(false);
    expect(isPastOrToday('2999-01-01')).toBe(false);
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('compila il formato giusto per l’intervallo scelto', () => {
    const ctx = testContext();
    const birth = dateBlock.compile(nodeOf(dateBlock, { label: 'Data di nascita', range: 'past' }), ctx);
    expect(birth.schema).toMatchObject({ type: 'string', format: 'date-past' });
    expect((birth.schema!['x-messages'] as Record<string, string>).format).toBe(
      'Il campo «Data di nascita» non può essere una data futura',
    );
    expect(failingKeywords(birth.schema!, '2999-01-01')).toEqual(['format']);
    expect(dateBlock.compile(nodeOf(dateBlock), ctx).schema).toMatchObject({ format: 'date' });
    expect(dateBlock.compile(nodeOf(dateBlock, { range: 'future' }), ctx).schema).toMatchObject({ format: 'date-future' });
    expect(birth.uiSchema['ui:widget']).toBe('date');
  });

  it('riassume l’intervallo', () => {
    expect(dateBlock.summary!(nodeOf(dateBlock, { range: 'past' }))).toBe('fino a oggi');
  });
});
