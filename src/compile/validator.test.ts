import type { JsonSchema } from '../blocks/types';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { bonusAlimentare, validAnswers } from './fixtures/bonusAlimentare';
import { createTransformErrors } from './transformErrors';
import { createValidator } from './validator';

const flow = compile(bonusAlimentare());
const validator = createValidator(flow);

function validate(stepIndex: number, data: unknown) {
  const step = flow.steps[stepIndex];
  return validator.validateFormData(data, step.schema, undefined, createTransformErrors(step.schema), step.uiSchema).errors.map((e) => e.message);
}

describe('createValidator', () => {
  it('è riusato per gli stessi formati e la stessa lingua', () => {
    expect(createValidator(compile(bonusAlimentare()))).toBe(validator);
    expect(createValidator(flow, { language: 'en' })).not.toBe(validator);
  });

  it('accetta le risposte valide di ogni passo', () => {
    flow.steps.forEach((step, i) => {
      expect(validate(i, validAnswers[step.id as keyof typeof validAnswers]), step.id).toEqual([]);
    });
  });

  it('spiega in italiano ogni errore, nominando il campo', () => {
    const answers = validAnswers['step-nucleo'];
    expect(
      validate(2, {
        numero_componenti: 13,
        componenti: [{ ...answers.componenti[0], codice_fiscale_componente: 'RSSMRA85T10A562X', data_nascita: '2999-01-01' }],
      }),
    ).toEqual([
      'Il campo «Persone nel nucleo» non può superare 12',
      'Il campo «Codice fiscale» non è valido: controlla i 16 caratteri',
      'Il campo «Data di nascita» non può essere una data futura',
    ]);
    expect(validate(3, { iban_accredito: 'IT60X0542811101000000123457', email_comunicazioni: 'mario@', consenso_privacy: false })).toEqual([
      '«IBAN» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT',
      'Il campo «Email per le comunicazioni» non contiene un indirizzo email valido (es. nome@esempio.it)',
      'Per proseguire devi accettare «Ho letto l’informativa sul trattamento dei dati personali»',
    ]);
    expect(validate(2, { numero_componenti: 2, componenti: [] })).toEqual(['Aggiungi almeno 1 «Componente del nucleo»']);
  });

  it('usa ajv-i18n per i messaggi che non hanno un testo dedicato', () => {
    const schema: JsonSchema = { type: 'object', properties: { n: { type: 'number', title: 'Quota', multipleOf: 5 } } };
    const { errors } = validator.validateFormData({ n: 7 }, schema, undefined, createTransformErrors(schema));
    expect(errors[0].message).toMatch(/^Il campo «Quota» non è valido: deve essere (un )?multiplo di 5$/);
  });
});
