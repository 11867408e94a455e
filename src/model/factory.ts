import { FORMAT_VERSION } from './formatConstants';
import { newId, type IdGenerator } from './ids';
import type { ServiceCard, ServiceDefinition, TechnicalSettings } from './types';

/** An empty service card: every section present, texts empty. */
export function emptyCard(title: string): ServiceCard {
  return {
    title,
    short_description: '',
    description: '',
    category: '',
    topics: [],
    audience: '',
    who: '',
    how_to_do: '',
    what_you_need: '',
    what_you_get: '',
    times_and_deadlines: '',
    access: { channel: 'online', text: '', url: '' },
    conditions: '',
    conditions_file_url: '',
    costs: '',
    special_cases: '',
    more_info: '',
    office: { name: '', address: '', phone: '', email: '', openingHours: '' },
    max_response_days: 30,
  };
}

/** Technical defaults as OpenCity ships them (SPID level 2, approval workflow). */
export function defaultTechnicalSettings(): TechnicalSettings {
  return {
    accessLevel: 'spid_l2',
    workflow: 'approval',
    protocol: { enabled: false, registry: '', classification: '' },
    payment: { gateway: '', entityTaxCode: '', taxonomyCode: '' },
    integrations: [],
  };
}

/** A new draft service with one empty step. `now` is injected to keep this pure. */
export function createBlankService(
  title: string,
  now: Date = new Date(),
  idGen: IdGenerator = newId,
): ServiceDefinition {
  const at = now.toISOString();
  return {
    formatVersion: FORMAT_VERSION,
    id: idGen(),
    revision: 0,
    createdAt: at,
    updatedAt: at,
    derivedFrom: null,
    status: 'draft',
    schedule: { opensAt: null, closesAt: null },
    card: { ...emptyCard(title), short_description: title },
    requirements: [],
    steps: [{ id: idGen(), title: 'Dati della domanda', nodes: [] }],
    languages: { default: 'it', available: ['it'] },
    translations: {},
    technical: defaultTechnicalSettings(),
    personas: [],
    history: [],
  };
}
