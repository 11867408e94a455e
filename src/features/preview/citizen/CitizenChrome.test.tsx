// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { previewStrings } from '../strings';
import type { Translate } from '../translate';
import { CitizenFooter } from './CitizenFooter';
import { CitizenHeader } from './CitizenHeader';
import { CitizenSlimBar } from './CitizenSlimBar';
import { legalLinks } from './legalLinks';

let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'it', resources: { it: { preview: previewStrings.it }, en: { preview: previewStrings.en } } });
  t = i18n.getFixedT('it', 'preview') as Translate;
});

const menu = [
  { href: '../servizi/', label: 'Servizi', current: true, dataElement: 'all-services' },
  { href: '../prenota-appuntamento/', label: 'Prenota appuntamento' },
];

describe('CitizenHeader and CitizenFooter: one markup for the preview and the exported site', () => {
  afterEach(cleanup);

  it("the site's header: the Comune's name to its home, a labelled menu marking the current page and all-services", () => {
    render(<CitizenHeader municipality="Comune di Bologna" iconsUrl="sprites.svg" homeHref="../" menu={{ label: 'Menu principale', links: menu }} />);
    expect(screen.getByRole('link', { name: 'Comune di Bologna' }).getAttribute('href')).toBe('../');
    const nav = screen.getByRole('navigation', { name: 'Menu principale' });
    const services = within(nav).getByRole('link', { name: 'Servizi' });
    expect(services.getAttribute('aria-current')).toBe('page');
    expect(services.getAttribute('data-element')).toBe('all-services');
    expect(within(nav).getByRole('link', { name: 'Prenota appuntamento' }).hasAttribute('aria-current')).toBe(false);
    expect(document.querySelector('.it-header-slim-wrapper')).toBeNull();
  });

  it("the preview's header: the slim bar with the signed-in citizen, no menu", () => {
    render(
      <CitizenHeader municipality="Comune di Bologna" iconsUrl="sprites.svg" slimBar={<CitizenSlimBar t={t} iconsUrl="sprites.svg" userName="Ada Rossi" />} />,
    );
    expect(screen.getByText('Accesso effettuato come Ada Rossi')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Regione' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('link', { name: 'Comune di Bologna' }).getAttribute('href')).toBe('/');
  });

  it('without a citizen signed in, the slim bar leads to the personal area', () => {
    render(<CitizenHeader municipality="Comune di Bologna" iconsUrl="sprites.svg" slimBar={<CitizenSlimBar t={t} iconsUrl="sprites.svg" />} />);
    expect(screen.getByRole('link', { name: 'Area personale' }).getAttribute('href')).toBe('/area-personale');
  });

  it("the site's footer repeats the menu and its note; the preview's carries the small prints", () => {
    const { unmount } = render(<CitizenFooter municipality="Comune di Bologna" iconsUrl="sprites.svg" homeHref="./" links={menu} note="Esportato il 26/11/2026." />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getAllByRole('link').map((a) => a.textContent)).toEqual(['Comune di Bologna', 'Servizi', 'Prenota appuntamento']);
    expect(within(footer).getByText('Esportato il 26/11/2026.')).toBeTruthy();
    unmount();
    render(<CitizenFooter municipality="Comune di Bologna" iconsUrl="sprites.svg" smallPrints={legalLinks(t)} />);
    const links = within(screen.getByRole('contentinfo')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Comune di Bologna', '/'],
      [t('citizen.footer.privacy'), '/privacy'],
      [t('citizen.footer.legal'), '/note-legali'],
      [t('citizen.footer.accessibility'), '/accessibilita'],
    ]);
  });
});
