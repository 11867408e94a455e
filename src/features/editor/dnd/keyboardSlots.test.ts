import { describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../../store/testing/fixtures';
import { insertionPointAfterSelection, insertionSlots, slotOfNode, stepSlot } from './keyboardSlots';

const def = nidoComunaleFixture();
const short = (s: { stepId: string; parentId: string | null; index: number }) =>
  `${s.stepId === 'step-genitore' ? 'G' : 'B'}/${s.parentId ?? '-'}/${s.index}`;

describe('keyboard insertion places', () => {
  it('lists every place in reading order, nested lists inside their container', () => {
    expect(insertionSlots(def, null).map(short)).toEqual([
      'G/-/0',
      'G/-/1',
      'G/-/2',
      'G/-/3',
      'G/n-residenza/0',
      'G/n-residenza/1',
      'G/n-residenza/2',
      'G/-/4',
      'B/-/0',
      'B/-/1',
      'B/-/2',
      'B/-/3',
    ]);
  });

  it('leaves out the inside of the dragged container and the duplicate place after the dragged node', () => {
    const slots = insertionSlots(def, 'n-residenza').map(short);
    expect(slots).not.toContain('G/n-residenza/0');
    expect(slots.filter((s) => s.startsWith('G/-/'))).toEqual(['G/-/0', 'G/-/1', 'G/-/2', 'G/-/3']);
    expect(insertionSlots(def, 'n-nome').map(short).slice(0, 3)).toEqual(['G/-/0', 'G/-/2', 'G/-/3']);
  });

  it('arrows move one place; Home/End jump to the ends; the ends hold', () => {
    const slots = insertionSlots(def, 'n-cf');
    const start = slotOfNode(def, 'n-cf')!;
    expect(short(stepSlot(slots, start, 1))).toBe('G/n-residenza/0');
    expect(short(stepSlot(slots, start, -1))).toBe('G/-/1');
    expect(short(stepSlot(slots, start, Infinity))).toBe('B/-/3');
    expect(short(stepSlot(slots, start, -Infinity))).toBe('G/-/0');
    expect(short(stepSlot(slots, slots[0], -1))).toBe('G/-/0');
  });

  it('a new block goes after the selection, else at the end of the selected step', () => {
    expect(short(insertionPointAfterSelection(def, 'n-indirizzo', 'step-genitore'))).toBe('G/n-residenza/1');
    expect(short(insertionPointAfterSelection(def, null, 'step-bambino'))).toBe('B/-/3');
    expect(short(insertionPointAfterSelection(def, null, null))).toBe('G/-/4');
  });
});
