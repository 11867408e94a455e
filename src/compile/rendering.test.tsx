// @vitest-environment jsdom
/**
 * The compiled flow rendered by @rjsf/core exactly as the citizen sees it
 * (`stepFormProps`): every type shows its label; valid answers submit;
 * invalid ones show Italian messages that name the field.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../blocks/registry';
import { createBlankService } from '../model/factory';
import type { FlowNode } from '../model/types';
import { renderStep } from '../test/rjsf';
import { compile } from './compile';
import { bonusAlimentare, validAnswers } from './fixtures/bonusAlimentare';

/** Elements whose own text (required-asterisk aside) is exactly `text`. */
function byExactText(text: string) {
  return screen.getAllByText((_, el) => (el?.textContent ?? '').replace(/\*$/, '').trim() === text);
}

/** The error list at the top of the form. */
function errorList() {
  return screen.getByText('Da correggere').closest('.errors') as HTMLElement;
}

describe('ogni tipo si vede nel modulo del cittadino', () => {
  const def = createBlankService('Tutti i tipi', new Date('2026-01-15T09:00:00Z'), () => 'id');
  const nodes: FlowNode[] = defaultRegistry.all().map((block, i) => ({
    id: `n${i}`,
    type: block.type,
    key: `campo_${block.type}`,
    props:
      block.type === 'info_text'
        ? { content: 'Testo informativo per **tutti**' }
        : // One entry of a repeatable group is shown from the start, so its child is visible.
          { ...block.defaultProps(), label: `Etichetta ${block.label.it}`, minItems: 1 },
    ...(block.container
      ? { children: [{ id: `c${i}`, type: 'text', key: `figlio_${block.type}`, props: { label: `Figlio di ${block.label.it}` } }] }
      : {}),
  }));
  def.steps[0].nodes = nodes;
  const flow = compile(def);

  it.each(defaultRegistry.all().map((b) => b.type))('«%s» mostra la sua etichetta', (type) => {
    renderStep(flow, 0);
    const block = defaultRegistry.get(type)!;
    if (type === 'info_text') {
      const info = screen.getByTestId('mattoncini-info');
      expect(info).toHaveTextContent('Testo informativo per tutti');
      expect(info.querySelector('strong')).toHaveTextContent('tutti');
      return;
    }
    expect(byExactText(`Etichetta ${block.label.it}`).length).toBeGreaterThan(0);
    if (block.container) expect(byExactText(`Figlio di ${block.label.it}`).length).toBeGreaterThan(0);
  });

  it('i campi hanno un’etichetta associata per i lettori di schermo', () => {
    renderStep(flow, 0);
    for (const type of ['text', 'textarea', 'number', 'money', 'date', 'email', 'phone', 'codice_fiscale', 'iban', 'attachment']) {
      expect(screen.getByLabelText(new RegExp(`^Etichetta ${defaultRegistry.get(type)!.label.it.replace(/[()]/g, '\\$&')}`))).toBeInTheDocument();
    }
  });

  it('un elemento di un tipo sconosciuto compare come avviso', () => {
    const withUnknown = structuredClone(def);
    withUnknown.steps[0].nodes = [{ id: 'x', type: 'slot_picker', key: 'appuntamento', props: {} }];
    renderStep(compile(withUnknown), 0);
    expect(screen.getByTestId('mattoncini-notice')).toHaveTextContent('Elemento di tipo «slot_picker» non supportato da questa versione');
  });
});

describe('Buoni spesa: invio dei passi', () => {
  const flow = compile(bonusAlimentare());

  it.each(flow.steps.map((s, i) => [s.id, i] as const))('il passo «%s» con risposte valide viene inviato', async (id, index) => {
    const answers = validAnswers[id as keyof typeof validAnswers];
    const r = renderStep(flow, index, answers);
    await r.submit();
    expect(r.onError).not.toHaveBeenCalled();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
    expect(r.submitted()).toMatchObject(answers);
    // Display-only nodes add nothing to the answers.
    expect(r.submitted()).not.toHaveProperty('come_funziona');
  });

  it('campi obbligatori mancanti: messaggio accanto al campo e nell’elenco', async () => {
    const r = renderStep(flow, 0);
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    expect(within(errorList()).getByText('Il campo «Nome» è obbligatorio')).toBeInTheDocument();
    const name = screen.getByLabelText(/^Nome/);
    const fieldErrors = document.getElementById(`${name.id}__error`)!;
    expect(fieldErrors).toHaveTextContent('Il campo «Nome» è obbligatorio');
    expect(screen.getAllByText('Il campo «CAP» è obbligatorio').length).toBeGreaterThan(0);
  });

  it('codice fiscale sbagliato, poi corretto', async () => {
    const r = renderStep(flow, 2, { numero_componenti: 1 });
    await r.user.type(screen.getByLabelText(/^Nome e cognome/), 'Mario Rossi');
    await r.user.type(screen.getByLabelText(/^Data di nascita/), '1985-12-10');
    const cf = screen.getByLabelText(/^Codice fiscale/);
    await r.user.type(cf, 'RSSMRA85T10A562X');
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    expect(within(errorList()).getByText('Il campo «Codice fiscale» non è valido: controlla i 16 caratteri')).toBeInTheDocument();

    await r.user.clear(cf);
    await r.user.type(cf, 'RSSMRA85T10A562S');
    await r.submit();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
    expect(r.submitted()).toEqual({
      numero_componenti: 1,
      componenti: [{ nome_cognome: 'Mario Rossi', codice_fiscale_componente: 'RSSMRA85T10A562S', data_nascita: '1985-12-10' }],
    });
  });

  it('IBAN sbagliato, poi corretto', async () => {
    const answers = { ...validAnswers['step-accredito'], iban_accredito: 'IT60X0542811101000000123457' };
    const r = renderStep(flow, 3, answers);
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    const message = '«IBAN» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT';
    expect(within(errorList()).getByText(message)).toBeInTheDocument();
    const iban = screen.getByLabelText(/^IBAN/);
    expect(document.getElementById(`${iban.id}__error`)).toHaveTextContent(message);

    await r.user.clear(iban);
    await r.user.type(iban, 'IT60 X054 2811 1010 0000 0123 456');
    await r.submit();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
  });

  it('numero fuori intervallo', async () => {
    const r = renderStep(flow, 2, { ...validAnswers['step-nucleo'], numero_componenti: 13 });
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    expect(within(errorList()).getByText('Il campo «Persone nel nucleo» non può superare 12')).toBeInTheDocument();
  });

  it('email non valida', async () => {
    const r = renderStep(flow, 3, validAnswers['step-accredito']);
    await r.user.type(screen.getByLabelText(/^Email per le comunicazioni/), 'mario.rossi@');
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    expect(
      within(errorList()).getByText('Il campo «Email per le comunicazioni» non contiene un indirizzo email valido (es. nome@esempio.it)'),
    ).toBeInTheDocument();
  });

  it('consenso non dato: la casella parte vuota e va spuntata', async () => {
    const r = renderStep(flow, 3, { iban_accredito: 'IT60X0542811101000000123456' });
    const box = screen.getByRole('checkbox', { name: /Ho letto l’informativa/ });
    expect(box).not.toBeChecked();
    await r.submit();
    expect(within(errorList()).getByText('Per proseguire devi accettare «Ho letto l’informativa sul trattamento dei dati personali»')).toBeInTheDocument();
    await r.user.click(box);
    await r.submit();
    expect(r.onSubmit).toHaveBeenCalledTimes(1);
  });

  it('sì/no non ha una risposta preselezionata', () => {
    renderStep(flow, 1);
    // rjsf's core RadioWidget gives the radiogroup no accessible name: find it through its label.
    const label = screen.getByText(/sostegni pubblici/, { selector: 'label' });
    const group = document.getElementById(label.getAttribute('for')!)!;
    expect(group).toHaveAttribute('role', 'radiogroup');
    for (const radio of within(group).getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('i pulsanti e i titoli di rjsf sono in italiano', () => {
    renderStep(flow, 2);
    expect(screen.getByRole('button', { name: 'Avanti' })).toBeInTheDocument();
    expect(screen.getByTitle('Aggiungi')).toBeInTheDocument();
  });
});
