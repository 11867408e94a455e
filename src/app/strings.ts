/** Strings of the application frame (header, navigation, errors). */
export const appStrings = {
  it: {
    appName: 'Mattoncini',
    tagline: 'Servizi digitali del Comune',
    skipToContent: 'Vai al contenuto principale',
    nav: { catalog: 'Catalogo dei servizi', sync: 'Sincronizzazione', main: 'Navigazione principale' },
    language: { label: 'Lingua', it: 'Italiano', en: 'English' },
    notFound: { title: 'Pagina non trovata', back: 'Torna al catalogo' },
    loading: 'Caricamento…',
  },
  en: {
    appName: 'Mattoncini',
    tagline: 'Municipal digital services',
    skipToContent: 'Skip to main content',
    nav: { catalog: 'Service catalogue', sync: 'Synchronisation', main: 'Main navigation' },
    language: { label: 'Language', it: 'Italiano', en: 'English' },
    notFound: { title: 'Page not found', back: 'Back to the catalogue' },
    loading: 'Loading…',
  },
};
