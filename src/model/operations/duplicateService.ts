import { newId, type IdGenerator } from '../ids';
import type { ServiceDefinition } from '../types';
import { cloneJson, copyNodes, freshIds } from './copyNodes';
import { remapTranslations } from './translations';

export interface DuplicateServiceArgs {
  /** Creation time of the copy. */
  now: Date;
  /** Source of every new id (random UUIDs by default; injected in tests). */
  idGen?: IdGenerator;
  /** Title of the copy; "<title> (copia)" when omitted. */
  title?: string;
}

const MAX_TITLE = 160;
const COPY_SUFFIX = ' (copia)';

function copyTitle(title: string): string {
  return title.slice(0, MAX_TITLE - COPY_SUFFIX.length) + COPY_SUFFIX;
}

/**
 * A new service made from `def` ("Duplica"): the same card, steps, rules,
 * translations, technical settings and personas, with fresh ids for the
 * service and every step, node, requirement, persona and integration (keys
 * unchanged, so rules and personas' answers still apply). It starts over as a
 * draft: revision 0, no schedule, no history, created now, and `derivedFrom`
 * records the source. Nothing is shared with `def`.
 */
export function duplicateService(
  def: ServiceDefinition,
  { now, idGen = newId, title }: DuplicateServiceArgs,
): ServiceDefinition {
  const source = cloneJson(def);
  // Fresh ids must not collide with each other; a colliding generator is retried.
  const nextId = freshIds(idGen, new Set());
  const id = (): string => nextId() ?? idGen();
  const idMap = new Map<string, string>();
  const renew = <T extends { id: string }>(item: T): T => {
    const fresh = id();
    idMap.set(item.id, fresh);
    return { ...item, id: fresh };
  };

  const steps = source.steps.map((step) => {
    const renewed = renew(step);
    const copied = copyNodes(step.nodes, id, undefined);
    copied?.idMap.forEach((to, from) => idMap.set(from, to));
    return { ...renewed, nodes: copied ? copied.nodes : step.nodes };
  });
  const at = now.toISOString();
  return {
    ...source,
    id: id(),
    revision: 0,
    createdAt: at,
    updatedAt: at,
    derivedFrom: { id: def.id, revision: def.revision, title: def.card.title },
    status: 'draft',
    schedule: { opensAt: null, closesAt: null },
    card: { ...source.card, title: title ?? copyTitle(def.card.title) },
    requirements: source.requirements.map(renew),
    steps,
    translations: remapTranslations(source.translations, idMap),
    technical: { ...source.technical, integrations: source.technical.integrations.map(renew) },
    personas: source.personas.map(renew),
    history: [],
  };
}
