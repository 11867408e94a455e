/** Strings of the service catalogue (namespace `catalog`). */
export const catalogStrings = {
  it: {
    title: 'Catalogo dei servizi',
    intro: 'I servizi digitali del Comune. Apri un servizio per modificarne il percorso del cittadino.',
    newService: 'Nuovo servizio',
    newServiceTitle: 'Nuovo servizio',
    open: 'Apri',
    openService: 'Apri «{{title}}»',
    empty: 'Non ci sono ancora servizi. Crea il primo con «Nuovo servizio».',
    loading: 'Caricamento dei servizi…',
    updated: 'Modificato il {{date}}',
    status: { draft: 'Bozza', published: 'Pubblicato', scheduled: 'Programmato', suspended: 'Sospeso', private: 'Privato' },
    createError: 'Non è stato possibile creare il servizio: {{message}}',
  },
  en: {
    title: 'Service catalogue',
    intro: 'The municipality’s digital services. Open a service to edit the citizen’s journey.',
    newService: 'New service',
    newServiceTitle: 'New service',
    open: 'Open',
    openService: 'Open “{{title}}”',
    empty: 'There are no services yet. Create the first one with “New service”.',
    loading: 'Loading services…',
    updated: 'Changed on {{date}}',
    status: { draft: 'Draft', published: 'Published', scheduled: 'Scheduled', suspended: 'Suspended', private: 'Private' },
    createError: 'The service could not be created: {{message}}',
  },
};
