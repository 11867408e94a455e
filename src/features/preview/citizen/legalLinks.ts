/** The preview footer's small prints, in the citizen's language. */
import type { Translate } from '../translate';
import type { CitizenLink } from './CitizenLink';

export function legalLinks(t: Translate): CitizenLink[] {
  return [
    { href: '/privacy', label: t('citizen.footer.privacy') },
    { href: '/note-legali', label: t('citizen.footer.legal') },
    { href: '/accessibilita', label: t('citizen.footer.accessibility') },
  ];
}
