import { describe, expect, it } from 'vitest';
import { emptyCard } from '../../model/factory';
import { bonusAlimentare } from '../../model/fixtures';
import { governmentService, governmentServiceJsonLd, jsonLdText } from './governmentService';

describe('governmentService', () => {
  it('has every field the checker’s metatag audit requires, the office as serviceLocation', () => {
    const card = bonusAlimentare().card;
    card.office.address = 'Piazza della Repubblica 1, 00100 Borgo Esempio (piano terra)';
    card.access.url = 'https://servizi.comune.example/buoni-spesa';
    const data = governmentService(card, 'Comune di Borgo Esempio');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: card.title,
      serviceType: card.category,
      serviceOperator: { name: 'Comune di Borgo Esempio' },
      areaServed: { name: 'Comune di Borgo Esempio' },
      audience: { name: card.audience, audienceType: card.audience },
      availableChannel: {
        serviceUrl: 'https://servizi.comune.example/buoni-spesa',
        serviceLocation: {
          '@type': 'Place',
          name: card.office.name,
          address: { '@type': 'PostalAddress', streetAddress: 'Piazza della Repubblica 1', postalCode: '00100', addressLocality: 'Borgo Esempio' },
        },
      },
    });
  });

  it('uses the page’s own URL when the card has no access URL', () => {
    const card = bonusAlimentare().card;
    card.access.url = '';
    expect(governmentService(card, 'Comune di Pisa', 'https://www.comune.pisa.it/servizi/bonus/').availableChannel).toMatchObject({
      serviceUrl: 'https://www.comune.pisa.it/servizi/bonus/',
    });
  });

  it('leaves out what the card does not say instead of writing empty strings', () => {
    const data = governmentService(emptyCard('Nuovo servizio'), 'Comune di Pisa');
    expect(data).not.toHaveProperty('serviceType');
    expect(data).not.toHaveProperty('audience');
    expect(data.availableChannel).toEqual({ '@type': 'ServiceChannel', name: 'Nuovo servizio' });
    expect(JSON.stringify(data)).not.toContain('""');
  });

  it('JSON-LD text cannot close its <script>, and still parses to the same data', () => {
    const card = bonusAlimentare().card;
    card.title = 'Bonus </script><script>alert(1)</script>';
    const text = jsonLdText(governmentService(card, 'Comune di Pisa'));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe(card.title);
  });

  it('exports the card alone as a JSON-LD document', () => {
    const doc = JSON.parse(governmentServiceJsonLd(bonusAlimentare().card, 'Comune di Pisa'));
    expect(doc['@type']).toBe('GovernmentService');
  });
});
