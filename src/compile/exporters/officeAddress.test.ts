import { describe, expect, it } from 'vitest';
import { parseOfficeAddress } from './officeAddress';

describe('parseOfficeAddress', () => {
  it('splits street, CAP and locality, dropping visitors’ notes in brackets', () => {
    expect(parseOfficeAddress('Piazza della Repubblica 1, 00100 Borgo Esempio (piano terra, ingresso da via Garibaldi)')).toEqual({
      streetAddress: 'Piazza della Repubblica 1',
      postalCode: '00100',
      addressLocality: 'Borgo Esempio',
    });
  });

  it('drops a trailing province code', () => {
    expect(parseOfficeAddress('Via Roma 3, 56125 Pisa PI')).toEqual({ streetAddress: 'Via Roma 3', postalCode: '56125', addressLocality: 'Pisa' });
  });

  it('leaves the CAP empty when there is none, and the locality when there is no comma', () => {
    expect(parseOfficeAddress('Via della Libertà 8, Borgo Esempio')).toEqual({ streetAddress: 'Via della Libertà 8', postalCode: '', addressLocality: 'Borgo Esempio' });
    expect(parseOfficeAddress('Via della Libertà 8')).toEqual({ streetAddress: 'Via della Libertà 8', postalCode: '', addressLocality: '' });
  });
});
