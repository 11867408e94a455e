/**
 * Italian messages of the model layer: schema errors (from Ajv), semantic
 * checks and restore problems. All user-visible wording of `src/model` lives
 * here so that it can be reviewed, and later translated, in one place.
 */
import type { ErrorObject } from 'ajv';
import localizeIt from 'ajv-i18n/localize/it';
import { agree, be, capitalised, fieldName, must, withPreposition, type FieldName } from './fieldNames.it';
import { FIELD_KEY_PATTERN, ID_PATTERN, LANGUAGE_CODE_PATTERN, NODE_TYPE_PATTERN } from './formatConstants';

/** Italian glosses of enumerated values, shown next to the stored value. */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  draft: 'bozza',
  published: 'pubblicato',
  scheduled: 'programmato',
  suspended: 'sospeso',
  private: 'privato',
  online: 'online',
  booking: 'su appuntamento',
  generic: 'generico',
  anonymous: 'anonimo',
  social: 'accesso social',
  spid_l1: 'SPID livello 1',
  spid_l2: 'SPID livello 2',
  cie: 'CIE',
  approval: 'con approvazione',
  forward: 'inoltro',
  official: 'funzionario',
  technical: 'tecnico',
};

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'un testo',
  number: 'un numero',
  integer: 'un numero intero',
  boolean: 'vero o falso',
  array: 'un elenco',
  object: 'un oggetto',
  null: 'vuoto (null)',
};

const ISO_EXAMPLE = '2027-03-01T08:00:00.000Z';

/** A value quoted for a message, shortened so that a huge value cannot flood the UI. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = '…';
    }
  }
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}

function allowedList(values: readonly unknown[]): string {
  return values
    .map((v) => (typeof v === 'string' && VALUE_LABELS[v] && VALUE_LABELS[v] !== v ? `${v} (${VALUE_LABELS[v]})` : String(v)))
    .join(', ');
}

function typeList(types: readonly string[]): string {
  const nouns = [...new Set(types.flatMap((t) => t.split(',')))].map((t) => TYPE_NOUNS[t] ?? t);
  return nouns.length <= 1 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} oppure ${nouns[nouns.length - 1]}`;
}

/** "obbligatorio" message, also used for empty required texts. */
export function requiredMessage(name: FieldName): string {
  return `${capitalised(name)} ${be(name)} ${agree(name, ['obbligatorio', 'obbligatoria', 'obbligatori', 'obbligatorie'])}`;
}

function patternMessage(name: FieldName, pattern: string, value: unknown): string {
  const v = quote(value);
  if (pattern === FIELD_KEY_PATTERN) {
    if (typeof value === 'string' && /^[a-z0-9_]+$/.test(value)) {
      return `La chiave ${v} deve iniziare con una lettera minuscola`;
    }
    return `La chiave ${v} deve essere in snake_case: lettere minuscole, cifre e _`;
  }
  if (pattern === ID_PATTERN) return `${capitalised(name)} ${v} può contenere solo lettere, cifre, - e _`;
  if (pattern === LANGUAGE_CODE_PATTERN) {
    return `${capitalised(name)} ${v} non è un codice lingua valido: servono due lettere minuscole (es. it, en)`;
  }
  if (pattern === NODE_TYPE_PATTERN) {
    return `${capitalised(name)} ${v} non è valido: lettere minuscole, cifre, _, . e -, iniziando con una lettera`;
  }
  return `${capitalised(name)} ${v} non ha il formato richiesto`;
}

/**
 * The Italian message of one Ajv error (run with `verbose: true`, so that
 * `data` holds the offending value). `path` is where the issue will point:
 * for `required` and `additionalProperties` it already names the property.
 */
export function schemaErrorMessage(error: ErrorObject, path: string): string {
  const name = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return requiredMessage(name);
    case 'type':
      return `${capitalised(name)} ${must(name)} essere ${typeList(String(params.type).split(','))}`;
    case 'minLength':
      if (params.limit === 1) return requiredMessage(name);
      return `${capitalised(name)} ${must(name)} avere almeno ${params.limit} caratteri`;
    case 'maxLength': {
      const length = typeof error.data === 'string' ? ` (ne ha ${error.data.length})` : '';
      return `${capitalised(name)} supera il limite di ${params.limit} caratteri${length}`;
    }
    case 'pattern':
      return patternMessage(name, String(params.pattern), error.data);
    case 'format':
      if (params.format === 'date-time') {
        return `${capitalised(name)} ${quote(error.data)} non è una data e ora valida: usa il formato ISO 8601 (es. ${ISO_EXAMPLE})`;
      }
      return `${capitalised(name)} ${quote(error.data)} non è nel formato ${String(params.format)}`;
    case 'const':
      return `${capitalised(name)} ${must(name)} essere ${quote(params.allowedValue)}`;
    case 'enum':
      return `${capitalised(name)} ${quote(error.data)} non ${be(name)} ${agree(name, 'valid')}: valori ammessi ${allowedList(
        params.allowedValues as unknown[],
      )}`;
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      if (path.startsWith('/translations/') && path.split('/').length === 3) {
        return `Il codice lingua ${quote(property)} delle traduzioni non è valido: servono due lettere minuscole (es. en)`;
      }
      const parent = fieldName(path.slice(0, path.lastIndexOf('/')));
      return `Proprietà sconosciuta ${quote(property)} ${withPreposition('in', parent)}`;
    }
    case 'minItems':
      if (path === '/steps') return 'Il servizio deve avere almeno un passo';
      if (path === '/languages/available') return 'Serve almeno una lingua disponibile';
      return `${capitalised(name)} ${must(name)} contenere almeno ${params.limit} ${params.limit === 1 ? 'elemento' : 'elementi'}`;
    case 'maxItems':
      return `${capitalised(name)} può contenere al massimo ${params.limit} elementi`;
    case 'uniqueItems': {
      const list = Array.isArray(error.data) ? error.data : [];
      return `${quote(list[Number(params.j)])} compare due volte ${withPreposition('in', name)}`;
    }
    case 'minimum':
      return `${capitalised(name)} ${must(name)} essere almeno ${params.limit}`;
    case 'maximum':
      return `${capitalised(name)} non può superare ${params.limit}`;
    default:
      return fallbackMessage(error, name);
  }
}

/** ajv-i18n's Italian wording, prefixed with the field's name: for rare keywords. */
function fallbackMessage(error: ErrorObject, name: FieldName): string {
  const copy = { ...error };
  localizeIt([copy]);
  return `${capitalised(name)}: ${copy.message ?? 'valore non valido'}`;
}

/** Messages of the checks that the JSON Schema cannot express. */
export const semanticMessages = {
  duplicateId: (id: string, first: string, second: string) =>
    `L'identificativo ${quote(id)} è usato due volte: ${first} e ${second}`,
  duplicateKey: (key: string, first: string, second: string) =>
    `La chiave ${quote(key)} è usata due volte: ${first} e ${second}`,
  scheduleNeedsOpening: () => 'Un servizio programmato richiede la data di apertura',
  scheduleNeedsClosing: () => 'Un servizio programmato richiede la data di chiusura',
  closesBeforeOpening: () => 'La data di chiusura deve essere successiva alla data di apertura',
  defaultLanguageUnavailable: (language: string, available: readonly string[]) =>
    `La lingua predefinita ${quote(language)} non è tra le lingue disponibili (${available.join(', ')})`,
  tooDeep: (max: number) => `Gli elementi sono annidati troppo in profondità (al massimo ${max} livelli)`,
};

/** Messages of `restore()`: reading, migrating and checking a file. */
export const restoreMessages = {
  emptyInput: () => 'Il file è vuoto',
  jsonSyntax: (line: number, column: number, detail: string) =>
    `Il file non è JSON valido (riga ${line}, colonna ${column}): ${detail}`,
  jsonSyntaxNoPosition: () => 'Il file non è JSON valido',
  unexpectedEnd: () => 'il testo finisce prima del previsto',
  unexpectedCharacter: (character: string) => `carattere inatteso ${quote(character)}`,
  notAnObject: () => 'Il file non contiene una definizione di servizio (atteso un oggetto JSON)',
  formatVersionMissing: () => 'Manca la versione del formato (formatVersion)',
  formatVersionInvalid: (value: unknown) =>
    `La versione del formato ${quote(value)} non è valida: deve essere un numero intero positivo`,
  formatVersionTooNew: (version: number, supported: number) =>
    `Il file è stato creato con una versione più recente di Mattoncini (formato ${version}); questa versione legge fino al formato ${supported}: aggiorna l'applicazione`,
  migrationMissing: (version: number) => `Non so aggiornare il file dal formato ${version}`,
  migrationFailed: (version: number, detail: string) =>
    `Aggiornamento del file dal formato ${version} non riuscito: ${detail}`,
  forbiddenKey: (key: string) => `La chiave ${quote(key)} non è ammessa`,
  notJsonValue: (kind: string) => `Valore non ammesso in un file JSON (${kind})`,
  tooDeep: (max: number) => `Struttura annidata troppo in profondità (oltre ${max} livelli)`,
  tooLong: (max: number) => `Elenco troppo lungo (oltre ${max} elementi)`,
  unreadable: (detail: string) => `Impossibile leggere il valore: ${detail}`,
  unknownType: (type: string) => `Tipo di elemento sconosciuto ${quote(type)}: conservato così com'è`,
};
