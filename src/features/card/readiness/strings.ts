/** Strings of the card editor's site-readiness notes (namespace `cardReadiness`), Italian first. */
export const readinessStrings = {
  it: {
    noteTitle: 'Per la pagina sul sito del Comune',
    summaryTitle: 'Pagina del servizio sul sito del Comune',
    ready: 'La scheda ha tutto ciò che il validatore nazionale dei siti dei Comuni controlla nella pagina del servizio.',
    missing_one: 'Manca {{count}} elemento perché la pagina del servizio superi i controlli del validatore nazionale:',
    missing_other: 'Mancano {{count}} elementi perché la pagina del servizio superi i controlli del validatore nazionale:',
    goTo: 'Vai a «{{section}}»',
  },
  en: {
    noteTitle: 'For the page on the municipality’s website',
    summaryTitle: 'The service’s page on the municipality’s website',
    ready: 'The card has everything the national checker of municipal websites looks for on the service page.',
    missing_one: '{{count}} thing is missing for the service page to pass the national checker:',
    missing_other: '{{count}} things are missing for the service page to pass the national checker:',
    goTo: 'Go to «{{section}}»',
  },
};
