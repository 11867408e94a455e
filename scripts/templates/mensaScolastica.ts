/**
 * «Iscrizione e pagamento della mensa scolastica» (pattern: Pagamento, ricorrente).
 *
 * Fee per meal by ISEE bracket as Manfredonia set it (delibera of March
 * 2019): ISEE up to 6,000 € 2.00 €, up to 9,360 € 3.50 €, up to 15,000 €
 * 4.00 €, above, without ISEE or not resident 4.50 €. Billed as a monthly
 * quota (fee × days a week × 4 weeks) in 9 monthly instalments, September to
 * May; the ISEE valid at enrolment fixes the fee for the whole year and
 * reductions are for residents only (Pescia).
 */
import type { JsonLogicRule, ServiceDefinition } from '../../src/model/types';
import { card, codiceFiscale, COMUNE, fileAnswer, is, node, privacyConsent, technical, template, v } from './helpers';

/** Manfredonia 2019: euros per meal. */
export const MEAL_FEE: JsonLogicRule = {
  if: [
    { '!': [v('residente')] },
    4.5,
    {
      bracket: [
        v('isee.value'),
        [
          [6000, 2],
          [9360, 3.5],
          [15000, 4],
        ],
        4.5,
      ],
    },
  ],
};

/** The monthly quota: fee per meal × days a week × 4 weeks, to the cent. */
export const MONTHLY_QUOTA: JsonLogicRule = { round: [{ '*': [MEAL_FEE, v('alunno.giorni_mensa'), 4] }, 2] };

const office = {
  name: 'Ufficio Scuola e servizi educativi',
  address: `${COMUNE.townHall} (secondo piano)`,
  phone: '0123 456 730',
  email: 'mensa@comune.borgoesempio.it',
  pec: COMUNE.pec,
  openingHours: 'Lunedì, mercoledì e venerdì 8:30–12:30; martedì e giovedì 14:30–17:00.',
};

export function mensaScolastica(): ServiceDefinition {
  return template({
    id: 'tpl-mensa-scolastica',
    card: card({
      title: 'Iscrizione e pagamento della mensa scolastica',
      short_description:
        'Iscrivi tua figlia o tuo figlio alla mensa delle scuole comunali per l’anno 2027/2028 e paga la quota mensile con pagoPA, ridotta in base all’ISEE.',
      description:
        'Il servizio di **refezione scolastica** è attivo nelle scuole dell’infanzia, primarie e secondarie di primo grado di Borgo Esempio nei giorni di rientro pomeridiano.\n\n' +
        'La tariffa per pasto dipende dall’**ISEE per prestazioni rivolte a minorenni**:\n\n' +
        '| ISEE | Tariffa per pasto |\n|---|---|\n| fino a 6.000 € | 2,00 € |\n| da 6.000,01 a 9.360 € | 3,50 € |\n| da 9.360,01 a 15.000 € | 4,00 € |\n' +
        '| oltre 15.000 €, senza ISEE o non residenti | 4,50 € |\n\n' +
        'Si paga una **quota mensile** fissa: tariffa × giorni di mensa a settimana × 4 settimane, in **9 rate da settembre a maggio**.',
      category: 'Educazione e formazione',
      topics: ['Istruzione'],
      audience: 'Famiglie con figli alla scuola dell’infanzia, primaria o secondaria di primo grado',
      who:
        'Ai genitori, o a chi esercita la responsabilità genitoriale, di alunne e alunni iscritti alle **scuole statali di Borgo Esempio** con rientri pomeridiani.\n\n' +
        'Possono iscriversi anche i **non residenti**, alla tariffa piena di 4,50 € a pasto.',
      how_to_do:
        '1. Accedi con SPID o CIE.\n' +
        '2. Inserisci i dati dell’alunna o dell’alunno, la scuola e i giorni di mensa.\n' +
        '3. Se serve una **dieta speciale**, indicalo e allega il certificato medico.\n' +
        '4. Se sei residente, inserisci l’**ISEE** per avere la tariffa ridotta.\n' +
        '5. Leggi il piano delle rate, accetta il regolamento e invia. Gli avvisi pagoPA arrivano ogni mese via email.\n\n' +
        'Presenta **una domanda per ogni figlio**.',
      what_you_need:
        '- SPID o CIE di un genitore;\n' +
        '- codice fiscale dell’alunna o dell’alunno;\n' +
        '- per la tariffa ridotta: l’**ISEE per prestazioni rivolte a minorenni** in corso di validità;\n' +
        '- per una dieta sanitaria: il **certificato del pediatra o del medico** con la diagnosi e gli alimenti da escludere.',
      what_you_get:
        'L’iscrizione alla mensa per tutto l’anno scolastico, il **piano delle 9 rate mensili** e, ogni mese, l’avviso di pagamento pagoPA. ' +
        'Con la dieta speciale, il menù personalizzato preparato dal centro cottura.',
      times_and_deadlines:
        '- **Iscrizioni**: dal 1° giugno al 31 luglio 2027; chi si iscrive dopo entra dal mese successivo alla domanda.\n' +
        '- **Rate**: 9 rate mensili, dal 30 settembre 2027 al 30 maggio 2028.\n' +
        '- L’ISEE presentato all’iscrizione vale **per tutto l’anno scolastico**; chi lo presenta più tardi ha la riduzione dalla rata successiva.',
      access: {
        channel: 'online',
        text: 'Iscriviti online con SPID o CIE; paga le rate con pagoPA dall’area personale o dall’app IO.',
        url: `${COMUNE.services}/mensa-scolastica`,
      },
      conditions:
        'Il servizio segue il Regolamento comunale della refezione scolastica. L’iscrizione vale per l’anno scolastico e si rinnova ogni anno. ' +
        'La quota mensile è dovuta anche in caso di assenze; le assenze per malattia di almeno 10 giorni consecutivi, certificate, riducono la rata successiva. ' +
        'In caso di mancato pagamento di due rate il Comune avvia il recupero delle somme e può sospendere l’iscrizione all’anno seguente.',
      conditions_file_url: `${COMUNE.site}/documenti/regolamento-refezione-scolastica.pdf`,
      costs:
        'La quota mensile è **tariffa per pasto × giorni di mensa a settimana × 4**: per esempio, con ISEE fino a 6.000 € e 5 giorni a settimana, 2,00 € × 5 × 4 = **40,00 € al mese**. ' +
        'Senza ISEE o per i non residenti, con 5 giorni a settimana, 90,00 € al mese. pagoPA può applicare una commissione.',
      special_cases:
        '- **Diete speciali** per motivi di salute (allergie, intolleranze, celiachia): con certificato medico, senza costi aggiuntivi.\n' +
        '- **Diete per motivi etici o religiosi**: senza certificato, scegliendo fra i menù alternativi.\n' +
        '- **Ritiro dal servizio**: comunicalo all’Ufficio Scuola; la rata non è più dovuta dal mese successivo.\n' +
        '- **Famiglie seguite dai servizi sociali**: possono chiedere l’esenzione allo Sportello sociale.',
      more_info:
        'Le tariffe per fascia ISEE sono quelle approvate dal Comune di Manfredonia (2019); l’ISEE valido all’iscrizione per tutto l’anno e le riduzioni riservate ai residenti seguono il Comune di Pescia.',
      office,
      max_response_days: 30,
    }),
    requirements: [
      {
        id: 'mensa-req-isee-valido',
        name: 'ISEE in corso di validità, per chi chiede la riduzione',
        rule: { or: [{ '!': [v('chiede_riduzione')] }, { '>=': [v('isee.expiry'), { today: [] }] }] },
        message:
          'L’attestazione ISEE indicata è scaduta: presenta una nuova DSU all’INPS o a un CAF, oppure prosegui senza riduzione (tariffa di 4,50 € a pasto).',
      },
    ],
    steps: [
      {
        id: 'mensa-step-genitore',
        title: 'Genitore',
        nodes: [
          node('applicant', 'mensa-n-genitore', 'genitore', {
            label: 'Genitore o chi esercita la responsabilità genitoriale',
            help: 'È la persona a cui sono intestati gli avvisi di pagamento e le detrazioni fiscali.',
            fields: ['address', 'email', 'phone'],
          }),
          node('yes_no', 'mensa-n-residente', 'residente', {
            label: 'L’alunna o l’alunno è residente a Borgo Esempio?',
            help: 'Le tariffe ridotte in base all’ISEE sono riservate ai residenti.',
            required: true,
          }),
        ],
      },
      {
        id: 'mensa-step-alunno',
        title: 'Alunna o alunno',
        nodes: [
          node(
            'section',
            'mensa-n-alunno',
            'alunno',
            { label: 'Dati dell’alunna o dell’alunno' },
            {
              children: [
                node('text', 'mensa-n-alunno-nome', 'nome_alunno', { label: 'Nome', required: true, maxLength: 100 }),
                node('text', 'mensa-n-alunno-cognome', 'cognome_alunno', { label: 'Cognome', required: true, maxLength: 100 }),
                node('codice_fiscale', 'mensa-n-alunno-cf', 'codice_fiscale_alunno', { label: 'Codice fiscale', required: true }),
                node('choice', 'mensa-n-scuola', 'scuola', {
                  label: 'Scuola frequentata nel 2027/2028',
                  required: true,
                  display: 'select',
                  options: [
                    { value: 'infanzia_collodi', label: 'Scuola dell’infanzia «Collodi» – via dei Tigli 6' },
                    { value: 'primaria_rodari', label: 'Scuola primaria «Gianni Rodari» – via Roma 40' },
                    { value: 'primaria_montessori', label: 'Scuola primaria «Maria Montessori» – frazione San Marco' },
                    { value: 'secondaria_alighieri', label: 'Scuola secondaria di primo grado «Dante Alighieri» – viale della Stazione 15' },
                  ],
                }),
                node('text', 'mensa-n-classe', 'classe', { label: 'Classe e sezione', required: true, maxLength: 10, placeholder: 'es. 2ª B' }),
                node('number', 'mensa-n-giorni', 'giorni_mensa', {
                  label: 'Giorni di mensa a settimana',
                  help: 'I giorni con rientro pomeridiano: 5 per il tempo pieno.',
                  required: true,
                  integer: true,
                  minimum: 1,
                  maximum: 5,
                  default: 5,
                }),
              ],
            },
          ),
        ],
      },
      {
        id: 'mensa-step-dieta',
        title: 'Dieta',
        nodes: [
          node('yes_no', 'mensa-n-dieta', 'dieta_speciale', { label: 'Serve una dieta speciale?', required: true }),
          node(
            'choice',
            'mensa-n-motivo-dieta',
            'motivo_dieta',
            {
              label: 'Per quale motivo?',
              required: true,
              display: 'radio',
              options: [
                { value: 'sanitaria', label: 'Salute: allergia, intolleranza, celiachia o altra patologia' },
                { value: 'etico_religiosa', label: 'Motivi etici o religiosi' },
              ],
            },
            { visibleIf: is('dieta_speciale', true) },
          ),
          node(
            'attachment',
            'mensa-n-certificato-dieta',
            'certificato_dieta',
            {
              label: 'Certificato del pediatra o del medico',
              help: 'Con la diagnosi e gli alimenti da escludere.',
              required: true,
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMB: 5,
            },
            { visibleIf: is('motivo_dieta', 'sanitaria') },
          ),
          node(
            'textarea',
            'mensa-n-note-dieta',
            'note_dieta',
            { label: 'Alimenti da escludere o menù richiesto', required: true, maxLength: 1000, rows: 3 },
            { visibleIf: is('dieta_speciale', true) },
          ),
        ],
      },
      {
        id: 'mensa-step-tariffa',
        title: 'Tariffa e pagamento',
        nodes: [
          node(
            'yes_no',
            'mensa-n-chiede-riduzione',
            'chiede_riduzione',
            {
              label: 'Vuoi la tariffa ridotta in base all’ISEE?',
              help: 'Senza ISEE si applica la tariffa piena di 4,50 € a pasto.',
              required: true,
            },
            { visibleIf: is('residente', true) },
          ),
          node(
            'isee',
            'mensa-n-isee',
            'isee',
            { label: 'ISEE per prestazioni rivolte a minorenni', required: true, kind: 'minorenni' },
            { visibleIf: { and: [is('residente', true), is('chiede_riduzione', true)] } },
          ),
          node('payment', 'mensa-n-retta', 'retta', {
            label: 'Quota mensile della mensa',
            help: 'La quota è la tariffa per pasto della tua fascia ISEE × giorni di mensa a settimana × 4 settimane.',
            mode: 'recurring',
            amount: MONTHLY_QUOTA,
            reason: 'Mensa scolastica 2027/28 - quota mensile',
            instalments: { frequency: 'monthly', start: '2027-09-30', count: 9, amountIs: 'each' },
            fine: undefined,
            entityTaxCode: '',
            taxonomyCode: '',
            gateway: '',
          }),
          node('consent', 'mensa-n-regolamento', 'accetta_regolamento', {
            label: 'Ho letto e accetto il Regolamento della refezione scolastica',
            privacyText: `Il regolamento è pubblicato su [${COMUNE.site.replace('https://', '')}](${COMUNE.site}/documenti/regolamento-refezione-scolastica.pdf): la quota mensile è dovuta anche in caso di assenza, salvo le malattie certificate di almeno 10 giorni.`,
            required: true,
            policyVersion: '2027',
          }),
          privacyConsent(
            'mensa-n-privacy',
            'gestire l’iscrizione alla mensa, le diete e i pagamenti',
            'e, per i dati sulla salute delle diete sanitarie, dell’art. 9, par. 2, lett. g',
          ),
        ],
      },
    ],
    technical: technical({
      protocol: { enabled: true, registry: 'Protocollo generale', classification: 'VII.1 – Diritto allo studio e servizi' },
      payment: { gateway: 'pagoPA', entityTaxCode: '', taxonomyCode: '' },
    }),
    personas: [
      {
        id: 'mensa-persona-isee-basso',
        name: 'Famiglia residente con ISEE basso, tempo pieno',
        answers: {
          genitore: {
            name: 'Chiara',
            surname: 'Romano',
            fiscal_code: codiceFiscale('RMNCHR87C48A944'),
            address: { street: 'Via Roma', number: '58', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'chiara.romano@example.it',
          },
          residente: true,
          alunno: {
            nome_alunno: 'Nicolò',
            cognome_alunno: 'Romano',
            codice_fiscale_alunno: codiceFiscale('RMNNCL19P21A944'),
            scuola: 'primaria_rodari',
            classe: '3ª B',
            giorni_mensa: 5,
          },
          dieta_speciale: true,
          motivo_dieta: 'sanitaria',
          certificato_dieta: fileAnswer('certificato-celiachia.pdf'),
          note_dieta: 'Celiachia: menù senza glutine.',
          chiede_riduzione: true,
          isee: { value: 5400, expiry: '2027-12-31', protocol: 'INPS-ISEE-2027-00214H552-00' },
          accetta_regolamento: true,
          consenso_privacy: true,
        },
      },
      {
        id: 'mensa-persona-non-residente',
        name: 'Famiglia non residente, tre rientri a settimana',
        answers: {
          genitore: {
            name: 'Youssef',
            surname: 'Amrani',
            fiscal_code: codiceFiscale('MRNYSF85L12Z330'),
            address: { street: 'Via Emilia', number: '120', postcode: '40068', municipality: 'San Lazzaro di Savena', province: 'BO' },
            email: 'youssef.amrani@example.it',
            phone: '+39 320 765 4321',
          },
          residente: false,
          alunno: {
            nome_alunno: 'Sofia',
            cognome_alunno: 'Amrani',
            codice_fiscale_alunno: codiceFiscale('MRNSFO15D43A944'),
            scuola: 'secondaria_alighieri',
            classe: '1ª A',
            giorni_mensa: 3,
          },
          dieta_speciale: true,
          motivo_dieta: 'etico_religiosa',
          note_dieta: 'Menù senza carne di maiale.',
          accetta_regolamento: true,
          consenso_privacy: true,
        },
      },
    ],
  });
}
