/**
 * Each built-in type's Form.io export (src/blocks/<type>/formio.ts), on a
 * service holding one node of every type with its default props.
 */
import { describe, expect, it } from 'vitest';
import type { FormioComponent } from '../../../blocks/shared/formio';
import { serviceWithEveryType } from './everyTypeService';
import { exportFormio } from './exportFormio';

function byKey(components: FormioComponent[], found = new Map<string, FormioComponent>()): Map<string, FormioComponent> {
  for (const c of components) {
    found.set(c.key, c);
    byKey(c.components ?? [], found);
  }
  return found;
}

describe('Form.io export of every built-in type', () => {
  const { def, nodes } = serviceWithEveryType();
  const { form, warnings, paths } = exportFormio(def);
  const found = byKey(form.components);
  const componentOf = (type: string) => found.get(paths[nodes.find((n) => n.type === type)!.key])!;

  it('exports every type without a generic fallback', () => {
    expect(warnings.filter((w) => w.message.includes('dedicata') || w.message.includes('sconosciuto'))).toEqual([]);
    for (const node of nodes) expect(paths[node.key], node.type).toBeDefined();
  });

  it('picks the Form.io component a citizen would expect for each field', () => {
    const expected: Record<string, Partial<FormioComponent>> = {
      text: { type: 'textfield' },
      textarea: { type: 'textarea' },
      number: { type: 'number' },
      money: { type: 'currency', currency: 'EUR' },
      date: { type: 'textfield', inputType: 'date' },
      email: { type: 'email', key: 'email_address' },
      phone: { type: 'textfield', inputType: 'tel' },
      multi_choice: { type: 'select', multiple: true },
      yes_no: { type: 'radio', dataType: 'boolean' },
      consent: { type: 'checkbox' },
      attachment: { type: 'file', storage: 'base64' },
      codice_fiscale: { type: 'textfield', case: 'uppercase' },
      iban: { type: 'textfield' },
      address: { type: 'container' },
      isee: { type: 'container' },
      applicant: { type: 'form', key: 'applicant' },
      section: { type: 'container' },
      repeatable_group: { type: 'datagrid' },
      info_text: { type: 'content' },
    };
    for (const [type, shape] of Object.entries(expected)) expect(componentOf(type), type).toMatchObject(shape);
    expect(['radio', 'select']).toContain(componentOf('choice').type);
  });

  it('checks a codice fiscale and an Italian IBAN by pattern, as our formats do in spirit', () => {
    const cf = new RegExp((componentOf('codice_fiscale').validate as { pattern: string }).pattern);
    expect(cf.test('RSSMRA80A01H501U')).toBe(true);
    expect(cf.test('RSSMRA80A01H50')).toBe(false);
    const iban = new RegExp((componentOf('iban').validate as { pattern: string }).pattern);
    expect(iban.test('IT60X0542811101000000123456')).toBe(true);
    expect(iban.test('DE89370400440532013000')).toBe(false);
  });

  it('gives the address OpenCity’s part keys, aliased for our rules', () => {
    const address = nodes.find((n) => n.type === 'address')!;
    expect(componentOf('address').components!.map((c) => c.key)).toEqual(['address', 'house_number', 'postal_code', 'municipality', 'county']);
    expect(paths[`${address.key}.street`]).toBe(`${address.key}.address`);
  });

  it('exports the patterns with their computed values as JsonLogic', () => {
    expect(found.get('payment_amount')?.calculateValue).toBeTypeOf('object');
    expect(found.get('payment_description')?.defaultValue).toBeTypeOf('string');
    const benefit = nodes.find((n) => n.type === 'benefit')!;
    expect(found.get(`${benefit.key}_amount`)?.calculateValue).toMatchObject({ min: [expect.anything(), benefit.props.cap] });
    const ranking = nodes.find((n) => n.type === 'ranking')!;
    expect(found.get(`${ranking.key}_score`)?.calculateValue).toMatchObject({ '+': expect.any(Array) });
    const booking = componentOf('booking');
    expect(booking.components!.map((c) => c.key)).toEqual(['officeId', 'start']);
    const permit = componentOf('permit');
    expect(permit.components!.some((c) => c.type === 'file')).toBe(true);
  });

  it('reads a row’s own field through «row» in a data grid', () => {
    expect(found.get('nome_membro')?.conditional).toEqual({
      json: { '==': [{ var: 'row.relazione' }, expect.any(String)] },
    });
  });
});
