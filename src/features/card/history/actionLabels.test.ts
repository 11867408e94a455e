import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cardStrings } from '../strings';
import { describeActions } from './actionLabels';

async function tFor(lng: 'it' | 'en') {
  const i = i18next.createInstance();
  await i.init({ lng, ns: ['card'], defaultNS: 'card', resources: { it: { card: cardStrings.it }, en: { card: cardStrings.en } } });
  return i.t;
}

describe('history actions in words', () => {
  it('translates command names, once each, and undo/redo', async () => {
    const t = await tFor('it');
    expect(describeActions('updateCard, setSchedule, setStatus, updateCard', t)).toBe(
      'Modificata la scheda; Cambiate le date di apertura; Cambiato lo stato',
    );
    expect(describeActions('undo:insertNode', t)).toBe('Annullato: aggiunto un elemento');
  });

  it('keeps unknown actions readable and speaks English too', async () => {
    expect(describeActions('Modificata la scheda', await tFor('it'))).toBe('Modificata la scheda');
    expect(describeActions('addRequirement', await tFor('en'))).toBe('Added a requirement');
  });
});
