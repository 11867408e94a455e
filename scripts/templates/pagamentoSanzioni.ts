/**
 * «Pagamento sanzioni al Codice della strada» (pattern: Pagamento, dovuto).
 *
 * The citizen types the pagoPA notice code printed on the verbale and the
 * notification date; the amount follows the bands of art. 202 CdS as
 * Castenaso explains them (within 5 days −30%, notification costs in full;
 * days 6–60 the reduced amount; from day 61 half the maximum, plus costs) and
 * Pescara's notes (postal giacenza, preavviso on the windscreen, no discount
 * with confiscation or licence suspension). The amounts configured are those
 * of the most common offence (no-parking, art. 7 CdS); the notice printed on
 * the verbale remains the reference.
 */
import type { ServiceDefinition } from '../../src/model/types';
import { noticeCodeCheckDigits } from '../../src/runtime/noticeCode';
import { card, COMUNE, is, node, privacyConsent, technical, template } from './helpers';

/** An aux-digit-3 notice code ("3" + segregation code + IUV base) with its check digits. */
function noticeCode(segregation: string, iuvBase: string): string {
  const first16 = `3${segregation}${iuvBase}`;
  return first16 + noticeCodeCheckDigits(first16);
}

const office = {
  name: 'Polizia locale – Ufficio verbali',
  address: 'Via della Libertà 8, 40100 Borgo Esempio',
  phone: '0123 456 765',
  email: 'verbali.polizialocale@comune.borgoesempio.it',
  pec: 'polizialocale@pec.comune.borgoesempio.it',
  openingHours: 'Lunedì, mercoledì e venerdì 9:00–12:30; giovedì 15:00–17:30.',
};

const PLATE = '^[A-Za-z]{2}[0-9]{3}[A-Za-z]{2}$';

export function pagamentoSanzioni(): ServiceDefinition {
  return template({
    id: 'tpl-pagamento-sanzioni',
    card: card({
      title: 'Pagamento sanzioni (multe) al Codice della strada',
      short_description:
        'Paga online con pagoPA i verbali della Polizia locale: inserisci il codice avviso e la data di notifica, vedi subito l’importo dovuto con lo sconto del 30% entro 5 giorni.',
      description:
        'Con questo servizio paghi i **verbali per violazioni al Codice della strada** elevati dalla Polizia locale di Borgo Esempio, con carta, conto corrente o app tramite **pagoPA**.\n\n' +
        'L’importo dipende da **quanti giorni sono passati dalla notifica** (art. 202 del Codice della strada):\n\n' +
        '| Quando paghi | Quanto paghi |\n|---|---|\n' +
        '| entro 5 giorni dalla notifica | importo ridotto **meno 30%**, più le spese di notifica |\n' +
        '| dal 6° al 60° giorno | importo ridotto (il minimo della sanzione), più le spese |\n' +
        '| dal 61° giorno | **metà del massimo** della sanzione, più le spese |\n\n' +
        'La ricevuta di pagamento arriva subito via email e chiude il verbale.',
      category: 'Tributi, finanze e contravvenzioni',
      topics: ['Polizia', 'Parcheggi'],
      audience: 'Automobilisti e proprietari di veicoli',
      who:
        'A chi ha ricevuto un **verbale** della Polizia locale di Borgo Esempio, consegnato a mano, per posta, per PEC o come **preavviso** sul parabrezza: ' +
        'il trasgressore, il proprietario del veicolo o chiunque paghi per loro.',
      how_to_do:
        '1. Prendi il verbale o l’avviso di pagamento: il **codice avviso** di 18 cifre è nel riquadro pagoPA.\n' +
        '2. Inserisci il numero del verbale, la targa e il codice avviso.\n' +
        '3. Indica la **data di notifica**: l’importo si aggiorna secondo i giorni trascorsi.\n' +
        '4. Paga con pagoPA e scarica la ricevuta.',
      what_you_need:
        '- il **verbale** o il preavviso, con il codice avviso pagoPA;\n' +
        '- la **data di notifica** (il giorno in cui hai ricevuto il verbale o ritirato la raccomandata);\n' +
        '- una carta di pagamento, l’home banking o un’app aderente a pagoPA.',
      what_you_get:
        'La **ricevuta di pagamento pagoPA**, valida come quietanza, inviata all’email indicata. Il verbale risulta pagato nei sistemi della Polizia locale entro 2 giorni lavorativi.',
      times_and_deadlines:
        '- **Entro 5 giorni** dalla notifica: sconto del 30% sulla sanzione.\n' +
        '- **Entro 60 giorni**: importo ridotto.\n' +
        '- **Dal 61° giorno**, senza ricorso: metà del massimo più le spese; il verbale diventa titolo esecutivo e si procede alla riscossione coattiva.\n' +
        '- **Preavviso sul parabrezza**: si paga l’importo indicato entro 15 giorni; dopo arriva il verbale con le spese di notifica.',
      access: {
        channel: 'online',
        text: 'Paga online senza registrarti: bastano il codice avviso e la data di notifica.',
        url: `${COMUNE.services}/pagamento-sanzioni`,
      },
      conditions:
        'Il pagamento in misura ridotta chiude il procedimento e non permette più il ricorso. ' +
        'Un pagamento inferiore al dovuto vale come **acconto**: la differenza resta da pagare e può essere riscossa con le maggiorazioni di legge.',
      conditions_file_url: `${COMUNE.site}/documenti/informativa-pagamento-verbali.pdf`,
      costs:
        'Paghi la sanzione più le **spese di notifica e di procedimento** indicate sul verbale. pagoPA può applicare una **commissione** che dipende dal prestatore di servizi di pagamento scelto e che è mostrata prima di confermare.',
      special_cases:
        '- **Raccomandata in giacenza**: se la ritiri entro 10 giorni dall’avviso, i giorni si contano dal ritiro; altrimenti dal 10° giorno di giacenza.\n' +
        '- **Confisca del veicolo o sospensione della patente**: lo sconto del 30% non si applica.\n' +
        '- **Ricorso**: entro 60 giorni al Prefetto o entro 30 giorni al Giudice di pace; chi fa ricorso non deve pagare.\n' +
        '- **Rateizzazione**: per sanzioni oltre 200 € e redditi bassi si può chiedere di pagare a rate entro 30 giorni dalla notifica (art. 202-bis CdS).',
      more_info:
        'Le fasce di importo seguono le spiegazioni della Polizia locale di Castenaso (sconto del 30% entro 5 giorni, importo ridotto fino a 60 giorni, poi metà del massimo) ' +
        'e di Pescara (giacenza postale, preavviso, esclusione dello sconto con confisca o sospensione della patente). ' +
        'Il codice avviso pagoPA ha 18 cifre e, se inizia con 3, termina con due cifre di controllo.',
      office,
      max_response_days: 2,
    }),
    requirements: [],
    steps: [
      {
        id: 'sanzioni-step-verbale',
        title: 'Verbale',
        nodes: [
          node('info_text', 'sanzioni-n-dove', 'dove_trovo_i_dati', {
            content:
              'Trovi **numero del verbale**, **targa** e **codice avviso** sulla prima pagina del verbale; il codice avviso è anche nel riquadro pagoPA in fondo, sotto il QR code.',
            variant: 'info',
          }),
          node('text', 'sanzioni-n-numero', 'numero_verbale', {
            label: 'Numero del verbale',
            required: true,
            maxLength: 30,
            placeholder: 'es. V/2026/004512',
          }),
          node('text', 'sanzioni-n-targa', 'targa', {
            label: 'Targa del veicolo',
            required: true,
            pattern: PLATE,
            patternName: 'targa italiana (es. AB123CD)',
            maxLength: 7,
          }),
          node('choice', 'sanzioni-n-notifica', 'modalita_notifica', {
            label: 'Come hai ricevuto il verbale?',
            required: true,
            display: 'radio',
            options: [
              { value: 'mano', label: 'Consegnato a mano dall’agente' },
              { value: 'posta', label: 'Per raccomandata' },
              { value: 'pec', label: 'Per PEC' },
              { value: 'preavviso', label: 'Preavviso sul parabrezza' },
            ],
          }),
          node(
            'info_text',
            'sanzioni-n-giacenza',
            'nota_giacenza',
            {
              content:
                'Se la raccomandata era **in giacenza** all’ufficio postale, come data di notifica indica il giorno del ritiro se l’hai ritirata entro 10 giorni dall’avviso; altrimenti il **10° giorno** di giacenza.',
              variant: 'info',
            },
            { visibleIf: is('modalita_notifica', 'posta') },
          ),
          node(
            'info_text',
            'sanzioni-n-preavviso',
            'nota_preavviso',
            {
              content:
                'L’importo del **preavviso** è già ridotto e va pagato **entro 15 giorni**: come data di notifica indica il giorno in cui l’hai trovato. Dopo 15 giorni riceverai il verbale con le spese di notifica.',
              variant: 'warning',
            },
            { visibleIf: is('modalita_notifica', 'preavviso') },
          ),
        ],
      },
      {
        id: 'sanzioni-step-pagamento',
        title: 'Pagamento',
        nodes: [
          node('payment', 'sanzioni-n-pagamento', 'pagamento', {
            label: 'Importo da pagare',
            help: 'Gli importi sono quelli del divieto di sosta (art. 7 CdS), la violazione più comune; per le altre vale l’importo stampato sul verbale.',
            mode: 'due',
            amount: 0,
            reason: 'Sanzione Codice della strada - Polizia locale',
            fine: { enabled: true, reduced: 42, maximum: 173, notificationCosts: 14.5, discountExcluded: false },
            instalments: undefined,
            entityTaxCode: '',
            taxonomyCode: '',
            gateway: '',
          }),
          node('email', 'sanzioni-n-email', 'email_ricevuta', {
            label: 'Email per ricevere la ricevuta',
            required: true,
            placeholder: 'nome@esempio.it',
          }),
          privacyConsent('sanzioni-n-privacy', 'riscuotere la sanzione e inviarti la ricevuta'),
        ],
      },
    ],
    technical: technical({
      accessLevel: 'anonymous',
      workflow: 'forward',
      protocol: { enabled: false, registry: '', classification: '' },
      payment: { gateway: 'pagoPA', entityTaxCode: '', taxonomyCode: '' },
    }),
    personas: [
      {
        id: 'sanzioni-persona-entro-cinque',
        name: 'Automobilista con verbale a mano che paga subito',
        answers: {
          numero_verbale: 'V/2026/004512',
          targa: 'GA123BC',
          modalita_notifica: 'mano',
          pagamento: { notice_code: noticeCode('01', '2026000451200'), notified_on: '2026-06-12' },
          email_ricevuta: 'giulia.neri@example.it',
          consenso_privacy: true,
        },
      },
      {
        id: 'sanzioni-persona-raccomandata',
        name: 'Proprietaria che ha ritirato la raccomandata in giacenza',
        answers: {
          numero_verbale: 'V/2026/003877',
          targa: 'FB907ZR',
          modalita_notifica: 'posta',
          pagamento: { notice_code: noticeCode('01', '2026000387700'), notified_on: '2026-05-04' },
          email_ricevuta: 'paola.conti@example.it',
          consenso_privacy: true,
        },
      },
    ],
  });
}
