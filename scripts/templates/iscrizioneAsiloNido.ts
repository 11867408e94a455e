/**
 * «Iscrizione all’asilo nido» (pattern: Graduatoria).
 *
 * Points from the Comune di Bologna's nursery criteria (2017 regolamento):
 * priority for disabled children and those referred by social services;
 * A1 sole parent 15, A2 exclusive custody 12, A3 parent with severe
 * disability or 100% invalidity 20 each, A4 66–99% 15 each, A5 33–65% 5 each,
 * A6 disabled sibling (L. 104/1992) 15 each, A7 other cohabitant at 100% 5,
 * A8 twin 4; work: stable 20, occasional 10 per parent.
 * Ties: lower ISEE, then the older child (Maranello), then earlier submission.
 * Timeline as Cavallino-Treporti's: applications in March, provisional
 * ranking by 31 May, appeals within 10 days, final ranking by 30 June.
 */
import type { JsonLogicRule, ServiceDefinition } from '../../src/model/types';
import { card, codiceFiscale, COMUNE, fileAnswer, is, node, privacyConsent, technical, template, truthfulnessConsent, v } from './helpers';

/** 1 March 2027 00:00 and 1 April 2027 00:00 in Rome (CET, then CEST from 28 March). */
export const NIDO_OPENS_AT = '2027-02-28T23:00:00.000Z';
export const NIDO_CLOSES_AT = '2027-03-31T22:00:00.000Z';

const times = (points: number, field: string): JsonLogicRule => ({ '*': [points, v(field)] });
const workPoints = (field: string): JsonLogicRule => ({
  if: [is(field, 'stabile'), 20, is(field, 'occasionale'), 10, 0],
});

const office = {
  name: 'Ufficio Scuola e servizi educativi',
  address: `${COMUNE.townHall} (secondo piano)`,
  phone: '0123 456 730',
  email: 'scuola@comune.borgoesempio.it',
  pec: COMUNE.pec,
  openingHours: 'Lunedì, mercoledì e venerdì 8:30–12:30; martedì e giovedì 14:30–17:00. A marzo anche il sabato 9:00–12:00.',
};

const NIDI = [
  { value: 'girasole', label: 'Nido «Il Girasole» – via dei Tigli 4 (48 posti, 3–36 mesi)' },
  { value: 'arcobaleno', label: 'Nido «Arcobaleno» – via Roma 22 (36 posti, 12–36 mesi)' },
  { value: 'piccoli_passi', label: 'Nido «Piccoli passi» – viale della Stazione 9 (24 posti, 12–36 mesi)' },
];

const LAVORO = [
  { value: 'stabile', label: 'Lavoro dipendente o autonomo non occasionale, a tempo pieno o part-time oltre il 75%' },
  { value: 'occasionale', label: 'Lavoro occasionale, saltuario o part-time fino al 75%' },
  { value: 'non_occupato', label: 'Non lavora' },
];

const count = (id: string, key: string, label: string, help: string, maximum: number) =>
  node('number', id, key, { label, help, required: true, integer: true, minimum: 0, maximum, default: 0 });

export function iscrizioneAsiloNido(): ServiceDefinition {
  return template({
    id: 'tpl-iscrizione-asilo-nido',
    status: 'scheduled',
    schedule: { opensAt: NIDO_OPENS_AT, closesAt: NIDO_CLOSES_AT },
    card: card({
      title: 'Iscrizione all’asilo nido comunale – anno educativo 2027/2028',
      short_description:
        'Domanda di ammissione ai nidi d’infanzia comunali per bambine e bambini nati dal 1° gennaio 2025 al 31 maggio 2027. Domande dal 1° al 31 marzo 2027.',
      description:
        'I tre nidi comunali accolgono bambine e bambini dai 3 ai 36 mesi, dal lunedì al venerdì, da settembre a giugno.\n\n' +
        'I posti sono assegnati con una **graduatoria a punti** che tiene conto della composizione della famiglia, di eventuali disabilità e del lavoro dei genitori. ' +
        'Hanno la **precedenza** i bambini con disabilità e quelli segnalati dai servizi sociali.\n\n' +
        'Puoi indicare un nido preferito e fino a due nidi alternativi.',
      category: 'Educazione e formazione',
      topics: ['Istruzione', 'Nascita'],
      audience: 'Famiglie con bambini da 3 a 36 mesi',
      who:
        'Ai genitori, o a chi ne esercita la responsabilità genitoriale, di bambine e bambini **nati dal 1° gennaio 2025 al 31 maggio 2027** ' +
        'e **residenti a Borgo Esempio** con almeno un genitore.\n\n' +
        'Le domande dei non residenti sono accolte solo dopo l’esaurimento della graduatoria dei residenti.',
      how_to_do:
        '1. Accedi con SPID o CIE dal 1° al 31 marzo 2027.\n' +
        '2. Inserisci i dati della bambina o del bambino e scegli i nidi.\n' +
        '3. Descrivi la situazione della famiglia e il lavoro dei genitori: il punteggio si calcola mentre compili.\n' +
        '4. Inserisci l’ISEE per prestazioni ai minorenni, se vuoi che conti a parità di punteggio e per la retta.\n' +
        '5. Invia la domanda e conserva la ricevuta con il numero di protocollo: la graduatoria è pubblicata con quel numero, non con il nome.',
      what_you_need:
        '- SPID o CIE di un genitore;\n' +
        '- codice fiscale della bambina o del bambino;\n' +
        '- se la bambina o il bambino ha una disabilità, la **certificazione ai sensi della L. 104/1992** (PDF);\n' +
        '- le percentuali di invalidità dei familiari, se presenti;\n' +
        '- facoltativo: l’**ISEE per prestazioni rivolte a minorenni** in corso di validità.',
      what_you_get:
        'Un posto al nido per l’anno educativo 2027/2028, se la domanda rientra nei posti disponibili; altrimenti resti in **lista d’attesa** ' +
        'e puoi essere chiamato quando si liberano posti per rinunce, fino a marzo 2028.\n\n' +
        'Chi ottiene il posto deve **accettarlo entro 10 giorni** dalla comunicazione; senza accettazione il posto passa alla domanda successiva.',
      times_and_deadlines:
        '- **1–31 marzo 2027**: presentazione delle domande.\n' +
        '- **Entro il 31 maggio 2027**: graduatoria provvisoria, pubblicata per numero di protocollo.\n' +
        '- **Entro 10 giorni** dalla pubblicazione: eventuali ricorsi.\n' +
        '- **Entro il 30 giugno 2027**: graduatoria definitiva.\n' +
        '- **Settembre 2027**: inizio degli inserimenti; a settembre una nuova graduatoria assegna i posti liberati dalle rinunce.',
      access: {
        channel: 'online',
        text: 'La domanda si presenta solo online, con SPID o CIE, dal 1° al 31 marzo 2027.',
        url: `${COMUNE.services}/iscrizione-nido`,
      },
      conditions:
        'L’iscrizione segue il Regolamento comunale dei servizi educativi per la prima infanzia e l’avviso annuale. ' +
        'Il punteggio è calcolato sulle dichiarazioni del genitore, che il Comune verifica; una dichiarazione non veritiera comporta la perdita del posto. ' +
        'La frequenza comporta il pagamento della retta mensile secondo le fasce ISEE.',
      conditions_file_url: `${COMUNE.site}/documenti/regolamento-nidi-infanzia.pdf`,
      costs:
        'La domanda è **gratuita**. La retta mensile va da 80 € a 480 € secondo l’ISEE per prestazioni ai minorenni; senza ISEE si paga la retta massima. ' +
        'All’accettazione del posto si versa un anticipo di 100 €, scalato dalla prima retta e non rimborsato in caso di rinuncia.',
      special_cases:
        '- **Gemelli**: presenta una domanda per ciascun bambino; ognuno riceve 4 punti.\n' +
        '- **Trasferimento di residenza in corso**: la domanda è accolta tra i residenti se la residenza è ottenuta entro il 31 agosto 2027.\n' +
        '- **Domande fuori termine**: sono messe in coda alla graduatoria, in ordine di arrivo.\n' +
        '- **Rinuncia**: chi rinuncia al posto offerto resta in graduatoria per gli altri nidi scelti.',
      more_info:
        'Criteri e punti seguono il regolamento dei nidi del Comune di Bologna (2017); a parità di punteggio decidono l’ISEE più basso e poi l’età del bambino, come a Maranello; ' +
        'le scadenze seguono quelle del Comune di Cavallino-Treporti.',
      office,
      max_response_days: 90,
    }),
    requirements: [
      {
        id: 'nido-req-residenza',
        name: 'Residenza a Borgo Esempio',
        rule: is('residente', true),
        message:
          'La graduatoria è riservata ai bambini residenti a Borgo Esempio con almeno un genitore. Se state trasferendo la residenza, contatta l’Ufficio Scuola.',
      },
      {
        id: 'nido-req-eta',
        name: 'Nati dal 1° gennaio 2025 al 31 maggio 2027',
        rule: { '<=': ['2025-01-01', v('bambino.data_nascita'), '2027-05-31'] },
        message: 'Al nido per l’anno 2027/2028 possono essere iscritti i bambini nati dal 1° gennaio 2025 al 31 maggio 2027.',
      },
    ],
    steps: [
      {
        id: 'nido-step-genitore',
        title: 'Genitore richiedente',
        nodes: [
          node('applicant', 'nido-n-richiedente', 'richiedente', {
            label: 'Genitore che presenta la domanda',
            fields: ['address', 'email', 'phone'],
          }),
          node('yes_no', 'nido-n-residente', 'residente', {
            label: 'La bambina o il bambino è residente a Borgo Esempio con almeno un genitore?',
            required: true,
          }),
        ],
      },
      {
        id: 'nido-step-bambino',
        title: 'Bambina o bambino',
        nodes: [
          node(
            'section',
            'nido-n-bambino',
            'bambino',
            { label: 'Dati della bambina o del bambino' },
            {
              children: [
                node('text', 'nido-n-bambino-nome', 'nome', { label: 'Nome', required: true, maxLength: 100 }),
                node('text', 'nido-n-bambino-cognome', 'cognome', { label: 'Cognome', required: true, maxLength: 100 }),
                node('codice_fiscale', 'nido-n-bambino-cf', 'codice_fiscale', { label: 'Codice fiscale', required: true }),
                // range 'any', not 'past': the compiled format 'date-past' is typed as text by the field
                // catalogue, so rule lint rejects the requirement comparing it with dates. The
                // requirement bounds the date anyway.
                node('date', 'nido-n-bambino-nascita', 'data_nascita', { label: 'Data di nascita', required: true, range: 'any' }),
                node('yes_no', 'nido-n-bambino-disabilita', 'disabilita', {
                  label: 'Ha una disabilità certificata ai sensi della L. 104/1992?',
                  help: 'Dà la precedenza in graduatoria e permette di organizzare il sostegno educativo.',
                  required: true,
                }),
                node(
                  'attachment',
                  'nido-n-bambino-certificazione',
                  'certificazione_104',
                  {
                    label: 'Certificazione L. 104/1992',
                    help: 'Il verbale della commissione medica o il certificato provvisorio del medico specialista.',
                    required: true,
                    accept: ['application/pdf', 'image/jpeg', 'application/pkcs7-mime'],
                    maxSizeMB: 10,
                  },
                  { visibleIf: is('bambino.disabilita', true) },
                ),
                node('yes_no', 'nido-n-bambino-servizi', 'servizi_sociali', {
                  label: 'È seguito dai servizi sociali, che ne hanno segnalato l’inserimento al nido?',
                  required: true,
                }),
                node('yes_no', 'nido-n-bambino-gemello', 'gemello', { label: 'È nato da un parto gemellare?', required: true }),
              ],
            },
          ),
        ],
      },
      {
        id: 'nido-step-nido',
        title: 'Nido e orario',
        nodes: [
          node('choice', 'nido-n-preferito', 'nido_preferito', {
            label: 'Nido preferito',
            required: true,
            display: 'radio',
            options: NIDI,
          }),
          node('multi_choice', 'nido-n-alternativi', 'nidi_alternativi', {
            label: 'Altri nidi che accetteresti',
            help: 'Facoltativo, al massimo due. Se ottieni il posto in uno di questi, esci dalla graduatoria degli altri.',
            required: false,
            maxChoices: 2,
            options: NIDI,
          }),
          node('choice', 'nido-n-orario', 'orario', {
            label: 'Orario di frequenza',
            required: true,
            display: 'radio',
            options: [
              { value: 'tempo_pieno', label: 'Tempo pieno, 7:30–16:30' },
              { value: 'tempo_parziale', label: 'Tempo parziale, 7:30–13:00 con pranzo' },
            ],
          }),
        ],
      },
      {
        id: 'nido-step-famiglia',
        title: 'Situazione familiare',
        description: 'Ogni risposta dà i punti indicati dal regolamento: il totale appare alla fine.',
        nodes: [
          node('choice', 'nido-n-composizione', 'composizione_nucleo', {
            label: 'Chi si occupa della bambina o del bambino',
            required: true,
            display: 'radio',
            options: [
              { value: 'due_genitori', label: 'Due genitori' },
              {
                value: 'solo_genitore',
                label: 'Un solo genitore (l’altro è deceduto, non ha riconosciuto il figlio, è irreperibile o detenuto): 15 punti',
              },
              { value: 'affido_esclusivo', label: 'Un genitore convivente con affido esclusivo: 12 punti' },
            ],
          }),
          count(
            'nido-n-inv100',
            'genitori_invalidita_100',
            'Genitori con disabilità grave o invalidità al 100%',
            '20 punti per ciascun genitore.',
            2,
          ),
          count('nido-n-inv66', 'genitori_invalidita_66_99', 'Genitori con invalidità tra il 66% e il 99%', '15 punti per ciascun genitore.', 2),
          count('nido-n-inv33', 'genitori_invalidita_33_65', 'Genitori con invalidità tra il 33% e il 65%', '5 punti per ciascun genitore.', 2),
          count(
            'nido-n-fratelli',
            'fratelli_disabili',
            'Fratelli o sorelle con disabilità (L. 104/1992)',
            '15 punti per ciascuno.',
            10,
          ),
          count(
            'nido-n-conviventi',
            'conviventi_invalidi_100',
            'Altri conviventi con invalidità al 100% (es. nonni)',
            '5 punti per ciascuno.',
            10,
          ),
        ],
      },
      {
        id: 'nido-step-lavoro',
        title: 'Lavoro dei genitori',
        nodes: [
          node('choice', 'nido-n-lavoro1', 'lavoro_genitore_1', {
            label: 'Lavoro del genitore che presenta la domanda',
            help: '20 punti per un lavoro stabile, 10 per un lavoro occasionale.',
            required: true,
            display: 'radio',
            options: LAVORO,
          }),
          node(
            'choice',
            'nido-n-lavoro2',
            'lavoro_genitore_2',
            {
              label: 'Lavoro dell’altro genitore',
              help: '20 punti per un lavoro stabile, 10 per un lavoro occasionale.',
              required: true,
              display: 'radio',
              options: LAVORO,
            },
            { visibleIf: is('composizione_nucleo', 'due_genitori') },
          ),
        ],
      },
      {
        id: 'nido-step-punteggio',
        title: 'ISEE e punteggio',
        nodes: [
          node('isee', 'nido-n-isee', 'isee', {
            label: 'ISEE per prestazioni rivolte a minorenni',
            help: 'Facoltativo: a parità di punteggio passa prima l’ISEE più basso; serve anche per la retta ridotta.',
            required: false,
            kind: 'minorenni',
          }),
          node('ranking', 'nido-n-graduatoria', 'graduatoria', {
            label: 'Il tuo punteggio in graduatoria',
            help: 'Prima dei punti hanno la precedenza i bambini con disabilità e quelli segnalati dai servizi sociali.',
            criteria: [
              {
                id: 'precedenza',
                label: 'Precedenza: disabilità (L. 104/1992) o segnalazione dei servizi sociali (vale 1.000 punti)',
                points: { if: [{ or: [v('bambino.disabilita'), v('bambino.servizi_sociali')] }, 1000, 0] },
              },
              {
                id: 'nucleo',
                label: 'Un solo genitore (A1, 15 punti) o affido esclusivo (A2, 12 punti)',
                points: { if: [is('composizione_nucleo', 'solo_genitore'), 15, is('composizione_nucleo', 'affido_esclusivo'), 12, 0] },
              },
              { id: 'genitori_100', label: 'Genitore con disabilità grave o invalidità al 100% (A3), per genitore', points: times(20, 'genitori_invalidita_100') },
              { id: 'genitori_66', label: 'Genitore con invalidità tra il 66% e il 99% (A4), per genitore', points: times(15, 'genitori_invalidita_66_99') },
              { id: 'genitori_33', label: 'Genitore con invalidità tra il 33% e il 65% (A5), per genitore', points: times(5, 'genitori_invalidita_33_65') },
              { id: 'fratelli', label: 'Fratello o sorella con disabilità, L. 104/1992 (A6), per ciascuno', points: times(15, 'fratelli_disabili') },
              { id: 'conviventi', label: 'Altro convivente con invalidità al 100% (A7), per ciascuno', points: times(5, 'conviventi_invalidi_100') },
              { id: 'gemello', label: 'Gemello (A8)', points: { if: [v('bambino.gemello'), 4, 0] } },
              {
                id: 'lavoro',
                label: 'Lavoro dei genitori: 20 punti se stabile, 10 se occasionale, per genitore',
                points: { '+': [workPoints('lavoro_genitore_1'), workPoints('lavoro_genitore_2')] },
              },
            ],
            tieBreakers: [
              { kind: 'answer-asc', field: 'isee.value', label: 'ISEE più basso' },
              { kind: 'answer-asc', field: 'bambino.data_nascita', label: 'Bambina o bambino più grande' },
              { kind: 'submitted-asc', label: 'Domanda presentata prima' },
            ],
            places: 108,
            waitingList: true,
            publicationDate: '2027-05-31',
            exportCode: 'NIDI-2027-28',
          }),
          truthfulnessConsent('nido-n-veridicita'),
          privacyConsent(
            'nido-n-privacy',
            'formare la graduatoria e gestire l’iscrizione al nido',
            'e, per i dati sulla salute, dell’art. 9, par. 2, lett. g',
          ),
        ],
      },
    ],
    technical: technical({
      protocol: { enabled: true, registry: 'Protocollo generale', classification: 'VII.2 – Asili nido e scuola materna' },
    }),
    personas: [
      {
        id: 'nido-persona-due-genitori',
        name: 'Famiglia con due genitori che lavorano e un figlio gemello',
        answers: {
          richiedente: {
            name: 'Davide',
            surname: 'Greco',
            fiscal_code: codiceFiscale('GRCDVD90D02A944'),
            address: { street: 'Via dei Tigli', number: '11', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'davide.greco@example.it',
            phone: '347 555 0192',
          },
          residente: true,
          bambino: {
            nome: 'Pietro',
            cognome: 'Greco',
            codice_fiscale: codiceFiscale('GRCPTR25P10A944'),
            data_nascita: '2025-09-10',
            disabilita: false,
            servizi_sociali: false,
            gemello: true,
          },
          nido_preferito: 'girasole',
          nidi_alternativi: ['arcobaleno'],
          orario: 'tempo_pieno',
          composizione_nucleo: 'due_genitori',
          genitori_invalidita_100: 0,
          genitori_invalidita_66_99: 0,
          genitori_invalidita_33_65: 0,
          fratelli_disabili: 1,
          conviventi_invalidi_100: 0,
          lavoro_genitore_1: 'stabile',
          lavoro_genitore_2: 'occasionale',
          isee: { value: 18400, expiry: '2027-12-31', protocol: 'INPS-ISEE-2027-00088F120-00' },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
      {
        id: 'nido-persona-mamma-sola',
        name: 'Mamma sola con bambina con disabilità',
        answers: {
          richiedente: {
            name: 'Martina',
            surname: 'Esposito',
            fiscal_code: codiceFiscale('SPSMTN94M65F839'),
            address: { street: 'Viale della Stazione', number: '2', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'martina.esposito@example.it',
          },
          residente: true,
          bambino: {
            nome: 'Alice',
            cognome: 'Esposito',
            codice_fiscale: codiceFiscale('SPSLCA26A54A944'),
            data_nascita: '2026-01-14',
            disabilita: true,
            certificazione_104: fileAnswer('verbale-l104.pdf'),
            servizi_sociali: false,
            gemello: false,
          },
          nido_preferito: 'piccoli_passi',
          nidi_alternativi: [],
          orario: 'tempo_parziale',
          composizione_nucleo: 'solo_genitore',
          genitori_invalidita_100: 0,
          genitori_invalidita_66_99: 0,
          genitori_invalidita_33_65: 0,
          fratelli_disabili: 0,
          conviventi_invalidi_100: 0,
          lavoro_genitore_1: 'stabile',
          isee: { value: 9200, expiry: '2027-12-31', protocol: 'INPS-ISEE-2027-00095K406-00' },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
    ],
  });
}
