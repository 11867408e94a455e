import { describe, expect, it } from 'vitest';
import { compile } from '../../../compile/compile';
import { bonusAlimentare, validAnswers } from '../../../compile/fixtures/bonusAlimentare';
import { previewTranslate } from '../testing/translate';
import { answerSummary } from './answerSummary';
import { DEMO_IDENTITIES } from './identities';
import { initialJourney, journeyReducer, nextStepId, previousStepId } from './journeyState';
import { identityFromAnswers, prefillFromIdentity, prefillPaths } from './prefill';
import { visibleStepSchema } from './visibleStepSchema';

const flow = compile(bonusAlimentare());
const schemas = flow.steps.map((s) => s.schema);
const step = (id: string) => flow.steps.find((s) => s.id === id)!;
const mario = DEMO_IDENTITIES[0];

describe('prefill from the digital identity', () => {
  it('finds the x-prefill fields of the applicant', () => {
    expect(prefillPaths(schemas)).toEqual([
      ['richiedente.name', 'name'],
      ['richiedente.surname', 'familyName'],
      ['richiedente.fiscal_code', 'fiscalNumber'],
      ['richiedente.birth_date', 'dateOfBirth'],
      ['richiedente.email', 'email'],
      ['richiedente.phone', 'mobilePhone'],
    ]);
  });

  it('fills what the citizen has not answered, and nothing else', () => {
    const answers = prefillFromIdentity(schemas, { richiedente: { email: 'mio@pec.it' }, altri_sostegni: true }, mario);
    expect(answers).toEqual({
      richiedente: {
        name: 'Mario',
        surname: 'Rossi',
        fiscal_code: 'RSSMRA85T10A182H',
        birth_date: '1985-12-10',
        email: 'mio@pec.it',
        phone: '3331234567',
      },
      altri_sostegni: true,
    });
  });

  it('reads the identity back from a persona’s answers', () => {
    expect(identityFromAnswers(schemas, validAnswers['step-richiedente'])).toMatchObject({ name: 'Mario', familyName: 'Rossi', fiscalNumber: 'RSSMRA85T10A562S' });
    expect(identityFromAnswers(schemas, {})).toBeUndefined();
  });
});

describe('visibleStepSchema', () => {
  it('leaves hidden fields out of the schema, the required list and the order', () => {
    const form = visibleStepSchema(step('step-economica'), new Set(['n-importo-sostegni', 'n-canone']));
    const props = form.schema.properties as Record<string, { properties?: object }>;
    expect(Object.keys(props)).toEqual(['isee', 'altri_sostegni', 'abitazione']);
    expect(form.schema.required).toEqual(['isee', 'altri_sostegni', 'abitazione']);
    expect(form.uiSchema['ui:order']).toEqual(['isee', 'altri_sostegni', 'abitazione']);
    expect(Object.keys(props.abitazione.properties!)).toEqual(['tipo_abitazione']);
    expect(form.keys).toEqual(['isee', 'altri_sostegni', 'importo_sostegni', 'abitazione']);
  });

  it('returns the compiled schema itself when nothing is hidden', () => {
    const s = step('step-economica');
    expect(visibleStepSchema(s, new Set()).schema).toBe(s.schema);
  });
});

describe('answerSummary', () => {
  const t = previewTranslate();
  it('labels choices, formats amounts and dates, names files and lists repeated items', () => {
    const econ = answerSummary(step('step-economica').schema, step('step-economica').uiSchema, validAnswers['step-economica'], t, 'it');
    expect(econ).toContainEqual({ kind: 'value', label: 'Il nucleo riceve altri sostegni pubblici (es. Assegno di inclusione)?', value: 'Sì', empty: false });
    expect(econ).toContainEqual({ kind: 'value', label: 'Importo mensile dei sostegni (€)', value: '250,00', empty: false });
    const abitazione = econ.find((e) => e.label === 'Abitazione');
    expect(abitazione).toMatchObject({ kind: 'group', entries: [{ label: 'L’abitazione è', value: 'In affitto' }, { label: 'Canone mensile di affitto (€)', value: '420,00' }] });
    const isee = econ.find((e) => e.label === 'ISEE del nucleo');
    expect(isee).toMatchObject({ kind: 'group', entries: [{ value: '6200,50' }, { value: '31/12/2026' }, { value: 'INPS-ISEE-2026-12345A789-00' }] });

    const nucleo = answerSummary(step('step-nucleo').schema, step('step-nucleo').uiSchema, validAnswers['step-nucleo'], t, 'it');
    expect(nucleo[1]).toMatchObject({ kind: 'list', items: [{ label: 'Componente del nucleo 1' }, { label: 'Componente del nucleo 2' }] });

    const accredito = answerSummary(step('step-accredito').schema, step('step-accredito').uiSchema, { attestazione_isee: 'data:application/pdf;name=isee%202026.pdf;base64,AAAA' }, t, 'it');
    expect(accredito).toContainEqual({ kind: 'value', label: 'Attestazione ISEE', value: 'File allegato: isee 2026.pdf', empty: false });
    expect(accredito).toContainEqual({ kind: 'value', label: 'IBAN', value: 'Non indicato', empty: true });
  });

  it('skips display-only nodes (informative text)', () => {
    const entries = answerSummary(step('step-richiedente').schema, step('step-richiedente').uiSchema, {}, t, 'it');
    expect(entries.map((e) => e.label)).toEqual(['Dati del richiedente']);
  });
});

describe('journey', () => {
  const all = ['a', 'b', 'c', 'd'];
  it('moves among the visible steps, also from a step that has just been hidden', () => {
    expect(nextStepId(['a', 'c', 'd'], all, null)).toBe('a');
    expect(nextStepId(['a', 'c', 'd'], all, 'a')).toBe('c');
    expect(nextStepId(['a', 'c', 'd'], all, 'b')).toBe('c');
    expect(nextStepId(['a', 'c', 'd'], all, 'd')).toBeNull();
    expect(previousStepId(['a', 'c', 'd'], all, 'c')).toBe('a');
    expect(previousStepId(['a', 'c', 'd'], all, 'b')).toBe('a');
    expect(previousStepId(['a', 'c', 'd'], all, 'a')).toBeNull();
  });

  it('walks card → login → requirements → step → summary → receipt, and starts afresh after a submission', () => {
    let s = journeyReducer(initialJourney, { type: 'openLogin' });
    expect(s.phase).toBe('login');
    s = journeyReducer(s, { type: 'login', identity: mario, answers: { x: 1 } });
    expect(s).toMatchObject({ phase: 'requirements', answers: { x: 1 } });
    s = journeyReducer(s, { type: 'goToStep', stepId: 'a' });
    s = journeyReducer(s, { type: 'goToSummary' });
    s = journeyReducer(s, { type: 'edit', stepId: 'a' });
    expect(s).toMatchObject({ phase: 'step', stepId: 'a', returnToSummary: true });
    s = journeyReducer(s, { type: 'goToSummary' });
    expect(s.returnToSummary).toBe(false);
    s = journeyReducer(s, { type: 'submitted', receipt: { number: 'N', submittedAt: '', expectedBy: '2026-04-09', maxResponseDays: 30, patterns: [], payments: [] } });
    expect(s).toMatchObject({ phase: 'receipt', submissions: 1 });
    s = journeyReducer(s, { type: 'backToCard' });
    expect(s).toEqual({ ...initialJourney, submissions: 1 });
  });

  it('keeps the answers when the citizen goes back to the service page mid-way', () => {
    const s = journeyReducer({ ...initialJourney, phase: 'step', stepId: 'a', answers: { x: 1 } }, { type: 'backToCard' });
    expect(s).toMatchObject({ phase: 'card', answers: { x: 1 } });
  });
});

describe('localizedRequirements', () => {
  it('takes names and messages from the translations of the language', async () => {
    const { localizedRequirements } = await import('./localizedRequirements');
    const { bonusAlimentare: withTranslations } = await import('../../../model/fixtures');
    const def = withTranslations();
    const checks = [{ id: 'req-isee', name: 'ISEE corrente', ok: false, pending: false, message: "L'ISEE corrente non deve superare 16.500 €." }];
    expect(localizedRequirements(def, 'en', checks)[0]).toMatchObject({ name: 'ISEE corrente', message: 'The current ISEE must not exceed €16,500.' });
    expect(localizedRequirements(def, 'it', checks)).toBe(checks);
  });
});
