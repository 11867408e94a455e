import { describe, expect, it } from 'vitest';
import { formatValue } from './formatValue';

const words = { absent: '(assente)', empty: '(vuoto)', yes: 'Sì', no: 'No' };

describe('formatValue', () => {
  it('shows text, numbers and yes/no as the official reads them; missing and empty apart', () => {
    expect(formatValue('Famiglie residenti', words)).toBe('Famiglie residenti');
    expect(formatValue(30, words)).toBe('30');
    expect(formatValue(true, words)).toBe('Sì');
    expect(formatValue(undefined, words)).toBe('(assente)');
    expect(formatValue('', words)).toBe('(vuoto)');
  });

  it('names a whole field or step, lists one item per line, other structures as JSON', () => {
    expect(formatValue({ id: 'n1', type: 'phone', key: 'tel', props: { label: 'Telefono' } }, words)).toBe('Telefono (phone)');
    expect(formatValue({ id: 's2', title: 'Dati del bambino', nodes: [] }, words)).toBe('Dati del bambino');
    expect(formatValue(['Scuola', 'Famiglia'], words)).toBe('Scuola\nFamiglia');
    expect(formatValue({ '>=': [1, 2] }, words)).toBe('{\n  ">=": [\n    1,\n    2\n  ]\n}');
  });

  it('cuts very long values with an ellipsis', () => {
    const text = formatValue('a'.repeat(2000), words);
    expect(text).toHaveLength(600);
    expect(text.endsWith('…')).toBe(true);
  });
});
