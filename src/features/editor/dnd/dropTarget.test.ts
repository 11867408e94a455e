import { describe, expect, it } from 'vitest';
import { nidoComunaleFixture } from '../../../store/testing/fixtures';
import { indexByHeads, innermost, isWithin, moveDestination, resolveDrop, type Rect } from './dropTarget';

// Step "Dati del genitore": n-nome, n-cognome, n-cf, n-residenza (section: n-indirizzo, n-comune).
const def = nidoComunaleFixture();
const head = (top: number): Rect => ({ top, left: 0, width: 300, height: 40 });
const heads: Record<string, Rect> = {
  'n-nome': head(0),
  'n-cognome': head(50),
  'n-cf': head(100),
  'n-residenza': head(150),
  'n-indirizzo': head(200),
  'n-comune': head(250),
};
const headRect = (id: string) => heads[id] ?? null;

describe('resolveDrop', () => {
  const step = { kind: 'list' as const, stepId: 'step-genitore', parentId: null };

  it('over a card: its upper half means before it, its lower half after it', () => {
    expect(resolveDrop(def, step, 60, headRect, null)).toEqual({ stepId: 'step-genitore', parentId: null, index: 1 });
    expect(resolveDrop(def, step, 80, headRect, null)).toEqual({ stepId: 'step-genitore', parentId: null, index: 2 });
  });

  it('over a list: the step header, the gaps and the bottom follow the heads', () => {
    expect(resolveDrop(def, step, -20, headRect, null)?.index).toBe(0); // the step header
    expect(resolveDrop(def, step, 95, headRect, null)?.index).toBe(2); // the gap before the tax code
    expect(resolveDrop(def, step, 310, headRect, null)?.index).toBe(4); // below everything
  });

  it('inside a container: its own children list', () => {
    const list = { kind: 'list' as const, stepId: 'step-genitore', parentId: 'n-residenza' };
    expect(resolveDrop(def, list, 247, headRect, null)).toEqual({ stepId: 'step-genitore', parentId: 'n-residenza', index: 1 });
  });

  it('never into the dragged container itself, nor outside anything', () => {
    const list = { kind: 'list' as const, stepId: 'step-genitore', parentId: 'n-residenza' };
    expect(resolveDrop(def, list, 210, headRect, 'n-residenza')).toBeNull();
    expect(resolveDrop(def, null, 10, headRect, null)).toBeNull();
    expect(resolveDrop(def, { kind: 'list', stepId: 'gone', parentId: null }, 10, headRect, null)).toBeNull();
  });
});

describe('helpers', () => {
  it('innermost picks the smallest rectangle under the point', () => {
    const rects: Array<[string, Rect]> = [
      ['step', { top: 0, left: 0, width: 500, height: 500 }],
      ['section', { top: 100, left: 20, width: 400, height: 200 }],
      ['field', { top: 120, left: 30, width: 300, height: 40 }],
    ];
    expect(innermost(rects, 50, 130)).toBe('field');
    expect(innermost(rects, 50, 250)).toBe('section');
    expect(innermost(rects, 450, 450)).toBe('step');
    expect(innermost(rects, 600, 10)).toBeNull();
  });

  it('indexByHeads counts the heads above the pointer', () => {
    expect(indexByHeads(def.steps[0].nodes, 75, headRect)).toBe(2);
  });

  it('isWithin follows parents up', () => {
    expect(isWithin(def, 'n-comune', 'n-residenza')).toBe(true);
    expect(isWithin(def, 'n-cf', 'n-residenza')).toBe(false);
  });

  it('moveDestination converts a shown position to the index after removal, null when nothing moves', () => {
    const at = (index: number, parentId: string | null = null) => ({ stepId: 'step-genitore', parentId, index });
    expect(moveDestination(def, 'n-nome', at(0))).toBeNull();
    expect(moveDestination(def, 'n-nome', at(1))).toBeNull();
    expect(moveDestination(def, 'n-nome', at(3))).toEqual(at(2));
    expect(moveDestination(def, 'n-cf', at(0))).toEqual(at(0));
    expect(moveDestination(def, 'n-cf', at(1, 'n-residenza'))).toEqual(at(1, 'n-residenza'));
  });
});
