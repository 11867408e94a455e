import { describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../model/fixtures';
import { localizedCard } from './localizedCard';

describe('localizedCard', () => {
  it('takes card texts from the translations of the language, the default language’s otherwise', () => {
    const def = bonusAlimentare();
    def.translations.en['card.office.openingHours'] = 'Monday–Friday 9–12';
    const en = localizedCard(def, 'en');
    expect(en.title).toBe('Food bonus');
    expect(en.office.openingHours).toBe('Monday–Friday 9–12');
    expect(en.who).toBe(def.card.who);
    expect(def.card.title).toBe('Bonus alimentare');
    expect(localizedCard(def, 'it')).toBe(def.card);
  });
});
