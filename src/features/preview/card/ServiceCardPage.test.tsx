// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../model/fixtures';
import { romeToInstant } from '../../../runtime/romeTime';
import { serviceAvailability } from '../../../runtime/schedule';
import { previewTranslate } from '../testing/translate';
import { ServiceCardPage, type ServiceCardPageProps } from './ServiceCardPage';

const REQUIRED = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];

function page(overrides: Partial<ServiceCardPageProps> = {}, def = bonusAlimentare()) {
  const html = renderToStaticMarkup(
    <ServiceCardPage
      card={def.card}
      availability={serviceAvailability(def, new Date('2026-11-10T10:00:00Z'))}
      t={previewTranslate()}
      language="it"
      iconsUrl="/sprites.svg"
      municipality="Comune di Pisa"
      updatedAt={def.updatedAt}
      accessHref="https://servizi.comune.example/bonus-alimentare"
      {...overrides}
    />,
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('ServiceCardPage (static markup)', () => {
  it('si rende con renderToStaticMarkup, senza store né contesto', () => {
    const doc = page();
    expect(doc.querySelector('[data-element="service-title"]')?.textContent).toBe('Bonus alimentare');
    expect(doc.querySelector('[data-element="service-status"]')?.textContent).toBe('Servizio attivo');
    expect(doc.querySelector('[data-element="service-description"]')?.textContent).toBe(bonusAlimentare().card.short_description);
  });

  it('ha le otto sezioni di Designers Italia nell’ordine, con le etichette esatte, e l’indice elenca solo quelle', () => {
    const doc = page();
    const headings = Array.from(doc.querySelectorAll('section.it-page-section > h2')).map((h) => h.textContent);
    expect(headings).toEqual(REQUIRED);
    // The checker reads `[data-element="page-index"] > li > a`.
    const index = Array.from(doc.querySelectorAll('ul[data-element="page-index"] > li > a')).map((a) => a.textContent?.trim());
    expect(index).toEqual(REQUIRED);
    for (const a of doc.querySelectorAll('ul[data-element="page-index"] a')) {
      expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('mette gli attributi data-element che il validatore nazionale cerca', () => {
    const doc = page();
    for (const element of ['metatag', 'feedback', 'breadcrumb', 'service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-online-access', 'service-file', 'service-area']) {
      expect(doc.querySelectorAll(`[data-element="${element}"]`), element).toHaveLength(1);
    }
    expect(Array.from(doc.querySelectorAll('[data-element="service-topic"]')).map((e) => e.textContent)).toEqual(['Famiglia', 'Sostegno al reddito']);
    expect(doc.querySelector('[data-element="service-online-access"]')?.getAttribute('href')).toBe('https://servizi.comune.example/bonus-alimentare');
    expect(doc.querySelector('[data-element="breadcrumb"]')?.textContent).toContain('Assistenza sociale');
  });

  it('usa l’attributo del canale: prenotazione o generico', () => {
    const def = bonusAlimentare();
    def.card.access.channel = 'booking';
    expect(page({ card: def.card }).querySelector('[data-element="service-booking-access"]')?.textContent).toBe('Prenota appuntamento');
    def.card.access.channel = 'generic';
    expect(page({ card: def.card }).querySelector('[data-element="service-generic-access"]')).not.toBeNull();
  });

  it('mostra i testi facoltativi come sottosezioni delle otto, solo se compilati', () => {
    const def = bonusAlimentare();
    def.card.special_cases = 'Senza ISEE puoi presentare la DSU.';
    def.card.more_info = 'Regolamento comunale dei contributi.';
    const subsections = (d: Document) =>
      Array.from(d.querySelectorAll('section.it-page-section [role="group"] > h3')).map((h) => `${h.closest('section')!.querySelector('h2')!.textContent} › ${h.textContent}`);
    expect(subsections(page({ card: def.card }))).toEqual([
      'A chi è rivolto › Descrizione',
      'A chi è rivolto › Casi particolari',
      'Accedi al servizio › Quanto costa',
      'Condizioni di servizio › Ulteriori informazioni',
    ]);
    def.card.costs = '';
    def.card.description = ' ';
    expect(subsections(page({ card: def.card }))).not.toContain('Accedi al servizio › Quanto costa');
    expect(subsections(page({ card: def.card }))).not.toContain('A chi è rivolto › Descrizione');
  });

  it('un testo fatto solo di un elenco ha comunque un primo paragrafo, che il validatore misura', () => {
    const def = bonusAlimentare();
    def.card.how_to_do = '1. Accedi con SPID o CIE.\n2. Compila la domanda.';
    const howTo = page({ card: def.card }).querySelector('[data-element="service-how-to"]')!;
    expect(howTo.querySelector('p')?.textContent).toBe('Accedi con SPID o CIE.');
    expect(howTo.querySelectorAll('ol > li')).toHaveLength(2);
  });

  it('il widget di valutazione ha cinque stelle e le due domande di approfondimento, nascoste finché non si vota', () => {
    const doc = page();
    const feedback = doc.querySelector('[data-element="feedback"]')!;
    expect(feedback.querySelector('[data-element="feedback-title"]')?.textContent).toBe('Quanto sono chiare le informazioni su questa pagina?');
    for (let i = 1; i <= 5; i++) expect(feedback.querySelectorAll(`[data-element="feedback-rate-${i}"]`), `rate ${i}`).toHaveLength(1);
    const negative = feedback.querySelector('[data-element="feedback-rating-negative"]')!;
    expect(negative.querySelector('[data-element="feedback-rating-question"]')?.textContent).toBe('Dove hai incontrato le maggiori difficoltà?');
    expect(negative.querySelectorAll('[data-element="feedback-rating-answer"]')).toHaveLength(5);
    expect(negative.hasAttribute('hidden')).toBe(true);
    expect(feedback.querySelector('[data-element="feedback-rating-positive"] [data-element="feedback-rating-question"]')?.textContent).toBe(
      'Quali sono stati gli aspetti che hai preferito?',
    );
    expect(feedback.querySelector('[data-element="feedback-input-text"]')).not.toBeNull();
  });

  it('con i collegamenti del sito, il percorso, gli argomenti e la prenotazione portano alle sue pagine', () => {
    const doc = page({ links: { home: '../../', services: '../', category: '../#salute', topic: (topic) => `../#${topic}`, booking: '../../prenota-appuntamento/' } });
    expect(Array.from(doc.querySelectorAll('[data-element="breadcrumb"] a')).map((a) => a.getAttribute('href'))).toEqual(['../../', '../', '../#salute']);
    expect(doc.querySelector('[data-element="appointment-booking"]')?.getAttribute('href')).toBe('../../prenota-appuntamento/');
    expect(page().querySelector('[data-element="appointment-booking"]')).toBeNull();
  });

  it('il markdown dei funzionari è reso in modo sicuro', () => {
    const def = bonusAlimentare();
    def.card.who = 'Famiglie <script>alert(1)</script> [sito](javascript:alert(2)) <img src=x onerror=alert(3)>';
    const doc = page({ card: def.card });
    const who = doc.querySelector('[data-element="service-addressed"]')!;
    expect(who.querySelector('script, img')).toBeNull();
    for (const el of who.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on') || /javascript:/i.test(attr.value), `${el.tagName} ${attr.name}`).toBe(false);
    }
    // Raw HTML is shown as text, never run.
    expect(who.textContent).toContain('<script>alert(1)</script>');
  });

  it('un servizio programmato dice quando apre e non si può avviare', () => {
    const def = { ...bonusAlimentare(), status: 'scheduled' as const, schedule: { opensAt: romeToInstant('2027-03-01').toISOString(), closesAt: romeToInstant('2027-04-01').toISOString() } };
    const doc = page({ availability: serviceAvailability(def, new Date('2027-02-10T10:00:00Z')) }, def);
    expect(doc.querySelector('[data-element="service-status"]')?.textContent).toBe('Servizio non attivo');
    expect(doc.querySelector('[role="status"]')?.textContent).toBe('Il servizio apre il 1 marzo 2027.');
    expect(doc.querySelector('[data-element="service-calendar-text"]')?.textContent).toContain('Domande dal 1 marzo 2027 al 31 marzo 2027.');
    expect(doc.querySelector('[data-element="service-online-access"]')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('dati strutturati GovernmentService sicuri dentro <script>', () => {
    const def = bonusAlimentare();
    def.card.title = 'Bonus </script><script>alert(1)</script>';
    const doc = page({ card: def.card });
    const scripts = doc.querySelectorAll('script[data-element="metatag"]');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0].textContent!)).toMatchObject({ '@type': 'GovernmentService', name: def.card.title, serviceType: 'Assistenza sociale' });
  });

  it('in inglese usa le etichette inglesi', () => {
    const doc = page({ t: previewTranslate('en'), language: 'en' });
    expect(Array.from(doc.querySelectorAll('section > h2')).map((h) => h.textContent)[0]).toBe('Who it is for');
  });
});
