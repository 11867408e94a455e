import { describe, expect, it } from 'vitest';
import { bonusAlimentare, deepFreeze } from '../fixtures';
import { restore } from '../restore';
import type { UpdateTechnicalArgs } from './technical';
import { replaceContent, updateTechnical } from './technical';

const frozen = () => deepFreeze(bonusAlimentare());

describe('updateTechnical', () => {
  it('changes technical settings shallowly, and the result still loads', () => {
    const def = frozen();
    const payment = { gateway: 'pagopa', entityTaxCode: '00123456789', taxonomyCode: '9/0101108TS/' };
    const next = updateTechnical(def, { accessLevel: 'cie', payment });
    expect(next.technical.accessLevel).toBe('cie');
    expect(next.technical.payment).toBe(payment);
    expect(next.technical.protocol).toBe(def.technical.protocol);
    expect(restore(next).ok).toBe(true);
  });

  it('gives the same object back when nothing changes', () => {
    const def = frozen();
    expect(updateTechnical(def, { accessLevel: def.technical.accessLevel })).toBe(def);
    expect(updateTechnical(def, { workflow: undefined })).toBe(def);
  });

  it('refuses the whole patch for an unknown field or a value outside the format’s lists', () => {
    const def = frozen();
    expect(updateTechnical(def, { accessLevel: 'spid_l3' } as unknown as UpdateTechnicalArgs)).toBe(def);
    expect(updateTechnical(def, { workflow: 'auto', accessLevel: 'cie' } as unknown as UpdateTechnicalArgs)).toBe(def);
    expect(updateTechnical(def, { debug: true, accessLevel: 'cie' } as unknown as UpdateTechnicalArgs)).toBe(def);
    expect(updateTechnical(def, JSON.parse('{"__proto__": {"x": 1}}') as UpdateTechnicalArgs)).toBe(def);
  });
});

describe('replaceContent', () => {
  it('replaces content from the raw JSON but keeps identity and saved metadata', () => {
    const def = frozen();
    const edited = { ...bonusAlimentare(), revision: 99, history: [], createdAt: '2020-01-01T00:00:00.000Z', card: { ...def.card, title: 'Buoni spesa' } };
    const next = replaceContent(def, { definition: edited });
    expect(next.card.title).toBe('Buoni spesa');
    expect(next.revision).toBe(def.revision);
    expect(next.history).toBe(def.history);
    expect(next.createdAt).toBe(def.createdAt);
  });

  it('gives the same object back for another service or identical content', () => {
    const def = frozen();
    expect(replaceContent(def, { definition: { ...bonusAlimentare(), id: 'another' } })).toBe(def);
    expect(replaceContent(def, { definition: bonusAlimentare() })).toBe(def);
  });
});
