/**
 * «Contrassegno di parcheggio per persone con disabilità (CUDE)»
 * (pattern: Richiesta di autorizzazione / permesso).
 *
 * Documents as Sommacampagna asks them (ULSS certificate or INPS verbale
 * stating reduced mobility under art. 381 DPR 495/1992, photo, ID, vehicle
 * registration for the ZTL); two 16 € revenue stamps only when validity is
 * under 5 years (Sommacampagna, Ferrara); 5 years if permanent, otherwise the
 * period on the certificate, answer within 30 days (Corbetta); renewal of a
 * permanent badge with the family doctor's certificate, expired badge
 * returned (Sommacampagna); codice univoco for the national CUDE platform (Vignate).
 */
import type { ServiceDefinition } from '../../src/model/types';
import { card, codiceFiscale, COMUNE, fileAnswer, is, node, privacyConsent, technical, template, truthfulnessConsent, v } from './helpers';

const office = {
  name: 'Polizia locale – Ufficio permessi e contrassegni',
  address: 'Via della Libertà 8, 40100 Borgo Esempio',
  phone: '0123 456 760',
  email: 'permessi.polizialocale@comune.borgoesempio.it',
  pec: COMUNE.pec,
  openingHours: 'Lunedì–venerdì 9:00–12:30; martedì e giovedì anche 15:00–17:00.',
};

const PLATE = '^[A-Za-z]{2}[0-9]{3}[A-Za-z]{2}$';
const STAMP = '^[0-9]{14}$';
const MEDICAL = ['application/pdf', 'image/jpeg', 'application/pkcs7-mime'];

/** Documents both the permanent and the temporary badge need besides the medical certificate. */
const COMMON_DOCUMENTS = [
  { key: 'fototessera', label: 'Fototessera recente', acceptedTypes: ['image/jpeg', 'image/png'], maxSizeMb: 5, required: true },
  {
    key: 'documento_identita',
    label: 'Documento d’identità della persona titolare',
    acceptedTypes: ['application/pdf', 'image/jpeg'],
    maxSizeMb: 5,
    required: true,
  },
  {
    key: 'carta_circolazione',
    label: 'Carta di circolazione dei veicoli (solo per la ZTL)',
    acceptedTypes: ['application/pdf', 'image/jpeg'],
    maxSizeMb: 5,
    required: false,
  },
];

export function contrassegnoDisabili(): ServiceDefinition {
  return template({
    id: 'tpl-contrassegno-disabili',
    card: card({
      title: 'Contrassegno di parcheggio per persone con disabilità (CUDE)',
      short_description:
        'Richiesta, rinnovo o duplicato del Contrassegno Unificato Disabili Europeo (CUDE) per parcheggiare negli spazi riservati e circolare nella ZTL.',
      description:
        'Il **CUDE** è il contrassegno personale, valido in tutta Italia e nell’Unione europea, che permette al veicolo che trasporta la persona con disabilità di:\n\n' +
        '- sostare negli **spazi riservati** e, quando non ce ne sono, nelle zone a pagamento senza limiti di tempo;\n' +
        '- circolare nella **zona a traffico limitato** e nelle aree pedonali urbane aperte ai veicoli autorizzati;\n' +
        '- essere registrato sulla **Piattaforma nazionale CUDE**, per entrare nelle ZTL degli altri Comuni aderenti.\n\n' +
        'Il contrassegno appartiene alla persona, non al veicolo: vale su qualsiasi auto la trasporti.',
      category: 'Mobilità e trasporti',
      topics: ['Assistenza agli invalidi', 'Parcheggi', 'ZTL'],
      audience: 'Persone con disabilità motoria o non vedenti',
      who:
        'Alle persone **residenti a Borgo Esempio** con **capacità di deambulazione impedita o sensibilmente ridotta** e alle **persone non vedenti** ' +
        '(art. 188 del Codice della strada e art. 381 del DPR 495/1992).\n\n' +
        'La domanda può presentarla la persona interessata oppure chi la rappresenta: tutore, amministratore di sostegno, genitore di un minore o familiare delegato.',
      how_to_do:
        '1. Accedi con SPID o CIE.\n' +
        '2. Indica per chi chiedi il contrassegno e se è il primo rilascio, un rinnovo o un duplicato.\n' +
        '3. Se vuoi entrare nella ZTL, indica le targhe dei veicoli usati più spesso (al massimo due).\n' +
        '4. Allega il certificato medico, una fototessera e il documento d’identità.\n' +
        '5. Invia la domanda: l’ufficio ti contatta entro 30 giorni per il ritiro.',
      what_you_need:
        '- **Primo rilascio**: certificato dell’Ufficio medico-legale dell’ASL, oppure verbale della commissione INPS, che attesti la capacità di deambulazione impedita o sensibilmente ridotta (art. 381 DPR 495/1992);\n' +
        '- **Rinnovo** del contrassegno permanente: certificato del **medico curante** che confermi che le condizioni non sono cambiate;\n' +
        '- una **fototessera** recente;\n' +
        '- il **documento d’identità** della persona titolare;\n' +
        '- per la ZTL: la **carta di circolazione** dei veicoli;\n' +
        '- solo per il contrassegno **temporaneo**: due **marche da bollo da 16 €**;\n' +
        '- per il duplicato per furto o smarrimento: la **denuncia**.',
      what_you_get:
        'Il **contrassegno CUDE** con la foto della persona titolare, valido **5 anni** se l’invalidità è permanente, oppure per il periodo indicato nel certificato se è temporanea. ' +
        'Se chiedi l’accesso alla ZTL, le targhe sono registrate nella lista dei veicoli autorizzati e sulla Piattaforma nazionale CUDE.',
      times_and_deadlines:
        '- L’ufficio ti contatta **entro 30 giorni** dalla domanda per fissare il ritiro.\n' +
        '- Il rinnovo si può chiedere da **90 giorni prima** della scadenza.\n' +
        '- Il contrassegno scaduto va **restituito** al ritiro di quello nuovo.',
      access: {
        channel: 'online',
        text: 'Presenta la domanda online con SPID o CIE; il contrassegno si ritira di persona all’Ufficio permessi.',
        url: `${COMUNE.services}/contrassegno-disabili`,
      },
      conditions:
        'Il contrassegno è strettamente personale: si usa solo quando il veicolo trasporta la persona titolare, che deve esporlo in originale sul cruscotto. ' +
        'L’uso improprio è sanzionato (art. 188 CdS) e comporta il ritiro. Il contrassegno va restituito alla scadenza o in caso di decesso.',
      conditions_file_url: `${COMUNE.site}/documenti/disciplinare-contrassegni-cude.pdf`,
      costs:
        '- Contrassegno **permanente** (5 anni): **gratuito**.\n' +
        '- Contrassegno **temporaneo**: **due marche da bollo da 16 €**, una per la domanda e una per il contrassegno.\n' +
        '- La visita medico-legale all’ASL può avere un costo, secondo le tariffe dell’azienda sanitaria.',
      special_cases:
        '- **Invalidità temporanea** (es. dopo un intervento): il contrassegno vale fino alla data indicata nel certificato e **non si rinnova**: alla scadenza serve una nuova domanda con un nuovo certificato ASL o INPS.\n' +
        '- **Furto o smarrimento**: chiedi un duplicato allegando la denuncia; il vecchio contrassegno è annullato.\n' +
        '- **Cambio di residenza** in un altro Comune: il contrassegno resta valido fino alla scadenza; il rinnovo si chiede al nuovo Comune.\n' +
        '- **Persona titolare che non può venire al ritiro**: può delegare un familiare con delega scritta e copia del documento.',
      more_info:
        'Documenti e rinnovo come al Comune di Sommacampagna; validità e risposta entro 30 giorni come al Comune di Corbetta; marche da bollo per il temporaneo come a Sommacampagna e Ferrara; ' +
        'registrazione sulla Piattaforma nazionale CUDE come al Comune di Vignate.',
      office,
      max_response_days: 30,
    }),
    requirements: [
      {
        id: 'cude-req-residenza',
        name: 'Persona titolare residente a Borgo Esempio',
        rule: is('residente', true),
        message:
          'Il contrassegno è rilasciato dal Comune di residenza della persona titolare: se risiede in un altro Comune, la domanda va presentata lì.',
      },
    ],
    steps: [
      {
        id: 'cude-step-richiedente',
        title: 'Richiedente e titolare',
        nodes: [
          node('applicant', 'cude-n-richiedente', 'richiedente', {
            label: 'Chi presenta la domanda',
            fields: ['birth_date', 'address', 'email', 'phone'],
          }),
          node('choice', 'cude-n-per-chi', 'richiesta_per', {
            label: 'Per chi chiedi il contrassegno?',
            required: true,
            display: 'radio',
            options: [
              { value: 'se_stesso', label: 'Per me' },
              { value: 'altra_persona', label: 'Per un’altra persona che rappresento (tutela, amministrazione di sostegno, figlio minore, delega)' },
            ],
          }),
          node(
            'section',
            'cude-n-titolare',
            'titolare',
            { label: 'Persona titolare del contrassegno', description: 'La persona con disabilità a cui è intestato il contrassegno.' },
            {
              visibleIf: is('richiesta_per', 'altra_persona'),
              children: [
                node('text', 'cude-n-titolare-nome', 'nome_titolare', { label: 'Nome', required: true, maxLength: 100 }),
                node('text', 'cude-n-titolare-cognome', 'cognome_titolare', { label: 'Cognome', required: true, maxLength: 100 }),
                node('codice_fiscale', 'cude-n-titolare-cf', 'codice_fiscale_titolare', { label: 'Codice fiscale', required: true }),
                node('choice', 'cude-n-titolare-ruolo', 'ruolo_richiedente', {
                  label: 'Chi sei per la persona titolare',
                  required: true,
                  display: 'select',
                  options: [
                    { value: 'tutore', label: 'Tutore' },
                    { value: 'amministratore', label: 'Amministratore di sostegno' },
                    { value: 'genitore', label: 'Genitore di un figlio minore' },
                    { value: 'delegato', label: 'Familiare o persona delegata' },
                  ],
                }),
                node('attachment', 'cude-n-titolare-delega', 'atto_rappresentanza', {
                  label: 'Provvedimento di nomina o delega firmata, con copia del documento della persona titolare',
                  required: true,
                  accept: ['application/pdf', 'image/jpeg', 'application/pkcs7-mime'],
                  maxSizeMB: 10,
                }),
              ],
            },
          ),
          node('yes_no', 'cude-n-residente', 'residente', {
            label: 'La persona titolare del contrassegno è residente a Borgo Esempio?',
            required: true,
          }),
        ],
      },
      {
        id: 'cude-step-richiesta',
        title: 'Tipo di richiesta',
        nodes: [
          node('choice', 'cude-n-tipo', 'tipo_richiesta', {
            label: 'Che cosa chiedi?',
            required: true,
            display: 'radio',
            options: [
              { value: 'primo_rilascio', label: 'Il primo rilascio del contrassegno' },
              { value: 'rinnovo', label: 'Il rinnovo di un contrassegno permanente in scadenza' },
              { value: 'duplicato', label: 'Un duplicato per furto, smarrimento o deterioramento' },
            ],
          }),
          node(
            'text',
            'cude-n-numero',
            'numero_contrassegno',
            { label: 'Numero del contrassegno attuale', required: true, maxLength: 30, placeholder: 'es. BE-2022-00417' },
            { visibleIf: { in: [v('tipo_richiesta'), ['rinnovo', 'duplicato']] } },
          ),
          node(
            'attachment',
            'cude-n-denuncia',
            'denuncia',
            {
              label: 'Denuncia di furto o smarrimento',
              help: 'Non serve per il deterioramento: in quel caso riconsegna il contrassegno rovinato al ritiro.',
              required: false,
              accept: ['application/pdf', 'image/jpeg'],
              maxSizeMB: 5,
            },
            { visibleIf: is('tipo_richiesta', 'duplicato') },
          ),
          node('choice', 'cude-n-durata', 'durata_invalidita', {
            label: 'Il certificato medico attesta una condizione',
            required: true,
            display: 'radio',
            options: [
              { value: 'permanente', label: 'Permanente: il contrassegno vale 5 anni' },
              { value: 'temporanea', label: 'Temporanea: il contrassegno vale fino alla data del certificato' },
            ],
          }),
          node(
            'date',
            'cude-n-scadenza',
            'scadenza_certificato',
            { label: 'Data fino a cui vale il certificato', required: true, range: 'any' },
            { visibleIf: is('durata_invalidita', 'temporanea') },
          ),
          node(
            'section',
            'cude-n-bolli',
            'marche_bollo',
            {
              label: 'Marche da bollo',
              description:
                'Per il contrassegno temporaneo servono **due marche da bollo da 16 €**: una per la domanda e una per il contrassegno. ' +
                'Scrivi il codice identificativo di 14 cifre stampato su ciascuna e conserva le marche: le consegnerai al ritiro.',
            },
            {
              visibleIf: is('durata_invalidita', 'temporanea'),
              children: [
                node('text', 'cude-n-bollo-domanda', 'bollo_domanda', {
                  label: 'Codice della marca da bollo per la domanda',
                  required: true,
                  pattern: STAMP,
                  patternName: '14 cifre',
                  maxLength: 14,
                }),
                node('text', 'cude-n-bollo-contrassegno', 'bollo_contrassegno', {
                  label: 'Codice della marca da bollo per il contrassegno',
                  required: true,
                  pattern: STAMP,
                  patternName: '14 cifre',
                  maxLength: 14,
                }),
              ],
            },
          ),
        ],
      },
      {
        id: 'cude-step-ztl',
        title: 'Zona a traffico limitato',
        nodes: [
          node('yes_no', 'cude-n-ztl', 'accesso_ztl', {
            label: 'Vuoi entrare nella ZTL con il contrassegno?',
            help: 'Le targhe registrate non ricevono multe dalle telecamere dei varchi, qui e nei Comuni aderenti alla Piattaforma CUDE.',
            required: true,
          }),
          node(
            'repeatable_group',
            'cude-n-veicoli',
            'veicoli',
            { label: 'Veicoli usati per il trasporto', itemLabel: 'Veicolo', minItems: 1, maxItems: 2 },
            {
              visibleIf: is('accesso_ztl', true),
              children: [
                node('text', 'cude-n-veicolo-targa', 'targa', {
                  label: 'Targa',
                  required: true,
                  pattern: PLATE,
                  patternName: 'targa italiana (es. AB123CD)',
                  maxLength: 7,
                }),
                node('text', 'cude-n-veicolo-intestatario', 'intestatario', {
                  label: 'Intestatario del veicolo',
                  required: true,
                  maxLength: 120,
                }),
              ],
            },
          ),
        ],
      },
      {
        id: 'cude-step-documenti',
        title: 'Documenti',
        nodes: [
          node(
            'permit',
            'cude-n-permesso',
            'contrassegno',
            {
              label: 'Contrassegno permanente (CUDE)',
              help: 'Allega i documenti richiesti: l’ufficio ti contatterà per il ritiro del contrassegno.',
              documents: [
                {
                  key: 'certificato_medico',
                  label:
                    'Certificato medico: dell’ASL o verbale INPS (art. 381 DPR 495/1992) per il primo rilascio, del medico curante per il rinnovo',
                  acceptedTypes: [...MEDICAL],
                  maxSizeMb: 10,
                  required: true,
                },
                ...COMMON_DOCUMENTS,
              ],
              validity: { kind: 'months', months: 60 },
              renewal: {
                allowed: true,
                howTo:
                  'Basta il certificato del medico curante che conferma le condizioni che hanno dato diritto al rilascio. Il contrassegno scaduto va restituito.',
                daysBeforeExpiry: 90,
              },
              responsibleOffice: office.name,
              maxResponseDays: 30,
            },
            { visibleIf: is('durata_invalidita', 'permanente') },
          ),
          // A temporary badge lasts until the date on the certificate, which no
          // fixed number of months can say: its own permit block, without months
          // and not renewable (Sommacampagna: a new application is needed).
          node(
            'permit',
            'cude-n-permesso-temporaneo',
            'contrassegno_temporaneo',
            {
              label: 'Contrassegno temporaneo (CUDE)',
              help: 'Il contrassegno vale fino alla data indicata nel certificato medico. Allega i documenti richiesti: l’ufficio ti contatterà per il ritiro.',
              documents: [
                {
                  key: 'certificato_medico_temporaneo',
                  label: 'Certificato dell’ASL o verbale INPS con la durata della ridotta capacità di deambulazione (art. 381 DPR 495/1992)',
                  acceptedTypes: [...MEDICAL],
                  maxSizeMb: 10,
                  required: true,
                },
                ...COMMON_DOCUMENTS,
              ],
              validity: { kind: 'months' },
              renewal: { allowed: false },
              responsibleOffice: office.name,
              maxResponseDays: 30,
            },
            { visibleIf: is('durata_invalidita', 'temporanea') },
          ),
          truthfulnessConsent('cude-n-veridicita'),
          privacyConsent(
            'cude-n-privacy',
            'rilasciare il contrassegno e registrare le targhe autorizzate',
            'e, per i dati sulla salute, dell’art. 9, par. 2, lett. g',
          ),
        ],
      },
    ],
    technical: technical({
      protocol: { enabled: true, registry: 'Protocollo generale', classification: 'IX.2 – Polizia stradale' },
      integrations: [
        {
          id: 'cude-int-piattaforma',
          name: 'Piattaforma nazionale CUDE (Ministero delle infrastrutture e dei trasporti)',
          url: 'https://www.ilportaledellautomobilista.it',
          event: 'approved',
        },
      ],
    }),
    personas: [
      {
        id: 'cude-persona-pensionato',
        name: 'Pensionato con invalidità permanente, primo rilascio con ZTL',
        answers: {
          richiedente: {
            name: 'Giuseppe',
            surname: 'Colombo',
            fiscal_code: codiceFiscale('CLMGPP46P30F205'),
            birth_date: '1946-09-30',
            address: { street: 'Via della Libertà', number: '21', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'giuseppe.colombo@example.it',
            phone: '051 123 4567',
          },
          richiesta_per: 'se_stesso',
          residente: true,
          tipo_richiesta: 'primo_rilascio',
          durata_invalidita: 'permanente',
          accesso_ztl: true,
          veicoli: [{ targa: 'FX482KL', intestatario: 'Giuseppe Colombo' }],
          contrassegno: {
            certificato_medico: fileAnswer('verbale-inps.pdf'),
            fototessera: fileAnswer('fototessera.jpg', 'image/jpeg'),
            documento_identita: fileAnswer('carta-identita.pdf'),
            carta_circolazione: fileAnswer('carta-circolazione.pdf'),
          },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
      {
        id: 'cude-persona-figlia',
        name: 'Figlia che chiede il contrassegno temporaneo per la madre',
        answers: {
          richiedente: {
            name: 'Laura',
            surname: 'Moretti',
            fiscal_code: codiceFiscale('MRTLRA72B51F205'),
            birth_date: '1972-02-11',
            address: { street: 'Via Mazzini', number: '5', postcode: '40100', municipality: 'Borgo Esempio', province: 'BO' },
            email: 'laura.moretti@example.it',
          },
          richiesta_per: 'altra_persona',
          titolare: {
            nome_titolare: 'Anna',
            cognome_titolare: 'Ferrari',
            codice_fiscale_titolare: codiceFiscale('FRRNNA41R45F205'),
            ruolo_richiedente: 'delegato',
            atto_rappresentanza: fileAnswer('delega-firmata.pdf'),
          },
          residente: true,
          tipo_richiesta: 'primo_rilascio',
          durata_invalidita: 'temporanea',
          scadenza_certificato: '2027-04-30',
          marche_bollo: { bollo_domanda: '01234567890123', bollo_contrassegno: '01234567890124' },
          accesso_ztl: false,
          contrassegno_temporaneo: {
            certificato_medico_temporaneo: fileAnswer('certificato-asl.pdf'),
            fototessera: fileAnswer('fototessera.jpg', 'image/jpeg'),
            documento_identita: fileAnswer('carta-identita-anna.pdf'),
          },
          dichiarazione_veridicita: true,
          consenso_privacy: true,
        },
      },
    ],
  });
}
