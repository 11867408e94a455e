import { describe, expect, it } from 'vitest';
import { pruneAnswers } from './pruneAnswers';
import { buoniSpesa } from './testing';

describe('pruneAnswers', () => {
  const answers = {
    altri_sostegni: true,
    importo_sostegni: 250,
    abitazione: { tipo_abitazione: 'affitto', canone_affitto: 420, vecchio_campo: 'x' },
    componenti: [{ nome_cognome: 'Anna Rossi', soprannome: 'Annina' }],
    campo_rimosso: 'ciao',
    richiedente: { name: 'Mario', surname: 'Rossi' },
  };

  it('toglie le risposte dei campi che non esistono più, a ogni livello', () => {
    expect(pruneAnswers(buoniSpesa(), answers)).toEqual({
      altri_sostegni: true,
      importo_sostegni: 250,
      abitazione: { tipo_abitazione: 'affitto', canone_affitto: 420 },
      componenti: [{ nome_cognome: 'Anna Rossi' }],
      // A composite field keeps its own object as it is.
      richiedente: { name: 'Mario', surname: 'Rossi' },
    });
  });

  it('toglie le risposte dei campi nascosti', () => {
    const def = buoniSpesa();
    const pruned = pruneAnswers(def, answers, new Set(['n-importo-sostegni', 'n-canone']));
    expect(pruned).not.toHaveProperty('importo_sostegni');
    expect(pruned.abitazione).toEqual({ tipo_abitazione: 'affitto' });
  });

  it('segue il cambio di chiave: la vecchia risposta se ne va', () => {
    const def = buoniSpesa();
    def.steps[3].nodes[0].key = 'iban';
    expect(pruneAnswers(def, { iban_accredito: 'IT60X0542811101000000123456' })).toEqual({});
  });

  it('restituisce lo stesso oggetto quando non c’è nulla da togliere', () => {
    const clean = { altri_sostegni: false, abitazione: { tipo_abitazione: 'ospite' }, componenti: [{ nome_cognome: 'Anna' }] };
    expect(pruneAnswers(buoniSpesa(), clean)).toBe(clean);
  });

  it('scarta un valore non adatto a un contenitore (residuo di un altro tipo)', () => {
    expect(pruneAnswers(buoniSpesa(), { abitazione: 'in affitto' })).toEqual({});
  });
});
