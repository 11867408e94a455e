/**
 * The fields in which two copies of one service differ, named in Italian the
 * way the official knows them («Titolo», «A chi è rivolto», «Passo 2 › Campo
 * “ISEE” › Etichetta»), with both values. Used by the sync conflict screen and
 * to tell a real conflict from two copies that only differ in bookkeeping:
 * revision, updatedAt and the change history are never compared.
 *
 * Steps, fields, requirements, personas and integrations are matched by id, not
 * by position, so moving a field is one «Ordine» difference, not a cascade.
 */
import { escapePointerSegment } from './issues';
import type { FlowNode, ServiceDefinition } from './types';

/** One differing field. A side is `undefined` when that copy does not have it. */
export interface DefinitionDifference {
  /** JSON Pointer in the local copy (in the other when only it has the field). */
  path: string;
  /** Italian, e.g. «Passo 2 › Campo “ISEE” › Etichetta». */
  label: string;
  mine: unknown;
  theirs: unknown;
}

const SEPARATOR = ' › ';

/** Bookkeeping that changes on every save and says nothing about the service. */
const IGNORED = new Set(['revision', 'updatedAt', 'history']);

const LABELS: Readonly<Record<string, string>> = {
  formatVersion: 'Versione del formato',
  createdAt: 'Data di creazione',
  derivedFrom: 'Origine della copia',
  status: 'Stato',
  schedule: 'Periodo di apertura',
  opensAt: 'Apertura',
  closesAt: 'Chiusura',
  card: 'Scheda',
  title: 'Titolo',
  short_description: 'Descrizione breve',
  description: 'Descrizione',
  category: 'Categoria',
  topics: 'Argomenti',
  audience: 'Destinatari',
  who: 'A chi è rivolto',
  how_to_do: 'Come fare',
  what_you_need: 'Cosa serve',
  what_you_get: 'Cosa si ottiene',
  times_and_deadlines: 'Tempi e scadenze',
  access: 'Accedi al servizio',
  channel: 'Canale',
  text: 'Testo',
  url: 'Indirizzo web',
  conditions: 'Condizioni di servizio',
  conditions_file_url: 'Documento delle condizioni',
  costs: 'Costi',
  special_cases: 'Casi particolari',
  more_info: 'Ulteriori informazioni',
  office: 'Ufficio responsabile',
  name: 'Nome',
  address: 'Indirizzo',
  phone: 'Telefono',
  email: 'Email',
  pec: 'PEC',
  openingHours: 'Orari',
  max_response_days: 'Tempo massimo di risposta',
  requirements: 'Requisiti',
  rule: 'Regola',
  message: 'Messaggio',
  steps: 'Passi',
  visibleIf: 'Condizione di visibilità',
  languages: 'Lingue',
  default: 'Lingua predefinita',
  available: 'Lingue disponibili',
  translations: 'Traduzioni',
  technical: 'Impostazioni tecniche',
  accessLevel: 'Livello di accesso',
  workflow: 'Flusso di lavorazione',
  protocol: 'Protocollo',
  enabled: 'Attivo',
  registry: 'Registro',
  classification: 'Classificazione',
  payment: 'Pagamento',
  gateway: 'Gateway',
  entityTaxCode: 'Codice fiscale dell’ente creditore',
  taxonomyCode: 'Codice tassonomico',
  integrations: 'Integrazioni',
  event: 'Evento',
  personas: 'Profili di prova',
  answers: 'Risposte',
  key: 'Chiave',
  type: 'Tipo',
};

/** Names of a field's settings (`props`); others are shown as «Proprietà “x”». */
const PROP_LABELS: Readonly<Record<string, string>> = {
  label: 'Etichetta',
  required: 'Obbligatorio',
  help: 'Testo di aiuto',
  hint: 'Suggerimento',
  placeholder: 'Testo segnaposto',
  options: 'Opzioni',
  maxLength: 'Lunghezza massima',
  min: 'Minimo',
  max: 'Massimo',
};

const labelOf = (key: string) => LABELS[key] ?? key;
const join = (...parts: string[]) => parts.filter(Boolean).join(SEPARATOR);
const child = (path: string, key: string | number) => `${path}/${escapePointerSegment(String(key))}`;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameJson(a[k], b[k])) return false;
    return true;
  }
  return false;
}

type Out = DefinitionDifference[];

/** Objects field by field; anything else (text, lists of text, rules) as one value. */
function walk(mine: unknown, theirs: unknown, path: string, label: string, out: Out, names: (key: string) => string = labelOf) {
  if (sameJson(mine, theirs)) return;
  if (isObject(mine) && isObject(theirs)) {
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      walk(mine[key], theirs[key], child(path, key), join(label, names(key)), out);
    }
    return;
  }
  out.push({ path, label: label || 'Documento', mine, theirs });
}

interface Identified {
  id: string;
}

/**
 * Lists whose items carry ids: each item compared with the item of the same
 * id, added and removed items reported whole, and a change of order once.
 */
function walkById<T extends Identified>(
  mine: readonly T[],
  theirs: readonly T[],
  path: string,
  label: string,
  itemLabel: (item: T, index: number) => string,
  compareItem: (a: T, b: T, itemPath: string, itemLabel: string, out: Out) => void,
  out: Out,
) {
  const theirsById = new Map(theirs.map((item, index) => [item.id, { item, index }]));
  const mineIds = new Set(mine.map((item) => item.id));
  mine.forEach((item, index) => {
    const other = theirsById.get(item.id);
    const itemPath = child(path, index);
    if (!other) out.push({ path: itemPath, label: join(label, itemLabel(item, index)), mine: item, theirs: undefined });
    else compareItem(item, other.item, itemPath, join(label, itemLabel(item, index)), out);
  });
  theirs.forEach((item, index) => {
    if (!mineIds.has(item.id)) out.push({ path: child(path, index), label: join(label, itemLabel(item, index)), mine: undefined, theirs: item });
  });
  const commonMine = mine.filter((item) => theirsById.has(item.id)).map((item) => item.id);
  const commonTheirs = theirs.filter((item) => mineIds.has(item.id)).map((item) => item.id);
  if (!sameJson(commonMine, commonTheirs)) {
    out.push({ path, label: join(label, 'Ordine'), mine: commonMine, theirs: commonTheirs });
  }
}

/** A field's name as the official reads it on the canvas. */
function nodeLabel(node: FlowNode): string {
  const text = typeof node.props.label === 'string' && node.props.label.trim() ? node.props.label : node.key;
  return `Campo “${text}”`;
}

function compareNodes(mine: FlowNode, theirs: FlowNode, path: string, label: string, out: Out) {
  for (const key of ['type', 'key', 'visibleIf'] as const) walk(mine[key], theirs[key], child(path, key), join(label, labelOf(key)), out);
  walk(mine.props, theirs.props, child(path, 'props'), label, out, (key) => PROP_LABELS[key] ?? `Proprietà “${key}”`);
  walkById(mine.children ?? [], theirs.children ?? [], child(path, 'children'), label, (n) => nodeLabel(n), compareNodes, out);
}

/** Differences between the local copy (`mine`) and the server's (`theirs`), in document order. */
export function diffDefinitions(mine: ServiceDefinition, theirs: ServiceDefinition): DefinitionDifference[] {
  const out: Out = [];
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const a = (mine as unknown as Record<string, unknown>)[key];
    const b = (theirs as unknown as Record<string, unknown>)[key];
    const path = child('', key);
    if (key === 'card') {
      // The card's sections are what the official calls them: «Titolo», not «Scheda › Titolo».
      walk(a, b, path, '', out);
    } else if (key === 'steps') {
      walkById(
        mine.steps,
        theirs.steps,
        path,
        '',
        (_step, index) => `Passo ${index + 1}`,
        (x, y, stepPath, stepLabel, o) => {
          for (const k of ['title', 'description', 'visibleIf'] as const) walk(x[k], y[k], child(stepPath, k), join(stepLabel, labelOf(k)), o);
          walkById(x.nodes, y.nodes, child(stepPath, 'nodes'), stepLabel, nodeLabel, compareNodes, o);
        },
        out,
      );
    } else if (key === 'requirements' || key === 'personas') {
      const named = (item: Identified) => `${key === 'requirements' ? 'Requisito' : 'Profilo'} “${(item as { name?: string }).name ?? item.id}”`;
      walkById(a as Identified[], b as Identified[], path, labelOf(key), named, (x, y, p, l, o) => walk(x, y, p, l, o), out);
    } else {
      walk(a, b, path, labelOf(key), out);
    }
  }
  return out;
}

/** True when the two copies differ only in bookkeeping (revision, updatedAt, history). */
export function sameContent(mine: ServiceDefinition, theirs: ServiceDefinition): boolean {
  return diffDefinitions(mine, theirs).length === 0;
}
