import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankService } from '../../model/factory';
import { bonusAlimentare } from '../../model/fixtures';
import { restore } from '../../model/restore';
import type { ServiceDefinition } from '../../model/types';
import { siteReadiness, visibleText } from './siteReadiness';

function template(name: string): ServiceDefinition {
  const result = restore(readFileSync(`public/templates/${name}.json`, 'utf8'));
  if (!result.ok) throw new Error(`template ${name} does not restore`);
  return result.definition;
}

/** A card with everything the exported page needs. */
function readyService(): ServiceDefinition {
  const service = template('bonus-alimentare');
  service.card.office.address = 'Piazza della Repubblica 1, 00100 Borgo Esempio (piano terra)';
  return service;
}

describe('siteReadiness', () => {
  it('finds nothing to fix on a complete card whose office address has a CAP', () => {
    expect(siteReadiness(readyService())).toEqual([]);
  });

  it('names every shortfall of a blank service, section by section, with its JSON pointer', () => {
    const issues = siteReadiness(createBlankService('Nuovo servizio'));
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual([
      '/card/category',
      '/card/topics',
      '/card/audience',
      '/card/who',
      '/card/how_to_do',
      '/card/what_you_need',
      '/card/what_you_get',
      '/card/times_and_deadlines',
      '/card/access/url',
      '/card/conditions_file_url',
      '/card/office/name',
      '/card/office/email',
      '/card/office/address',
    ]);
    expect(issues.find((i) => i.path === '/card/how_to_do')).toEqual({
      section: 'how_to_do',
      path: '/card/how_to_do',
      message: '«Come fare»: scrivi il testo della sezione (almeno 3 caratteri).',
    });
  });

  it('counts the visible text, not the markdown: "**a**" is one character', () => {
    const service = readyService();
    service.card.who = '**a**';
    expect(siteReadiness(service)).toEqual([
      { section: 'who', path: '/card/who', message: '«A chi è rivolto»: scrivi il testo della sezione (almeno 3 caratteri).' },
    ]);
    expect(visibleText('1. Accedi con **SPID**\n2. [Invia](https://x.it)')).toBe('Accedi con SPID Invia');
  });

  it('asks for a category the breadcrumb can read (letters, not only symbols)', () => {
    const service = readyService();
    service.card.category = 'è—';
    expect(siteReadiness(service).map((i) => i.section)).toEqual(['category']);
  });

  it('does not ask a booking service for an access URL (it leads to the booking page), but a generic one for its text', () => {
    const booking = readyService();
    booking.card.access = { channel: 'booking', text: '', url: '' };
    expect(siteReadiness(booking)).toEqual([]);
    const generic = readyService();
    generic.card.access = { channel: 'generic', text: 'x', url: '' };
    expect(siteReadiness(generic).map((i) => i.path)).toEqual(['/card/access/url', '/card/access/text']);
  });

  it('asks for the CAP when the office address has none (the JSON-LD postalCode)', () => {
    const service = readyService();
    service.card.office.address = 'Via della Libertà 8, Borgo Esempio';
    const issues = siteReadiness(service);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ section: 'contacts', path: '/card/office/address' });
    expect(issues[0].message).toContain('CAP');
  });

  it('accepts an office reachable only by PEC, refuses one with no contact at all', () => {
    const service = readyService();
    service.card.office = { ...service.card.office, phone: '', email: '', pec: 'protocollo@pec.comune.it' };
    expect(siteReadiness(service)).toEqual([]);
    service.card.office.pec = '';
    expect(siteReadiness(service).map((i) => i.path)).toEqual(['/card/office/email']);
  });

  it('flags only the missing CAP on the six flagship templates', () => {
    const names = ['bonus-alimentare', 'contrassegno-disabili', 'iscrizione-asilo-nido', 'mensa-scolastica', 'pagamento-sanzioni', 'prenotazione-anagrafe'];
    for (const name of names) {
      const messages = siteReadiness(template(name)).map((i) => i.message);
      expect(messages.every((m) => m.includes('CAP')), name).toBe(true);
    }
    expect(siteReadiness(bonusAlimentare()).length).toBeGreaterThan(0);
  });
});
