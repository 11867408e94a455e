import { describe, expect, it } from 'vitest';
import { bonusAlimentare, iscrizioneNido } from '../../model/fixtures';
import type { ServiceDefinition } from '../../model/types';
import { publishedServices } from './publishedServices';

const now = new Date('2026-11-26T10:00:00Z');
const withStatus = (status: ServiceDefinition['status'], schedule: ServiceDefinition['schedule'] = { opensAt: null, closesAt: null }, title: string = status) => {
  const d = bonusAlimentare();
  return { ...d, id: `svc-${title}`, status, schedule, card: { ...d.card, title } };
};

describe('publishedServices', () => {
  it('keeps published services and scheduled ones that are open or about to open, by title', () => {
    const services = [
      withStatus('published', undefined, 'Mensa scolastica'),
      withStatus('draft'),
      withStatus('suspended'),
      withStatus('private'),
      withStatus('scheduled', { opensAt: '2027-03-01T00:00:00Z', closesAt: null }, 'Asilo nido'),
      withStatus('scheduled', { opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }, 'Chiuso a febbraio'),
      withStatus('scheduled', { opensAt: '2026-11-01T00:00:00Z', closesAt: '2026-12-01T00:00:00Z' }, 'Bonus energia'),
    ];
    expect(publishedServices(services, now).map((s) => s.card.title)).toEqual(['Asilo nido', 'Bonus energia', 'Mensa scolastica']);
  });

  it('includes the fixtures’ nursery, scheduled for March', () => {
    expect(publishedServices([iscrizioneNido()], now)).toHaveLength(1);
  });
});
