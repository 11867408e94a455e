import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../model/types';
import { followKeyRenames } from './followKeyRenames';
import { buoniSpesa } from './testing';

function rekey(def: ServiceDefinition, nodeId: string, key: string): ServiceDefinition {
  const next = structuredClone(def);
  const visit = (nodes: ServiceDefinition['steps'][number]['nodes']) =>
    nodes.forEach((n) => {
      if (n.id === nodeId) n.key = key;
      if (n.children) visit(n.children);
    });
  next.steps.forEach((s) => visit(s.nodes));
  return next;
}

describe('followKeyRenames', () => {
  const before = buoniSpesa();

  it('sposta la risposta sulla nuova chiave del campo', () => {
    const after = rekey(before, 'n-iban', 'iban');
    expect(followKeyRenames(before, after, { iban_accredito: 'IT60X0542811101000000123456', altri_sostegni: true })).toEqual({
      iban: 'IT60X0542811101000000123456',
      altri_sostegni: true,
    });
  });

  it('dentro una sezione e nelle voci di un gruppo ripetibile', () => {
    const after = rekey(rekey(before, 'n-canone', 'affitto_mensile'), 'n-comp-nome', 'nominativo');
    const answers = {
      abitazione: { tipo_abitazione: 'affitto', canone_affitto: 420 },
      componenti: [{ nome_cognome: 'Anna Rossi' }, { nome_cognome: 'Luca Rossi' }],
    };
    expect(followKeyRenames(before, after, answers)).toEqual({
      abitazione: { tipo_abitazione: 'affitto', affitto_mensile: 420 },
      componenti: [{ nominativo: 'Anna Rossi' }, { nominativo: 'Luca Rossi' }],
    });
  });

  it('restituisce lo stesso oggetto quando nessuna chiave cambia', () => {
    const answers = { altri_sostegni: false };
    expect(followKeyRenames(before, structuredClone(before), answers)).toBe(answers);
  });

  it('non sovrascrive la risposta di un altro campo che ha già quella chiave', () => {
    const after = rekey(rekey(before, 'n-email-pec', 'iban_accredito'), 'n-iban', 'iban');
    expect(followKeyRenames(before, after, { iban_accredito: 'IT60…', email_comunicazioni: 'a@b.it' })).toEqual({
      iban: 'IT60…',
      iban_accredito: 'a@b.it',
    });
  });
});
