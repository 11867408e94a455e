/**
 * Citizen-facing validation messages. Every compiled property schema carries
 * its messages under `x-messages` (Ajv keyword → text), so that the compiled
 * flow stays plain JSON and `src/compile/transformErrors` only has to look
 * them up. Messages always name the field ("Il campo «Nome» è obbligatorio").
 *
 * Italian is the reference language; English is provided for services that
 * are published in English too. Any other language falls back to Italian.
 */

export interface MessageTemplates {
  required(label: string): string;
  minLength(label: string, n: number): string;
  maxLength(label: string, n: number): string;
  minimum(label: string, n: string): string;
  maximum(label: string, n: string): string;
  number(label: string): string;
  integer(label: string): string;
  cents(label: string): string;
  pattern(label: string, patternName?: string): string;
  email(label: string): string;
  date(label: string): string;
  datePast(label: string): string;
  dateFuture(label: string): string;
  phone(label: string): string;
  codiceFiscale(label: string): string;
  iban(label: string): string;
  ibanIt(label: string): string;
  dsu(label: string): string;
  postcode(label: string): string;
  province(label: string): string;
  mustAccept(label: string): string;
  choose(label: string): string;
  minChoices(label: string, n: number): string;
  maxChoices(label: string, n: number): string;
  minRows(itemLabel: string, n: number): string;
  maxRows(itemLabel: string, n: number): string;
  file(label: string): string;
  fileType(label: string, accepted: string): string;
  fileSize(label: string, mb: string): string;
  minFiles(label: string, n: number): string;
  maxFiles(label: string, n: number): string;
  /** Fallback for a keyword no block anticipated. */
  invalid(label: string, detail?: string): string;
  yes: string;
  no: string;
  /** Submit button of a step that is followed by others / of the last step. */
  next: string;
  send: string;
  unsupported(type: string): string;
}

const it: MessageTemplates = {
  required: (l) => `Il campo «${l}» è obbligatorio`,
  minLength: (l, n) => `Il campo «${l}» deve contenere almeno ${n} ${n === 1 ? 'carattere' : 'caratteri'}`,
  maxLength: (l, n) => `Il campo «${l}» può contenere al massimo ${n} ${n === 1 ? 'carattere' : 'caratteri'}`,
  minimum: (l, n) => `Il campo «${l}» deve essere almeno ${n}`,
  maximum: (l, n) => `Il campo «${l}» non può superare ${n}`,
  number: (l) => `Il campo «${l}» deve contenere un numero`,
  integer: (l) => `Il campo «${l}» deve contenere un numero intero, senza decimali`,
  cents: (l) => `Il campo «${l}» può avere al massimo due decimali (centesimi)`,
  pattern: (l, name) =>
    name ? `Il campo «${l}» non è nel formato richiesto: ${name}` : `Il campo «${l}» non è nel formato richiesto`,
  email: (l) => `Il campo «${l}» non contiene un indirizzo email valido (es. nome@esempio.it)`,
  date: (l) => `Il campo «${l}» non contiene una data valida`,
  datePast: (l) => `Il campo «${l}» non può essere una data futura`,
  dateFuture: (l) => `Il campo «${l}» non può essere una data passata`,
  phone: (l) => `Il campo «${l}» non contiene un numero di telefono valido (solo cifre, eventualmente con prefisso +39)`,
  codiceFiscale: (l) => `Il campo «${l}» non è valido: controlla i 16 caratteri`,
  iban: (l) => `«${l}» non valido: controlla le lettere e le cifre del codice IBAN`,
  ibanIt: (l) => `«${l}» non valido: serve un IBAN italiano di 27 caratteri che inizia con IT`,
  dsu: (l) => `Il campo «${l}» non è valido: usa il formato INPS-ISEE-AAAA-XXXXXXXXX-00 riportato sull’attestazione`,
  postcode: (l) => `Il campo «${l}» deve contenere 5 cifre`,
  province: (l) => `Il campo «${l}» deve contenere la sigla di 2 lettere (es. RM)`,
  mustAccept: (l) => `Per proseguire devi accettare «${l}»`,
  choose: (l) => `Il campo «${l}»: scegli una delle opzioni proposte`,
  minChoices: (l, n) =>
    n === 1 ? `Il campo «${l}»: scegli almeno un’opzione` : `Il campo «${l}»: scegli almeno ${n} opzioni`,
  maxChoices: (l, n) =>
    n === 1 ? `Il campo «${l}»: puoi scegliere una sola opzione` : `Il campo «${l}»: puoi scegliere al massimo ${n} opzioni`,
  minRows: (l, n) => `Aggiungi almeno ${n} «${l}»`,
  maxRows: (l, n) => `Puoi aggiungere al massimo ${n} «${l}»`,
  file: (l) => `Il file caricato in «${l}» non è valido`,
  fileType: (l, a) => `Il file caricato in «${l}» non è di un tipo ammesso (ammessi: ${a})`,
  fileSize: (l, mb) => `Il file caricato in «${l}» supera la dimensione massima di ${mb} MB`,
  minFiles: (l, n) => (n === 1 ? `Carica almeno un file in «${l}»` : `Carica almeno ${n} file in «${l}»`),
  maxFiles: (l, n) => `Puoi caricare al massimo ${n} file in «${l}»`,
  invalid: (l, d) => (d ? `Il campo «${l}» non è valido: ${d}` : `Il campo «${l}» non è valido`),
  yes: 'Sì',
  no: 'No',
  next: 'Avanti',
  send: 'Invia',
  unsupported: (t) => `Elemento di tipo «${t}» non supportato da questa versione`,
};

const en: MessageTemplates = {
  required: (l) => `The field «${l}» is required`,
  minLength: (l, n) => `The field «${l}» must be at least ${n} ${n === 1 ? 'character' : 'characters'} long`,
  maxLength: (l, n) => `The field «${l}» can be at most ${n} ${n === 1 ? 'character' : 'characters'} long`,
  minimum: (l, n) => `The field «${l}» must be at least ${n}`,
  maximum: (l, n) => `The field «${l}» cannot exceed ${n}`,
  number: (l) => `The field «${l}» must be a number`,
  integer: (l) => `The field «${l}» must be a whole number`,
  cents: (l) => `The field «${l}» can have at most two decimals`,
  pattern: (l, name) =>
    name ? `The field «${l}» is not in the expected format: ${name}` : `The field «${l}» is not in the expected format`,
  email: (l) => `The field «${l}» is not a valid email address (e.g. name@example.com)`,
  date: (l) => `The field «${l}» is not a valid date`,
  datePast: (l) => `The field «${l}» cannot be a future date`,
  dateFuture: (l) => `The field «${l}» cannot be a past date`,
  phone: (l) => `The field «${l}» is not a valid phone number (digits only, optionally with +39)`,
  codiceFiscale: (l) => `The field «${l}» is not valid: check the 16 characters`,
  iban: (l) => `«${l}» is not valid: check the letters and digits of the IBAN`,
  ibanIt: (l) => `«${l}» is not valid: an Italian IBAN has 27 characters and starts with IT`,
  dsu: (l) => `The field «${l}» is not valid: use the format INPS-ISEE-YYYY-XXXXXXXXX-00 shown on the certificate`,
  postcode: (l) => `The field «${l}» must have 5 digits`,
  province: (l) => `The field «${l}» must be the 2-letter code (e.g. RM)`,
  mustAccept: (l) => `To continue you must accept «${l}»`,
  choose: (l) => `The field «${l}»: choose one of the options`,
  minChoices: (l, n) => `The field «${l}»: choose at least ${n} ${n === 1 ? 'option' : 'options'}`,
  maxChoices: (l, n) => `The field «${l}»: choose at most ${n} ${n === 1 ? 'option' : 'options'}`,
  minRows: (l, n) => `Add at least ${n} «${l}»`,
  maxRows: (l, n) => `You can add at most ${n} «${l}»`,
  file: (l) => `The file uploaded in «${l}» is not valid`,
  fileType: (l, a) => `The file uploaded in «${l}» is not an accepted type (accepted: ${a})`,
  fileSize: (l, mb) => `The file uploaded in «${l}» exceeds the maximum size of ${mb} MB`,
  minFiles: (l, n) => `Upload at least ${n} ${n === 1 ? 'file' : 'files'} in «${l}»`,
  maxFiles: (l, n) => `You can upload at most ${n} files in «${l}»`,
  invalid: (l, d) => (d ? `The field «${l}» is not valid: ${d}` : `The field «${l}» is not valid`),
  yes: 'Yes',
  no: 'No',
  next: 'Next',
  send: 'Send',
  unsupported: (t) => `Element of type «${t}» is not supported by this version`,
};

const byLanguage: Record<string, MessageTemplates> = { it, en };

/** Message templates for a language ('it' when the language has none). */
export function messagesFor(language: string | undefined): MessageTemplates {
  return (language && byLanguage[language]) || it;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number the way citizens read it ("1.234,5" in Italian). Cached: Intl is slow to build. */
export function formatNumber(value: number, language: string | undefined, currency = false): string {
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  const cacheKey = `${locale}|${currency}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      currency ? { style: 'currency', currency: 'EUR' } : { maximumFractionDigits: 6 },
    );
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}
