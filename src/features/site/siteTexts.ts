/**
 * The exported website's own texts (header, footer, home, lists, booking).
 * The site is a municipal site for citizens: Italian only, `lang="it"`; the
 * service pages reuse the preview's Italian strings.
 */
export const siteTexts = {
  skip: 'Vai ai contenuti',
  mainMenu: 'Menu principale',
  services: 'Servizi',
  booking: 'Prenota appuntamento',
  home: 'Home',
  breadcrumb: 'Percorso di navigazione',
  homeTitle: 'Servizi online',
  homeLead: (municipality: string) => `I servizi digitali del ${municipality}: informazioni, requisiti e domande online.`,
  featured: 'Servizi in evidenza',
  allServices: 'Vedi tutti i servizi',
  servicesLead: 'Tutti i servizi del Comune, per categoria. Ogni scheda dice a chi è rivolto il servizio, come fare, cosa serve e come accedere.',
  noServices: 'Non ci sono ancora servizi pubblicati.',
  otherCategory: 'Altri servizi',
  byTopic: 'Servizi per argomento',
  bookingCallout: 'Devi andare in un ufficio? Prenota un appuntamento per evitare la fila.',
  bookingLead: 'Prenota un appuntamento con gli uffici del Comune: scegli il servizio, poi il giorno e l’orario liberi.',
  bookableOnline: 'Servizi prenotabili online',
  bookOnline: 'Prenota online',
  serviceCard: 'Scheda del servizio',
  noBookable: 'Al momento nessun servizio si prenota online: contatta l’ufficio ai recapiti qui sotto.',
  offices: 'Uffici e orari di apertura',
  officeServices: 'Servizi di questo ufficio',
  footerNote: 'Sito dei servizi generato con Mattoncini secondo il modello dei siti dei Comuni di Designers Italia.',
  updated: (date: string) => `Esportato il ${date}.`,
} as const;
