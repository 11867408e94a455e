/**
 * Building blocks of the flagship templates: nodes made from the registry's
 * default props (so that every prop an official did not set is what a new
 * node would get, and valid by construction), fixed ids and keys, and the
 * Comune all templates are set in.
 *
 * Ids and keys are written by hand and never generated: a template file must
 * come out byte-identical every time the script runs, and a seeded template
 * must keep its ids across releases (seeding skips ids already stored).
 */
import { checkLetter } from '../../src/blocks/codiceFiscale/checkCodiceFiscale';
import { createNode, defaultRegistry } from '../../src/blocks/registry';
import { defaultTechnicalSettings, emptyCard } from '../../src/model/factory';
import { FORMAT_VERSION } from '../../src/model/schema';
import type { FlowNode, JsonLogicRule, ServiceCard, ServiceDefinition, TechnicalSettings } from '../../src/model/types';

/** The fictional Comune the templates are set in; officials replace it when they adopt a template. */
export const COMUNE = {
  name: 'Borgo Esempio',
  full: 'Comune di Borgo Esempio',
  site: 'https://www.comune.borgoesempio.it',
  services: 'https://servizi.comune.borgoesempio.it',
  townHall: 'Piazza della Repubblica 1, 40100 Borgo Esempio',
  pec: 'protocollo@pec.comune.borgoesempio.it',
} as const;

/** When the templates were written: both timestamps of every template (revision 0). */
export const WRITTEN_AT = '2026-06-15T08:00:00.000Z';

/** Extra node parts besides props. */
export interface NodeExtras {
  visibleIf?: JsonLogicRule;
  children?: FlowNode[];
}

/**
 * A node of `type` with a fixed id and key: the registry's default props
 * (as `createNode` gives a new node in the editor), then `props` on top.
 * Props set to `undefined` are removed (to drop a default, e.g. a placeholder).
 */
export function node(type: string, id: string, key: string, props: Record<string, unknown>, extras: NodeExtras = {}): FlowNode {
  if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`Chiave non valida: ${key}`);
  const made = createNode(defaultRegistry, type, new Set(), () => id);
  const merged: Record<string, unknown> = { ...made.props, ...props };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const out: FlowNode = { id, type, key, props: merged };
  if (extras.visibleIf !== undefined) out.visibleIf = extras.visibleIf;
  if (made.children || extras.children) out.children = extras.children ?? [];
  return out;
}

/** `{"var": path}` */
export const v = (path: string): JsonLogicRule => ({ var: path });
/** `{"==": [{"var": path}, value]}` */
export const is = (path: string, value: JsonLogicRule): JsonLogicRule => ({ '==': [v(path), value] });

/** The full card: an empty card with every section filled by `card`. */
export function card(fields: Omit<ServiceCard, 'office'> & { office: ServiceCard['office'] }): ServiceCard {
  return { ...emptyCard(fields.title), ...fields };
}

/** The privacy consent every template ends with, naming the office that handles the data. */
export function privacyConsent(id: string, purpose: string, extra = ''): FlowNode {
  return node('consent', id, 'consenso_privacy', {
    label: 'Ho letto l’informativa sul trattamento dei dati personali',
    privacyText:
      `I dati personali sono trattati dal **${COMUNE.full}**, titolare del trattamento, solo per ${purpose} ` +
      '(art. 6, par. 1, lett. e del Regolamento UE 2016/679)' +
      (extra ? ` ${extra}` : '') +
      '. I dati sono conservati per il tempo previsto dalle norme sugli archivi pubblici e non sono diffusi. ' +
      'Puoi chiedere l’accesso, la rettifica o la limitazione del trattamento scrivendo al Responsabile della protezione dei dati ' +
      '(rpd@comune.borgoesempio.it). ' +
      `L’informativa completa è pubblicata su [${COMUNE.site.replace('https://', '')}/privacy](${COMUNE.site}/privacy).`,
    required: true,
    policyVersion: '2026-1',
  });
}

/** The self-declaration under DPR 445/2000 that applications with data about income or health carry. */
export function truthfulnessConsent(id: string): FlowNode {
  return node('consent', id, 'dichiarazione_veridicita', {
    label: 'Dichiaro che le informazioni inserite sono vere (artt. 46 e 47 del DPR 445/2000)',
    privacyText:
      'Chi dichiara il falso decade dai benefici ottenuti (art. 75 del DPR 445/2000) ed è punito secondo il codice penale ' +
      '(art. 76). Il Comune controlla a campione le dichiarazioni, anche con l’Agenzia delle Entrate, l’INPS e la Guardia di Finanza.',
    required: true,
    policyVersion: '2026-1',
  });
}

/** Technical settings from OpenCity's defaults with the given overrides. */
export function technical(overrides: Partial<TechnicalSettings>): TechnicalSettings {
  return { ...defaultTechnicalSettings(), ...overrides };
}

/** The fixed parts every template shares. */
export function template(
  parts: Pick<ServiceDefinition, 'id' | 'card' | 'requirements' | 'steps' | 'technical' | 'personas'> &
    Partial<Pick<ServiceDefinition, 'status' | 'schedule'>>,
): ServiceDefinition {
  return {
    formatVersion: FORMAT_VERSION,
    id: parts.id,
    revision: 0,
    createdAt: WRITTEN_AT,
    updatedAt: WRITTEN_AT,
    derivedFrom: null,
    status: parts.status ?? 'published',
    schedule: parts.schedule ?? { opensAt: null, closesAt: null },
    card: parts.card,
    requirements: parts.requirements,
    steps: parts.steps,
    languages: { default: 'it', available: ['it'] },
    translations: {},
    technical: parts.technical,
    personas: parts.personas,
    history: [],
  };
}

/** A data URL as rjsf's file widget stores an attachment (a tiny placeholder file, for personas). */
export function fileAnswer(name: string, mime = 'application/pdf'): string {
  const body = mime === 'application/pdf' ? 'JVBERi0xLjQKJcOkw7zDtsOfCg==' : '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA==';
  return `data:${mime};name=${name};base64,${body}`;
}

/**
 * A codice fiscale from its first 15 characters with the right check letter
 * (personas need codes that pass the field's check; these are made up).
 */
export function codiceFiscale(first15: string): string {
  if (!/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}$/.test(first15)) throw new Error(`Codice fiscale malformato: ${first15}`);
  return first15 + checkLetter(first15);
}
