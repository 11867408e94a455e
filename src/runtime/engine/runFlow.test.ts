import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../model/types';
import { romeToInstant } from '../romeTime';
import { runFlow } from './runFlow';
import { buoniSpesa, rulesEvaluator } from './testing';
import type { ComputedProvider } from './types';

const now = new Date('2026-03-10T10:00:00Z');
const run = (def: ServiceDefinition, answers: Record<string, unknown>, at = now, computed?: ComputedProvider[]) =>
  runFlow(def, answers, at, rulesEvaluator, computed ? { computed } : {});

describe('runFlow — visibilità dei campi', () => {
  it('nasconde «Importo mensile dei sostegni» finché non si risponde Sì', () => {
    const def = buoniSpesa();
    expect(run(def, {}).visibleNodeIds['step-economica']).not.toContain('n-importo-sostegni');
    expect(run(def, { altri_sostegni: false }).hiddenNodeIds.has('n-importo-sostegni')).toBe(true);
    const yes = run(def, { altri_sostegni: true });
    expect(yes.visibleNodeIds['step-economica']).toEqual(['n-isee', 'n-sostegni', 'n-importo-sostegni', 'n-abitazione', 'n-tipo-abitazione']);
    expect(yes.hiddenNodeIds.has('n-importo-sostegni')).toBe(false);
  });

  it('legge le risposte dentro una sezione con il percorso puntato', () => {
    const def = buoniSpesa();
    const affitto = run(def, { abitazione: { tipo_abitazione: 'affitto' } });
    expect(affitto.visibleNodeIds['step-economica']).toContain('n-canone');
    expect(run(def, { abitazione: { tipo_abitazione: 'proprieta' } }).hiddenNodeIds.has('n-canone')).toBe(true);
  });

  it('nasconde i figli di un contenitore nascosto', () => {
    const def = buoniSpesa();
    const section = def.steps[1].nodes.find((n) => n.id === 'n-abitazione')!;
    section.visibleIf = { '==': [{ var: 'altri_sostegni' }, false] };
    const state = run(def, { altri_sostegni: true, abitazione: { tipo_abitazione: 'affitto' } });
    expect(state.hiddenNodeIds.has('n-abitazione')).toBe(true);
    expect(state.hiddenNodeIds.has('n-tipo-abitazione')).toBe(true);
    expect(state.hiddenNodeIds.has('n-canone')).toBe(true);
  });

  it('una regola non valutabile nasconde il campo e viene segnalata', () => {
    const def = buoniSpesa();
    def.steps[3].nodes[1].visibleIf = { log: ['x'] };
    const state = run(def, {});
    expect(state.hiddenNodeIds.has('n-email-pec')).toBe(true);
    expect(state.problems).toEqual([{ where: 'node:n-email-pec', error: expect.stringContaining('log') }]);
  });

  it('nei gruppi ripetibili una regola può nominare i campi della voce', () => {
    const def = buoniSpesa();
    const group = def.steps[2].nodes[1];
    group.children!.push({
      id: 'n-comp-scuola',
      type: 'text',
      key: 'scuola',
      props: { label: 'Scuola frequentata' },
      visibleIf: { '<': [{ age: [{ var: 'data_nascita' }] }, 18] },
    });
    const adults = { componenti: [{ data_nascita: '1980-01-01' }] };
    expect(run(def, adults).hiddenNodeIds.has('n-comp-scuola')).toBe(true);
    const withChild = { componenti: [{ data_nascita: '1980-01-01' }, { data_nascita: '2015-05-05' }] };
    expect(run(def, withChild).hiddenNodeIds.has('n-comp-scuola')).toBe(false);
  });

  it('la risposta rimasta in un campo nascosto non decide la visibilità di altri campi', () => {
    const def = buoniSpesa();
    // «Canone» now depends on «Importo sostegni», which is hidden when «altri sostegni» is No.
    def.steps[1].nodes[3].children![1].visibleIf = { '>': [{ var: 'importo_sostegni' }, 100] };
    const stale = run(def, { altri_sostegni: false, importo_sostegni: 250 });
    expect(stale.hiddenNodeIds.has('n-importo-sostegni')).toBe(true);
    expect(stale.hiddenNodeIds.has('n-canone')).toBe(true);
    expect(stale.answers).toEqual({ altri_sostegni: false });
  });
});

describe('runFlow — visibilità dei passi', () => {
  it('salta un passo la cui condizione è falsa, in ordine', () => {
    const def = buoniSpesa();
    def.steps[2].visibleIf = { '>': [{ var: 'isee.value' }, 0] };
    expect(run(def, {}).visibleSteps).toEqual(['step-richiedente', 'step-economica', 'step-accredito']);
    expect(run(def, {}).visibleNodeIds['step-nucleo']).toEqual([]);
    expect(run(def, {}).hiddenNodeIds.has('n-comp-nome')).toBe(true);
    expect(run(def, { isee: { value: 5000 } }).visibleSteps).toEqual([
      'step-richiedente',
      'step-economica',
      'step-nucleo',
      'step-accredito',
    ]);
  });
});

describe('runFlow — requisiti', () => {
  it('prima delle risposte un requisito è «da verificare», non fallito', () => {
    const [isee, age] = run(buoniSpesa(), {}).requirements;
    expect(isee).toMatchObject({ id: 'req-isee', pending: true });
    expect(age).toMatchObject({ id: 'req-maggiorenne', ok: false, pending: true });
  });

  it('riporta il messaggio del requisito non soddisfatto', () => {
    const state = run(buoniSpesa(), { isee: { value: 12000 }, richiedente: { birth_date: '1985-12-10' } });
    expect(state.requirements).toEqual([
      {
        id: 'req-isee',
        name: 'ISEE fino a 9.360 €',
        ok: false,
        pending: false,
        message: 'Il valore ISEE del nucleo supera la soglia di 9.360 €.',
      },
      { id: 'req-maggiorenne', name: 'Richiedente maggiorenne', ok: true, pending: false },
    ]);
    expect(state.eligible).toBe(false);
  });

  it('è idoneo quando tutti i requisiti sono soddisfatti', () => {
    const state = run(buoniSpesa(), { isee: { value: 6200.5 }, richiedente: { birth_date: '1985-12-10' } });
    expect(state.requirements.every((r) => r.ok && !r.pending)).toBe(true);
    expect(state.eligible).toBe(true);
  });

  it('l’età si calcola al giorno di «now» a Roma: maggiorenne dal giorno del compleanno', () => {
    const answers = { isee: { value: 5000 }, richiedente: { birth_date: '2008-03-10' } };
    // 23:30Z on 9 March is 00:30 on 10 March in Rome: the 18th birthday.
    expect(run(buoniSpesa(), answers, new Date('2026-03-09T23:30:00Z')).eligible).toBe(true);
    expect(run(buoniSpesa(), answers, new Date('2026-03-09T22:30:00Z')).eligible).toBe(false);
  });

  it('una regola rotta conta come requisito non soddisfatto e viene segnalata', () => {
    const def = buoniSpesa();
    def.requirements[0].rule = { unknown_op: [1] };
    const state = run(def, { isee: { value: 100 }, richiedente: { birth_date: '1985-12-10' } });
    expect(state.requirements[0]).toMatchObject({ ok: false, message: def.requirements[0].message, error: expect.any(String) });
    expect(state.problems.map((p) => p.where)).toEqual(['requirement:req-isee']);
  });

  it('non legge le risposte dei campi nascosti', () => {
    const def = buoniSpesa();
    def.requirements = [
      { id: 'req-sostegni', name: 'Sostegni bassi', rule: { '!': [{ '>': [{ var: 'importo_sostegni' }, 500] }] }, message: 'Troppi sostegni' },
    ];
    expect(run(def, { altri_sostegni: false, importo_sostegni: 900 }).eligible).toBe(true);
    expect(run(def, { altri_sostegni: true, importo_sostegni: 900 }).eligible).toBe(false);
  });
});

describe('runFlow — valori calcolati', () => {
  const amount: ComputedProvider = {
    key: 'importo_buono',
    ruleKey: 'importo_buono',
    compute: ({ data, now, evaluate }) => {
      const out = evaluate({ '*': [150, { count: [{ var: 'componenti' }] }] }, data, now);
      return out.ok ? out.value : undefined;
    },
  };
  it('calcola in ordine e rende i valori leggibili dalle regole', () => {
    const def = buoniSpesa();
    def.steps[3].nodes[1].visibleIf = { '>=': [{ var: 'importo_buono' }, 300] };
    const one = run(def, { componenti: [{}] }, now, [amount]);
    expect(one.computed).toEqual({ importo_buono: 150 });
    expect(one.hiddenNodeIds.has('n-email-pec')).toBe(true);
    const two = run(def, { componenti: [{}, {}] }, now, [amount]);
    expect(two.computed.importo_buono).toBe(300);
    expect(two.hiddenNodeIds.has('n-email-pec')).toBe(false);
  });
  it('senza ruleKey il risultato non entra nei dati delle regole (non copre la risposta del blocco)', () => {
    const slot: ComputedProvider = { key: 'altri_sostegni', compute: () => 'calcolato' };
    const state = run(buoniSpesa(), { altri_sostegni: true }, now, [slot]);
    expect(state.computed).toEqual({ altri_sostegni: 'calcolato' });
    expect(state.hiddenNodeIds.has('n-importo-sostegni')).toBe(false);
  });
  it('un calcolo che fallisce dà undefined e un problema', () => {
    const broken: ComputedProvider = { key: 'punteggio', compute: () => { throw new Error('criteri mancanti'); } };
    const state = run(buoniSpesa(), {}, now, [broken]);
    expect(state.computed).toEqual({ punteggio: undefined });
    expect(state.problems).toEqual([{ where: 'computed:punteggio', error: 'criteri mancanti' }]);
  });
});

describe('runFlow — apertura del servizio (Europe/Rome)', () => {
  const scheduled = (opens: Date | null, closes: Date | null): ServiceDefinition => ({
    ...buoniSpesa(),
    status: 'scheduled',
    schedule: { opensAt: opens?.toISOString() ?? null, closesAt: closes?.toISOString() ?? null },
  });
  const before = (d: Date) => new Date(d.getTime() - 1);

  it('apre alla mezzanotte di Roma in inverno (23:00Z del giorno prima)', () => {
    const opens = romeToInstant('2027-01-15', '00:00');
    expect(opens.toISOString()).toBe('2027-01-14T23:00:00.000Z');
    const def = scheduled(opens, null);
    expect(run(def, {}, before(opens)).availability).toMatchObject({ open: false, state: 'scheduled-before', label: 'Programmato — apre il 15/1/2027' });
    expect(run(def, {}, opens).availability).toMatchObject({ open: true, state: 'scheduled-open' });
  });

  it('chiude alla mezzanotte di Roma in estate (22:00Z), ultimo giorno incluso', () => {
    const closes = romeToInstant('2027-07-01', '00:00');
    expect(closes.toISOString()).toBe('2027-06-30T22:00:00.000Z');
    const def = scheduled(romeToInstant('2027-06-01'), closes);
    expect(run(def, {}, before(closes)).availability).toMatchObject({ open: true, label: 'Aperto fino al 30/6/2027' });
    expect(run(def, {}, closes).availability).toMatchObject({ open: false, state: 'closed' });
  });

  it('attraversa il passaggio all’ora legale (28 marzo 2027): aperto dalle 00:00 CET alle 00:00 CEST', () => {
    const opens = romeToInstant('2027-03-28', '00:00'); // still CET
    const closes = romeToInstant('2027-03-29', '00:00'); // already CEST: a 23-hour day
    expect(closes.getTime() - opens.getTime()).toBe(23 * 3600_000);
    const def = scheduled(opens, closes);
    expect(run(def, {}, new Date('2027-03-28T00:59:59Z')).availability.open).toBe(true); // 01:59:59 CET
    expect(run(def, {}, new Date('2027-03-28T01:00:00Z')).availability.open).toBe(true); // 03:00 CEST
    expect(run(def, {}, before(closes)).availability.open).toBe(true);
    expect(run(def, {}, closes).availability).toMatchObject({ open: false, state: 'closed' });
  });

  it('attraversa il ritorno all’ora solare (31 ottobre 2027): un giorno di 25 ore', () => {
    const opens = romeToInstant('2027-10-31', '00:00'); // CEST
    const closes = romeToInstant('2027-11-01', '00:00'); // CET
    expect(closes.getTime() - opens.getTime()).toBe(25 * 3600_000);
    const def = scheduled(opens, closes);
    expect(run(def, {}, before(opens)).availability.state).toBe('scheduled-before');
    // 02:30 happens twice in Rome that night; both are inside the window.
    expect(run(def, {}, new Date('2027-10-31T00:30:00Z')).availability.open).toBe(true);
    expect(run(def, {}, new Date('2027-10-31T01:30:00Z')).availability.open).toBe(true);
    expect(run(def, {}, before(closes)).availability).toMatchObject({ open: true, label: 'Aperto fino al 31/10/2027' });
    expect(run(def, {}, closes).availability.open).toBe(false);
  });

  it('un servizio sospeso non è aperto, uno pubblicato sì', () => {
    expect(run({ ...buoniSpesa(), status: 'suspended' }, {}).availability.open).toBe(false);
    expect(run(buoniSpesa(), {}).availability.open).toBe(true);
  });
});
