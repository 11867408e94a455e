/**
 * «Prenotazione appuntamento all’Ufficio Anagrafe» (pattern: Prenotazione appuntamento).
 *
 * The electronic identity card (CIE) only by appointment, as in Alessandria
 * and Milano; booking hours as Alessandria's URP (Mon/Wed/Fri 8:30–12:30,
 * Tue/Thu 8:30–15:30); 20-minute slots (Cremona's average per pratica);
 * OpenCity's 30-day window; 24 hours' notice; booking with codice fiscale and
 * email and cancellation by link (Modena); renewal from 180 days before
 * expiry; the card is posted within 6 working days (Milano).
 */
import type { ServiceDefinition } from '../../src/model/types';
import { card, codiceFiscale, COMUNE, is, node, privacyConsent, technical, template } from './helpers';

const office = {
  name: 'Servizi demografici – Ufficio Anagrafe',
  address: `${COMUNE.townHall} (piano terra)`,
  phone: '0123 456 720',
  email: 'anagrafe@comune.borgoesempio.it',
  pec: COMUNE.pec,
  openingHours: 'Su appuntamento: lunedì, mercoledì e venerdì 8:30–12:30; martedì e giovedì 8:30–15:30.',
};

const morning = [{ from: '08:30', to: '12:30' }];
const long = [{ from: '08:30', to: '15:30' }];

export function prenotazioneAnagrafe(): ServiceDefinition {
  return template({
    id: 'tpl-prenotazione-anagrafe',
    card: card({
      title: 'Prenotazione appuntamento all’Ufficio Anagrafe per la carta d’identità elettronica',
      short_description:
        'Prenota online un appuntamento all’Ufficio Anagrafe per richiedere o rinnovare la carta d’identità elettronica (CIE), anche per i figli minorenni.',
      description:
        'La **carta d’identità elettronica (CIE)** si richiede **solo su appuntamento**. Scegli il giorno e l’ora tra quelli liberi nei prossimi 30 giorni: ' +
        'ogni appuntamento dura **20 minuti** e serve per una sola persona.\n\n' +
        'All’appuntamento l’ufficio acquisisce foto, impronte digitali e firma; la carta è stampata dal Poligrafico dello Stato e arriva per posta all’indirizzo indicato.',
      category: 'Anagrafe e stato civile',
      topics: ['Accesso all’informazione', 'Residenza'],
      audience: 'Cittadini residenti a Borgo Esempio',
      who:
        'A chi è **residente a Borgo Esempio** e deve chiedere la prima carta d’identità, rinnovarla perché scaduta o in scadenza entro 180 giorni, ' +
        'oppure sostituirla per furto, smarrimento o deterioramento.\n\n' +
        'Per i **minorenni** l’appuntamento lo prenota un genitore, che deve essere presente.',
      how_to_do:
        '1. Scegli il motivo della richiesta e indica se la carta è per un minorenne.\n' +
        '2. Inserisci nome, codice fiscale ed email: lì arriverà la conferma con il codice di prenotazione.\n' +
        '3. Scegli giorno e ora fra quelli liberi.\n' +
        '4. Presentati all’Ufficio Anagrafe 5 minuti prima, con i documenti indicati nella conferma.\n\n' +
        'Puoi **annullare o spostare** l’appuntamento con il link nell’email fino al giorno prima.',
      what_you_need:
        '- la **carta d’identità** scaduta o in scadenza, oppure la **denuncia** di furto o smarrimento;\n' +
        '- la **tessera sanitaria** (codice fiscale);\n' +
        '- una **fototessera** recente su sfondo bianco, oppure la foto in formato digitale su chiavetta USB;\n' +
        '- per i **minorenni**: la presenza del minore e di un genitore; per la validità all’espatrio, l’assenso di entrambi i genitori;\n' +
        '- la ricevuta del pagamento, se hai già pagato con pagoPA.',
      what_you_get:
        'Un **appuntamento confermato** via email. All’appuntamento ricevi la prima parte del PIN e del PUK e la ricevuta della richiesta, ' +
        'che vale come documento di riconoscimento fino all’arrivo della carta, spedita entro **6 giorni lavorativi**.',
      times_and_deadlines:
        '- Si prenota da **30 giorni** fino a **24 ore** prima dell’appuntamento.\n' +
        '- Il rinnovo si può chiedere da **180 giorni** prima della scadenza.\n' +
        '- Si annulla fino al **giorno prima**.\n' +
        '- La carta arriva per posta entro **6 giorni lavorativi**.',
      access: {
        channel: 'booking',
        text: 'Prenota l’appuntamento online: bastano il codice fiscale e un indirizzo email.',
        url: `${COMUNE.services}/prenota-anagrafe`,
      },
      conditions:
        'L’appuntamento è personale e vale per una sola carta. Chi non si presenta senza annullare non può prenotare di nuovo per 30 giorni. ' +
        'Dopo 10 minuti di ritardo l’appuntamento può essere assegnato ad altri.',
      conditions_file_url: `${COMUNE.site}/documenti/condizioni-prenotazione-appuntamenti.pdf`,
      costs:
        '- **22,21 €** per il primo rilascio e il rinnovo (16,79 € per lo Stato e 5,42 € di diritti comunali);\n' +
        '- **27,37 €** per il duplicato dopo furto, smarrimento o deterioramento.\n\n' +
        'Si paga allo sportello con carta o bancomat, oppure prima con **pagoPA**. La prenotazione è gratuita.',
      special_cases:
        '- **Minori di 14 anni**: la carta valida per l’espatrio richiede l’assenso di entrambi i genitori e l’indicazione dei loro nomi.\n' +
        '- **Persone che non possono spostarsi** per malattia grave: l’ufficio organizza il rilascio a domicilio; contatta l’Anagrafe.\n' +
        '- **Urgenze documentate** (viaggio, esami, elezioni): scrivi all’Anagrafe allegando la documentazione.\n' +
        '- **Non residenti**: possono chiedere la CIE a Borgo Esempio solo per gravi e comprovati motivi, con il nulla osta del Comune di residenza.',
      more_info:
        'Orari di prenotazione come l’URP del Comune di Alessandria; durata dell’appuntamento dalla media di 20 minuti per pratica del Comune di Cremona; ' +
        'prenotazione con codice fiscale ed email e annullamento dal link come a Modena; rinnovo da 180 giorni e spedizione in 6 giorni lavorativi come a Milano.',
      office,
      max_response_days: 6,
    }),
    requirements: [
      {
        id: 'anagrafe-req-residenza',
        name: 'Residenza a Borgo Esempio',
        rule: is('residente', true),
        message:
          'La carta d’identità si chiede al Comune di residenza. Se sei residente altrove e hai gravi motivi, scrivi all’Anagrafe prima di prenotare.',
      },
    ],
    steps: [
      {
        id: 'anagrafe-step-servizio',
        title: 'Motivo dell’appuntamento',
        nodes: [
          node('choice', 'anagrafe-n-motivo', 'motivo', {
            label: 'Perché ti serve la carta d’identità?',
            required: true,
            display: 'radio',
            options: [
              { value: 'primo_rilascio', label: 'È la prima carta d’identità' },
              { value: 'rinnovo', label: 'Rinnovo: la carta è scaduta o scade entro 180 giorni' },
              { value: 'furto_smarrimento', label: 'Furto o smarrimento' },
              { value: 'deterioramento', label: 'Carta rovinata o con dati cambiati' },
            ],
          }),
          node(
            'info_text',
            'anagrafe-n-denuncia',
            'nota_denuncia',
            {
              content: 'Porta all’appuntamento la **denuncia** di furto o smarrimento fatta ai Carabinieri o alla Polizia. Il duplicato costa **27,37 €**.',
              variant: 'warning',
            },
            { visibleIf: is('motivo', 'furto_smarrimento') },
          ),
          node('yes_no', 'anagrafe-n-residente', 'residente', {
            label: 'La persona che chiede la carta è residente a Borgo Esempio?',
            required: true,
          }),
          node('yes_no', 'anagrafe-n-minore', 'per_minore', { label: 'La carta è per un figlio o una figlia minorenne?', required: true }),
          node(
            'section',
            'anagrafe-n-dati-minore',
            'minore',
            {
              label: 'Dati del minorenne',
              description: 'Il minore deve essere presente all’appuntamento con almeno un genitore.',
            },
            {
              visibleIf: is('per_minore', true),
              children: [
                node('text', 'anagrafe-n-minore-nome', 'nome_minore', { label: 'Nome e cognome', required: true, maxLength: 120 }),
                node('codice_fiscale', 'anagrafe-n-minore-cf', 'codice_fiscale_minore', { label: 'Codice fiscale', required: true }),
                node('yes_no', 'anagrafe-n-minore-espatrio', 'espatrio', {
                  label: 'La carta deve essere valida per l’espatrio?',
                  help: 'Servono l’assenso e i documenti di entrambi i genitori.',
                  required: true,
                }),
              ],
            },
          ),
          node(
            'info_text',
            'anagrafe-n-assenso',
            'nota_assenso',
            {
              content:
                'Per la validità all’espatrio devono venire **entrambi i genitori**; se uno non può, porta il suo **assenso firmato** con la copia del suo documento.',
              variant: 'info',
            },
            { visibleIf: { and: [is('per_minore', true), is('minore.espatrio', true)] } },
          ),
        ],
      },
      {
        id: 'anagrafe-step-contatti',
        title: 'I tuoi dati',
        nodes: [
          node('applicant', 'anagrafe-n-richiedente', 'richiedente', {
            label: 'Chi prenota',
            help: 'La conferma e il link per annullare arrivano a questo indirizzo email.',
            fields: ['email', 'phone'],
            prefillFromIdentity: false,
          }),
        ],
      },
      {
        id: 'anagrafe-step-appuntamento',
        title: 'Giorno e ora',
        nodes: [
          node('booking', 'anagrafe-n-appuntamento', 'appuntamento', {
            label: 'Appuntamento per la carta d’identità elettronica',
            help: 'Scegli il giorno e l’ora: riceverai la conferma per email. Puoi annullare fino al giorno prima.',
            offices: [{ id: 'anagrafe', name: 'Ufficio Anagrafe – Sportello CIE', address: COMUNE.townHall }],
            openingHours: [
              { weekday: 1, ranges: morning },
              { weekday: 2, ranges: long },
              { weekday: 3, ranges: morning },
              { weekday: 4, ranges: long },
              { weekday: 5, ranges: morning },
            ],
            slotMinutes: 20,
            capacityPerSlot: 2,
            closingPeriods: [
              { from: '2026-12-24', to: '2026-12-24', reason: 'Vigilia di Natale: sportello chiuso' },
              { from: '2026-12-31', to: '2026-12-31', reason: 'Ultimo giorno dell’anno: sportello chiuso' },
              { from: '2027-08-16', to: '2027-08-20', reason: 'Chiusura estiva dello sportello CIE' },
            ],
            excludeNationalHolidays: true,
            patronDay: '06-24',
            windowDays: 30,
            minNoticeHours: 24,
            cancellationLimitDays: 1,
          }),
          privacyConsent('anagrafe-n-privacy', 'gestire l’appuntamento e inviarti la conferma e i promemoria'),
        ],
      },
    ],
    technical: technical({
      accessLevel: 'anonymous',
      workflow: 'forward',
      protocol: { enabled: false, registry: '', classification: '' },
      integrations: [
        {
          id: 'anagrafe-int-agenda',
          name: 'Agenda CIE del Ministero dell’interno',
          url: 'https://prenotazionicie.interno.gov.it',
          event: 'booked',
        },
      ],
    }),
    personas: [
      {
        id: 'anagrafe-persona-rinnovo',
        name: 'Adulto che rinnova la carta in scadenza',
        answers: {
          motivo: 'rinnovo',
          residente: true,
          per_minore: false,
          richiedente: {
            name: 'Roberto',
            surname: 'Galli',
            fiscal_code: codiceFiscale('GLLRRT75E19A944'),
            email: 'roberto.galli@example.it',
            phone: '339 812 0045',
          },
          appuntamento: { officeId: 'anagrafe', start: '2027-03-09T08:30:00.000Z' },
          consenso_privacy: true,
        },
      },
      {
        id: 'anagrafe-persona-minore',
        name: 'Genitore che chiede la prima carta valida per l’espatrio per la figlia',
        answers: {
          motivo: 'primo_rilascio',
          residente: true,
          per_minore: true,
          minore: { nome_minore: 'Viola Ricci', codice_fiscale_minore: codiceFiscale('RCCVLI15S68A944'), espatrio: true },
          richiedente: {
            name: 'Paolo',
            surname: 'Ricci',
            fiscal_code: codiceFiscale('RCCPLA79H30A944'),
            email: 'paolo.ricci@example.it',
          },
          appuntamento: { officeId: 'anagrafe', start: '2027-03-11T13:10:00.000Z' },
          consenso_privacy: true,
        },
      },
    ],
  });
}
