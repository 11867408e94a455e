import type { RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { bonusAlimentare } from './fixtures/bonusAlimentare';
import { createTransformErrors, schemaAt, transformErrors } from './transformErrors';

const flow = compile(bonusAlimentare());
const [richiedente, economica, nucleo, accredito] = flow.steps;

const err = (e: Partial<RJSFValidationError>): RJSFValidationError => ({ stack: 'x', message: 'x', ...e });

describe('schemaAt', () => {
  it('segue proprietà e elementi degli array', () => {
    expect(schemaAt(nucleo.schema, ['componenti', '3', 'codice_fiscale_componente'])).toMatchObject({ format: 'codice-fiscale' });
    expect(schemaAt(richiedente.schema, ['richiedente', 'address', 'postcode'])).toMatchObject({ title: 'CAP' });
    expect(schemaAt(richiedente.schema, ['nessuno', 'qui'])).toBeUndefined();
  });
});

describe('transformErrors', () => {
  it('usa il messaggio del campo per «required», alla radice e in profondità', () => {
    const out = transformErrors(
      [
        err({ name: 'required', property: 'iban_accredito', params: { missingProperty: 'iban_accredito' } }),
        err({ name: 'required', property: '.richiedente.name', params: { missingProperty: 'name' } }),
      ],
      { ...accredito.schema, properties: { ...(accredito.schema.properties as object), ...(richiedente.schema.properties as object) } },
    );
    expect(out.map((e) => e.message)).toEqual(['Il campo «IBAN» è obbligatorio', 'Il campo «Nome» è obbligatorio']);
    expect(out.map((e) => e.stack)).toEqual(out.map((e) => e.message));
    expect(out[1].property).toBe('.richiedente.name');
  });

  it('nomina il campo giusto anche dentro un gruppo ripetibile', () => {
    const [e] = transformErrors(
      [err({ name: 'format', property: '.componenti.1.codice_fiscale_componente', params: { format: 'codice-fiscale' } })],
      nucleo.schema,
    );
    expect(e.message).toBe('Il campo «Codice fiscale» non è valido: controlla i 16 caratteri');
  });

  it('usa messaggi generici con il titolo per le parole chiave non previste', () => {
    const schema = { type: 'object', properties: { eta: { type: 'integer', title: 'Età', minimum: 18 } } };
    const out = transformErrors(
      [
        err({ name: 'minimum', property: '.eta', params: { limit: 18 } }),
        err({ name: 'required', property: 'eta', params: { missingProperty: 'eta' } }),
        err({ name: 'multipleOf', property: '.eta', message: 'deve essere multiplo di 2' }),
      ],
      schema,
    );
    expect(out.map((e) => e.message)).toEqual([
      'Il campo «Età» deve essere almeno 18',
      'Il campo «Età» è obbligatorio',
      'Il campo «Età» non è valido: deve essere multiplo di 2',
    ]);
  });

  it('toglie i doppioni (stesso campo, stesso messaggio)', () => {
    const out = transformErrors(
      [err({ name: 'format', property: '.iban_accredito' }), err({ name: 'format', property: '.iban_accredito' })],
      accredito.schema,
    );
    expect(out).toHaveLength(1);
  });

  it('lascia com’è un errore senza campo', () => {
    const [e] = transformErrors([err({ name: 'type', property: '', message: 'deve essere object', stack: 'deve essere object' })], economica.schema);
    expect(e.message).toBe('deve essere object');
  });

  it('createTransformErrors è stabile per schema e lingua', () => {
    expect(createTransformErrors(accredito.schema)).toBe(createTransformErrors(accredito.schema));
    expect(createTransformErrors(accredito.schema, 'en')).not.toBe(createTransformErrors(accredito.schema));
    const [e] = createTransformErrors(accredito.schema)([err({ name: 'not', property: '.consenso_privacy' })]);
    expect(e.message).toBe('Per proseguire devi accettare «Ho letto l’informativa sul trattamento dei dati personali»');
  });
});
