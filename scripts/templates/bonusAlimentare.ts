/**
 * «Buoni spesa – Bonus alimentare» (pattern: Beneficio economico).
 *
 * Rules from the Comune di Pisa's 2021 buoni spesa: residents, ISEE up to
 * 16,500 €, one buono per household: 1 person 150 €, 2 people 300 €,
 * 3 people 400 €, beyond three 400 € + 50 € for each further person.
 * Priority to households without other public support (Pietrasanta 2020).
 * Cap and budget are Borgo Esempio's own choices, stated as such.
 */
import type { JsonLogicRule, ServiceDefinition } from '../../src/model/types';
import { card, codiceFiscale, COMUNE, is, node, privacyConsent, technical, template, truthfulnessConsent, v } from './helpers';

const members: JsonLogicRule = { count: [v('nucleo')] };

/** Pisa 2021: 1 → 150 €, 2 → 300 €, 3 → 400 €, more → 400 € + 50 € per person beyond the third. */
export const PISA_2021_AMOUNT: JsonLogicRule = {
  bracket: [
    members,
    [
      [1, 150],
      [2, 300],
      [3, 400],
    ],
    { '+': [400, { '*': [50, { '-': [members, 3] }] }] },
  ],
};

const office = {
  name: 'Servizi sociali – Sportello sociale',
  address: `${COMUNE.townHall} (piano terra, ingresso da via Garibaldi)`,
  phone: '0123 456 710',
  email: 'servizisociali@comune.borgoesempio.it',
  pec: COMUNE.pec,
  openingHours: 'Lunedì, mercoledì e venerdì 9:00–12:30; giovedì 14:30–17:30. Su appuntamento negli altri giorni.',
};

/** A household member as the repeatable group stores it. */
const member = (nome: string, cf: string, nascita: string, parentela: string) => ({
  componente_nome: nome,
  componente_codice_fiscale: codiceFiscale(cf),
  componente_data_nascita: nascita,
  componente_parentela: parentela,
});

export function bonusAlimentare(): ServiceDefinition {
  return template({
    id: 'tpl-bonus-alimentare',
    card: card({
      title: 'Buoni spesa – Bonus alimentare',
      short_description:
        'Un contributo per comprare alimenti e beni di prima necessità, per i nuclei residenti con ISEE fino a 16.500 €: da 150 € per una persona sola, accreditato sul conto corrente.',
      description:
        'Il Comune sostiene le famiglie in difficoltà economica con un **buono spesa** una tantum per l’acquisto di alimenti, prodotti per l’igiene e per la casa, farmaci da banco.\n\n' +
        'L’importo dipende da quante persone compongono il nucleo familiare:\n\n' +
        '| Componenti | Importo |\n|---|---|\n| 1 | 150 € |\n| 2 | 300 € |\n| 3 | 400 € |\n| 4 o più | 400 € + 50 € per ogni persona oltre la terza |\n\n' +
        'Il contributo massimo per nucleo è di **600 €**. Le domande sono finanziate fino a esaurimento del fondo di 150.000 €.',
      category: 'Salute, benessere e assistenza',
      topics: ['Assistenza sociale', 'Risposta alle emergenze'],
      audience: 'Famiglie e persone in difficoltà economica',
      who:
        'Ai nuclei familiari **residenti a Borgo Esempio** con un **ISEE ordinario o corrente fino a 16.500 €**.\n\n' +
        'Ogni nucleo può presentare **una sola domanda**, a nome di una persona maggiorenne che ne fa parte. ' +
        'Il nucleo è quello dello stato di famiglia anagrafico.',
      how_to_do:
        '1. Accedi al servizio con SPID o CIE.\n' +
        '2. Conferma la residenza e inserisci il valore ISEE del nucleo con il numero di protocollo della DSU.\n' +
        '3. Controlla i tuoi dati e aggiungi tutti i componenti del nucleo familiare.\n' +
        '4. Leggi l’importo calcolato e indica l’IBAN del conto su cui riceverlo.\n' +
        '5. Accetta le dichiarazioni e invia la domanda: riceverai la ricevuta con il numero di protocollo.',
      what_you_need:
        '- SPID, CIE o CNS per accedere;\n' +
        '- l’**attestazione ISEE** valida (ordinario o corrente) e il numero di protocollo della DSU (es. INPS-ISEE-2026-XXXXXXXXX-00);\n' +
        '- codice fiscale e data di nascita di tutti i componenti del nucleo;\n' +
        '- l’**IBAN** di un conto intestato o cointestato a chi presenta la domanda.',
      what_you_get:
        'Se la domanda è accolta ricevi il contributo con **bonifico sul conto indicato**, entro 30 giorni dall’esito positivo della domanda. ' +
        'Riceverai una comunicazione via email con l’importo e la data del pagamento. Se la domanda non è accolta, ti spieghiamo il motivo.',
      times_and_deadlines:
        '- **Domande**: dal 1° ottobre al 30 novembre 2026, fino a esaurimento del fondo.\n' +
        '- **Esito**: entro 30 giorni dalla domanda.\n' +
        '- **Pagamento**: con bonifico entro 30 giorni dall’esito positivo.',
      access: {
        channel: 'online',
        text: 'Presenta la domanda online con SPID o CIE: bastano 10 minuti.',
        url: `${COMUNE.services}/buoni-spesa`,
      },
      conditions:
        'Il contributo è concesso secondo l’avviso pubblico approvato con determinazione dei Servizi sociali. ' +
        'Hanno la precedenza i nuclei che non ricevono altri sostegni pubblici (Assegno di inclusione, NASpI, cassa integrazione). ' +
        'Il Comune controlla le dichiarazioni e revoca il contributo ottenuto con dichiarazioni false.',
      conditions_file_url: `${COMUNE.site}/documenti/avviso-buoni-spesa-2026.pdf`,
      costs: 'Presentare la domanda è **gratuito**. Il contributo non è tassato e non va dichiarato nella dichiarazione dei redditi.',
      special_cases:
        '- **Senza ISEE**: puoi presentare la DSU all’INPS o a un CAF anche lo stesso giorno; l’ISEE corrente vale se il reddito è calato di oltre il 25% negli ultimi mesi.\n' +
        '- **Senza SPID o CIE**: lo Sportello sociale ti aiuta a compilare la domanda su appuntamento.\n' +
        '- **Senza conto corrente**: indica un conto cointestato o una carta prepagata con IBAN; in alternativa contatta lo Sportello sociale.',
      more_info:
        'Importi e requisiti seguono i buoni spesa del Comune di Pisa (2021: ISEE fino a 16.500 €, 150 € per una persona fino a 400 € + 50 € per ogni persona oltre la terza); ' +
        'la precedenza ai nuclei senza altri sostegni segue il Comune di Pietrasanta (2020).',
      office,
      max_response_days: 30,
    }),
    requirements: [
      {
        id: 'bonus-req-residenza',
        name: 'Residenza a Borgo Esempio',
        rule: is('residente', true),
        message: 'Il buono spesa è riservato ai nuclei residenti nel Comune di Borgo Esempio.',
      },
      {
        id: 'bonus-req-isee',
        name: 'ISEE fino a 16.500 €',
        rule: { '<=': [v('isee.value'), 16500] },
        message:
          'Il valore ISEE del nucleo supera 16.500 €: la domanda non può essere accolta. Se la situazione economica è peggiorata, puoi chiedere un ISEE corrente.',
      },
      {
        id: 'bonus-req-maggiorenne',
        name: 'Richiedente maggiorenne',
        rule: { '>=': [{ age: [v('richiedente.birth_date')] }, 18] },
        message: 'La domanda deve essere presentata da una persona maggiorenne del nucleo familiare.',
      },
    ],
    steps: [
      {
        id: 'bonus-step-requisiti',
        title: 'Requisiti',
        description: 'Controlliamo subito se puoi ricevere il buono spesa.',
        nodes: [
          node('info_text', 'bonus-n-intro', 'come_funziona', {
            content:
              'Il buono spesa vale **150 €** per una persona sola, **300 €** per due, **400 €** per tre e **50 €** in più per ogni persona oltre la terza, fino a **600 €**.\n\n' +
              'Tieni a portata di mano l’attestazione ISEE e l’IBAN del tuo conto.',
            variant: 'info',
          }),
          node('yes_no', 'bonus-n-residente', 'residente', {
            label: 'Il tuo nucleo familiare è residente a Borgo Esempio?',
            required: true,
          }),
          node('isee', 'bonus-n-isee', 'isee', {
            label: 'ISEE del nucleo familiare',
            help: 'Vale anche l’ISEE corrente, se la situazione economica è peggiorata di recente.',
            required: true,
            kind: 'ordinario',
          }),
          node('yes_no', 'bonus-n-sostegni', 'altri_sostegni', {
            label: 'Qualcuno nel nucleo riceve l’Assegno di inclusione, la NASpI o la cassa integrazione?',
            help: 'Non esclude dal buono: serve a dare la precedenza ai nuclei senza altri sostegni.',
            required: true,
          }),
          node(
            'money',
            'bonus-n-importo-sostegni',
            'importo_sostegni',
            { label: 'Importo mensile complessivo dei sostegni', required: true, minimum: 0, maximum: 10000 },
            { visibleIf: is('altri_sostegni', true) },
          ),
        ],
      },
      {
        id: 'bonus-step-richiedente',
        title: 'Richiedente',
        description: 'I tuoi dati, come risultano dall’identità digitale: controlla e completa.',
        nodes: [
          node('applicant', 'bonus-n-richiedente', 'richiedente', {
            label: 'Dati del richiedente',
            fields: ['birth_date', 'birth_place', 'address', 'email', 'phone'],
          }),
        ],
      },
      {
        id: 'bonus-step-nucleo',
        title: 'Nucleo familiare',
        description: 'Tutte le persone dello stato di famiglia, compreso chi presenta la domanda.',
        nodes: [
          node(
            'repeatable_group',
            'bonus-n-nucleo',
            'nucleo',
            {
              label: 'Componenti del nucleo familiare',
              itemLabel: 'Componente',
              help: 'Inserisci anche te stesso o te stessa: il numero di componenti decide l’importo del buono.',
              minItems: 1,
              maxItems: 15,
            },
            {
              children: [
                node('text', 'bonus-n-comp-nome', 'componente_nome', { label: 'Nome e cognome', required: true, maxLength: 120 }),
                node('codice_fiscale', 'bonus-n-comp-cf', 'componente_codice_fiscale', { label: 'Codice fiscale', required: true }),
                node('date', 'bonus-n-comp-nascita', 'componente_data_nascita', { label: 'Data di nascita', required: true, range: 'past' }),
                node('choice', 'bonus-n-comp-parentela', 'componente_parentela', {
                  label: 'Relazione con chi presenta la domanda',
                  required: true,
                  display: 'select',
                  options: [
                    { value: 'richiedente', label: 'Sono io' },
                    { value: 'coniuge', label: 'Coniuge, unito civilmente o convivente' },
                    { value: 'figlio', label: 'Figlio o figlia' },
                    { value: 'genitore', label: 'Genitore' },
                    { value: 'altro', label: 'Altro familiare o convivente' },
                  ],
                }),
              ],
            },
          ),
        ],
      },
      {
        id: 'bonus-step-contributo',
        title: 'Contributo e accredito',
        nodes: [
          node('benefit', 'bonus-n-beneficio', 'beneficio', {
            label: 'Buono spesa',
            help: 'Ecco quanto ricevi in base al numero di componenti del nucleo.',
            amount: PISA_2021_AMOUNT,
            cap: 600,
            budget: 150000,
            payout: 'iban',
            explanation:
              'Il buono vale **150 €** per una persona, **300 €** per due, **400 €** per tre; oltre la terza persona si aggiungono **50 €** per ogni componente, fino a un massimo di **600 €** per nucleo.',
            householdSizeField: 'nucleo',
          }),
        ],
      },
      {
        id: 'bonus-step-dichiarazioni',
        title: 'Dichiarazioni',
        nodes: [truthfulnessConsent('bonus-n-veridicita'), privacyConsent('bonus-n-privacy', 'gestire la domanda di buono spesa e pagare il contributo')],
      },
    ],
    technical: technical({
      protocol: { enabled: true, registry: 'Protocollo generale', classification: 'VII.12 – Assistenza diretta e indiretta, benefici economici' },
    }),
    personas: [
      {
        id: 'bonus-persona-sola',
        name: 'Persona sola con ISEE basso',
        answers: {
          residente: true,
          isee: { value: 6350, expiry: '2026-12-31', protocol: 'INPS-ISEE-2026-00418C215-00' },
          altri_sostegni: false,
          richiedente: {
            name: 'Antonio',
            surname: 'Marchetti',
            fiscal_code: codiceFiscale('MRCNTN58C12A944'),
            birth_date: '1958-03-12',
            birth_place: 'Bologna',
            address: { street: 'Via dei Mille', number: '14', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'antonio.marchetti@example.it',
          },
          nucleo: [member('Antonio Marchetti', 'MRCNTN58C12A944', '1958-03-12', 'richiedente')],
          beneficio: { iban: 'IT60X0542811101000000123456' },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
      {
        id: 'bonus-persona-famiglia-tre',
        name: 'Famiglia con ISEE basso (3 persone)',
        answers: {
          residente: true,
          isee: { value: 9870.4, expiry: '2026-12-31', protocol: 'INPS-ISEE-2026-00327B941-00' },
          altri_sostegni: true,
          importo_sostegni: 380,
          richiedente: {
            name: 'Sara',
            surname: 'Bianchi',
            fiscal_code: codiceFiscale('BNCSRA89H44G702'),
            birth_date: '1989-06-04',
            birth_place: 'Pisa',
            address: { street: 'Via Roma', number: '3/B', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'sara.bianchi@example.it',
            phone: '333 123 4567',
          },
          nucleo: [
            member('Sara Bianchi', 'BNCSRA89H44G702', '1989-06-04', 'richiedente'),
            member('Luca Conti', 'CNTLCU86S20G702', '1986-11-20', 'coniuge'),
            member('Emma Conti', 'CNTMME19B55G702', '2019-02-15', 'figlio'),
          ],
          beneficio: { iban: 'IT60X0542811101000000123456' },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
      {
        id: 'bonus-persona-famiglia-cinque',
        name: 'Famiglia numerosa (5 persone)',
        answers: {
          residente: true,
          isee: { value: 14200, expiry: '2026-12-31', protocol: 'INPS-ISEE-2026-00511D773-00' },
          altri_sostegni: false,
          richiedente: {
            name: 'Marco',
            surname: 'Rossi',
            fiscal_code: codiceFiscale('RSSMRC80A22H501'),
            birth_date: '1980-01-22',
            birth_place: 'Roma',
            address: { street: 'Piazza Garibaldi', number: '7', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'marco.rossi@example.it',
          },
          nucleo: [
            member('Marco Rossi', 'RSSMRC80A22H501', '1980-01-22', 'richiedente'),
            member('Elena Gallo', 'GLLLNE82L49H501', '1982-07-09', 'coniuge'),
            member('Tommaso Rossi', 'RSSTMS10R01H501', '2010-10-01', 'figlio'),
            member('Giorgia Rossi', 'RSSGRG13E57H501', '2013-05-17', 'figlio'),
            member('Leo Rossi', 'RSSLEO16T03H501', '2016-12-03', 'figlio'),
          ],
          beneficio: { iban: 'IT60X0542811101000000123456' },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
    ],
  });
}
