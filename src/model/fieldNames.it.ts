/**
 * Italian names of the fields of a service definition, looked up by JSON
 * Pointer, so that a message can say "Il titolo del servizio è obbligatorio"
 * instead of "/card/title: must NOT have fewer than 1 characters".
 *
 * Names carry their article and grammatical gender/number because Italian
 * adjectives agree with them (obbligatorio / obbligatoria / obbligatori).
 */
import { pointerSegments } from './issues';

/** An Italian noun phrase with its article, e.g. `{ text: 'la chiave', gender: 'f' }`. */
export interface FieldName {
  text: string;
  gender: 'm' | 'f';
  plural?: boolean;
}

const m = (text: string): FieldName => ({ text, gender: 'm' });
const f = (text: string): FieldName => ({ text, gender: 'f' });
const mp = (text: string): FieldName => ({ text, gender: 'm', plural: true });
const fp = (text: string): FieldName => ({ text, gender: 'f', plural: true });

/**
 * Names by normalised path: array indexes become `*`, and a node at any depth
 * (`/steps/*\/nodes/*\/children/*…`) is folded to `/steps/*\/nodes/*`.
 * Card section names are the exact labels the UI shows (Designers Italia).
 */
const NAMES: Readonly<Record<string, FieldName>> = {
  '': m('il documento'),
  '/formatVersion': f('la versione del formato'),
  '/id': m("l'identificativo del servizio"),
  '/revision': f('la revisione'),
  '/createdAt': f('la data di creazione'),
  '/updatedAt': f("la data dell'ultima modifica"),
  '/derivedFrom': f("l'origine della copia"),
  '/derivedFrom/id': m("l'identificativo del servizio di origine"),
  '/derivedFrom/revision': f('la revisione del servizio di origine'),
  '/derivedFrom/title': m('il titolo del servizio di origine'),
  '/status': m('lo stato del servizio'),
  '/schedule': m('il periodo di apertura'),
  '/schedule/opensAt': f('la data di apertura'),
  '/schedule/closesAt': f('la data di chiusura'),
  '/card': f('la scheda del servizio'),
  '/card/title': m('il titolo del servizio'),
  '/card/short_description': f('la descrizione breve'),
  '/card/description': f('la descrizione «Cos’è»'),
  '/card/category': f('la categoria'),
  '/card/topics': mp('gli argomenti'),
  '/card/topics/*': m("l'argomento"),
  '/card/audience': mp('i destinatari'),
  '/card/who': f('la sezione «A chi è rivolto»'),
  '/card/how_to_do': f('la sezione «Come fare»'),
  '/card/what_you_need': f('la sezione «Cosa serve»'),
  '/card/what_you_get': f('la sezione «Cosa si ottiene»'),
  '/card/times_and_deadlines': f('la sezione «Tempi e scadenze»'),
  '/card/access': f('la sezione «Accedi al servizio»'),
  '/card/access/channel': m("il canale d'accesso"),
  '/card/access/text': m('il testo di «Accedi al servizio»'),
  '/card/access/url': m("l'indirizzo di «Accedi al servizio»"),
  '/card/conditions': f('la sezione «Condizioni di servizio»'),
  '/card/conditions_file_url': m('il link al documento delle condizioni di servizio'),
  '/card/costs': mp('i costi'),
  '/card/special_cases': mp('i casi particolari'),
  '/card/more_info': fp('le ulteriori informazioni'),
  '/card/office': m("l'ufficio responsabile"),
  '/card/office/name': m("il nome dell'ufficio"),
  '/card/office/address': m("l'indirizzo dell'ufficio"),
  '/card/office/phone': m("il telefono dell'ufficio"),
  '/card/office/email': f("l'email dell'ufficio"),
  '/card/office/pec': f("la PEC dell'ufficio"),
  '/card/office/openingHours': mp("gli orari dell'ufficio"),
  '/card/max_response_days': m('il tempo massimo di risposta'),
  '/requirements': mp('i requisiti'),
  '/requirements/*': m('il requisito'),
  '/requirements/*/id': m("l'identificativo del requisito"),
  '/requirements/*/name': m('il nome del requisito'),
  '/requirements/*/rule': f('la regola del requisito'),
  '/requirements/*/message': m('il messaggio del requisito'),
  '/steps': mp('i passi'),
  '/steps/*': m('il passo'),
  '/steps/*/id': m("l'identificativo del passo"),
  '/steps/*/title': m('il titolo del passo'),
  '/steps/*/description': f('la descrizione del passo'),
  '/steps/*/visibleIf': f('la condizione di visibilità del passo'),
  '/steps/*/nodes': mp('gli elementi del passo'),
  '/steps/*/nodes/*': m("l'elemento"),
  '/steps/*/nodes/*/id': m("l'identificativo dell'elemento"),
  '/steps/*/nodes/*/type': m("il tipo dell'elemento"),
  '/steps/*/nodes/*/key': f('la chiave'),
  '/steps/*/nodes/*/props': fp("le proprietà dell'elemento"),
  '/steps/*/nodes/*/visibleIf': f("la condizione di visibilità dell'elemento"),
  '/steps/*/nodes/*/children': mp('gli elementi contenuti'),
  '/languages': fp('le lingue'),
  '/languages/default': f('la lingua predefinita'),
  '/languages/available': fp('le lingue disponibili'),
  '/languages/available/*': f('la lingua'),
  '/translations': fp('le traduzioni'),
  '/technical': fp('le impostazioni tecniche'),
  '/technical/accessLevel': m("il livello d'accesso"),
  '/technical/workflow': m('il flusso di lavorazione'),
  '/technical/protocol': m('il protocollo'),
  '/technical/protocol/enabled': f("l'attivazione del protocollo"),
  '/technical/protocol/registry': m('il registro di protocollo'),
  '/technical/protocol/classification': f('la classificazione di protocollo'),
  '/technical/payment': m('il pagamento'),
  '/technical/payment/gateway': m('il gateway di pagamento'),
  '/technical/payment/entityTaxCode': m("il codice fiscale dell'ente creditore"),
  '/technical/payment/taxonomyCode': m('il codice tassonomico pagoPA'),
  '/technical/integrations': fp('le integrazioni'),
  '/technical/integrations/*': f("l'integrazione"),
  '/technical/integrations/*/id': m("l'identificativo dell'integrazione"),
  '/technical/integrations/*/name': m("il nome dell'integrazione"),
  '/technical/integrations/*/url': m("l'indirizzo dell'integrazione"),
  '/technical/integrations/*/event': m("l'evento dell'integrazione"),
  '/personas': mp('i profili di prova'),
  '/personas/*': m('il profilo di prova'),
  '/personas/*/id': m("l'identificativo del profilo di prova"),
  '/personas/*/name': m('il nome del profilo di prova'),
  '/personas/*/answers': fp('le risposte del profilo di prova'),
  '/history': f('la cronologia delle modifiche'),
  '/history/*': f('la voce di cronologia'),
  '/history/*/at': f('la data della modifica'),
  '/history/*/revision': f('la revisione della modifica'),
  '/history/*/role': m('il ruolo di chi ha modificato'),
  '/history/*/action': f("l'azione registrata"),
};

/** The Italian name of the value at `path` (a JSON Pointer). */
export function fieldName(path: string): FieldName {
  const segments = pointerSegments(path);
  // Open records: name the entry by its own key.
  if (segments[0] === 'translations' && segments.length >= 2) {
    return segments.length === 2
      ? fp(`le traduzioni in «${segments[1]}»`)
      : f(`la traduzione «${segments.slice(2).join('/')}» in «${segments[1]}»`);
  }
  const propsAt = segments.indexOf('props');
  if (propsAt >= 0 && propsAt < segments.length - 1 && segments[0] === 'steps') {
    return f(`la proprietà «${segments[propsAt + 1]}» dell'elemento`);
  }
  const answersAt = segments.indexOf('answers');
  if (answersAt >= 0 && answersAt < segments.length - 1 && segments[0] === 'personas') {
    return f(`la risposta «${segments[answersAt + 1]}» del profilo di prova`);
  }
  const normalised = segments
    .map((s) => (/^\d+$/.test(s) ? '*' : s))
    .join('/')
    .replace(/(nodes\/\*)(\/children\/\*)+/g, '$1');
  const key = normalised === '' ? '' : `/${normalised}`;
  return NAMES[key] ?? m(`il campo «${segments[segments.length - 1]}»`);
}

/** "il titolo" → "Il titolo". */
export function capitalised(name: FieldName): string {
  return name.text.charAt(0).toUpperCase() + name.text.slice(1);
}

/**
 * The adjective form that agrees with the name. `forms` are masculine
 * singular, feminine singular, masculine plural, feminine plural; a single
 * stem stands for the regular -o/-a/-i/-e ("valid" → valido, valida, …).
 */
export function agree(name: FieldName, forms: string | readonly [string, string, string, string]): string {
  const all = typeof forms === 'string' ? ([`${forms}o`, `${forms}a`, `${forms}i`, `${forms}e`] as const) : forms;
  return all[(name.gender === 'm' ? 0 : 1) + (name.plural ? 2 : 0)];
}

/** "è" or "sono". */
export function be(name: FieldName): string {
  return name.plural ? 'sono' : 'è';
}

/** "deve" or "devono". */
export function must(name: FieldName): string {
  return name.plural ? 'devono' : 'deve';
}

const ARTICLES: ReadonlyArray<[string, Record<'in' | 'di', string>]> = [
  ["l'", { in: "nell'", di: "dell'" }],
  ['il ', { in: 'nel ', di: 'del ' }],
  ['lo ', { in: 'nello ', di: 'dello ' }],
  ['la ', { in: 'nella ', di: 'della ' }],
  ['i ', { in: 'nei ', di: 'dei ' }],
  ['gli ', { in: 'negli ', di: 'degli ' }],
  ['le ', { in: 'nelle ', di: 'delle ' }],
];

/** Preposition joined with the article: ("in", "la scheda") → "nella scheda". */
export function withPreposition(preposition: 'in' | 'di', name: FieldName): string {
  for (const [article, joined] of ARTICLES) {
    if (name.text.startsWith(article)) return joined[preposition] + name.text.slice(article.length);
  }
  return `${preposition} ${name.text}`;
}
