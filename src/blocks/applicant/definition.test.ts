import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { applicantBlock } from './definition';

describeBlockContract(applicantBlock);

const mario = {
  name: 'Mario',
  surname: 'Rossi',
  fiscal_code: 'RSSMRA85T10A562S',
  birth_date: '1985-12-10',
  birth_place: 'Bagno di Romagna',
  address: { street: 'Via Roma', number: '1', postcode: '47021', municipality: 'Bagno di Romagna', province: 'FC' },
  email: 'mario.rossi@example.it',
};

describe('dati del richiedente', () => {
  it('chiede tutti i dati per impostazione predefinita, telefono facoltativo', () => {
    const out = applicantBlock.compile(nodeOf(applicantBlock), testContext());
    expect(out.uiSchema['ui:order']).toEqual([
      'name', 'surname', 'fiscal_code', 'birth_date', 'birth_place', 'address', 'email', 'phone',
    ]);
    expect(out.schema!.required).toEqual(['name', 'surname', 'fiscal_code', 'birth_date', 'birth_place', 'address', 'email']);
    expect(failingKeywords(out.schema!, mario)).toEqual([]);
    expect(failingKeywords(out.schema!, { ...mario, fiscal_code: 'RSSMRA85T10A562X' })).toEqual(['format']);
    const props = out.schema!.properties as Record<string, { 'x-messages': Record<string, string> }>;
    expect(props.name['x-messages'].required).toBe('Il campo «Nome» è obbligatorio');
  });

  it('mostra solo i dati scelti (nome, cognome e codice fiscale sempre)', () => {
    const out = applicantBlock.compile(nodeOf(applicantBlock, { fields: ['email'] }), testContext());
    expect(Object.keys(out.schema!.properties as object)).toEqual(['name', 'surname', 'fiscal_code', 'email']);
    expect(applicantBlock.summary!(nodeOf(applicantBlock, { fields: ['email'], prefillFromIdentity: false }))).toBe('4 dati');
  });

  it('con SPID/CIE segna l’attributo che precompila ogni dato', () => {
    const out = applicantBlock.compile(nodeOf(applicantBlock), testContext());
    const props = out.schema!.properties as Record<string, Record<string, unknown>>;
    expect(props.fiscal_code['x-prefill']).toBe('fiscalNumber');
    expect(props.surname['x-prefill']).toBe('familyName');
    const manual = applicantBlock.compile(nodeOf(applicantBlock, { prefillFromIdentity: false }), testContext());
    expect((manual.schema!.properties as Record<string, Record<string, unknown>>).name).not.toHaveProperty('x-prefill');
  });

  it('in inglese usa etichette e messaggi inglesi', () => {
    const out = applicantBlock.compile(nodeOf(applicantBlock), testContext('en'));
    const props = out.schema!.properties as Record<string, { title: string; 'x-messages': Record<string, string> }>;
    expect(props.surname.title).toBe('Surname');
    expect(props.surname['x-messages'].required).toBe('The field «Surname» is required');
  });
});
