/**
 * fast-check arbitraries of valid service definitions, for property tests
 * here and in other layers (compiler, runtime, persistence): random steps,
 * nested nodes, unique ids and keys, every optional part sometimes present.
 *
 * Every generated value is plain JSON data that survives
 * `JSON.stringify` → `JSON.parse` exactly (no `-0`, no `undefined`, no
 * `__proto__` keys) and passes `validate()`.
 */
import fc from 'fast-check';
import { FORMAT_VERSION } from './formatConstants';
import type { FlowNode, JsonLogicRule, Schedule, ServiceDefinition, Step } from './types';

/** fc.record producing objects with Object.prototype, as JSON.parse does. */
function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}

/** JSON data that round-trips exactly through JSON text. */
export function arbJsonValue(maxDepth = 2): fc.Arbitrary<unknown> {
  return fc
    .jsonValue({ maxDepth })
    .filter((value) => !JSON.stringify(value).includes('"__proto__"'))
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown); // -0 → 0
}

/** Text of `min`..`max` code points: mostly ASCII, sometimes any code point (lone surrogates included). */
export function arbText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength }), weight: 4 },
    { arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }), weight: 1 },
    {
      arbitrary: fc.constantFrom('Città di nascita', 'Perché è richiesto?', 'ISEE corrente (€)', 'Nucleo familiare'),
      weight: 1,
    },
  ).filter((s) => [...s].length >= minLength && [...s].length <= maxLength);
}

const arbRawId = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const arbRawKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/);
const arbLanguage = fc.stringMatching(/^[a-z]{2}$/);
const arbSafeKey = fc.string({ maxLength: 12 }).filter((k) => k !== '__proto__');
const arbDateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A JsonLogic rule: realistic shapes over a few keys, or any JSON (the format accepts any). */
export const arbRule: fc.Arbitrary<JsonLogicRule> = fc.oneof(
  fc.boolean(),
  record({ '==': fc.tuple(record({ var: arbRawKey }), fc.oneof(fc.boolean(), fc.integer(), fc.string())) }),
  record({ '>': fc.tuple(record({ var: arbRawKey }), fc.integer({ min: 0, max: 100_000 })) }),
  arbJsonValue(3) as fc.Arbitrary<JsonLogicRule>,
);

const NODE_TYPES = ['text', 'number', 'date', 'email', 'iban', 'consent', 'applicant', 'isee', 'codice_fiscale', 'firma.digitale-v2'];
const CONTAINER_TYPES = ['section', 'repeatable_group'];

const arbProps = fc.dictionary(arbSafeKey, arbJsonValue(2), { maxKeys: 4, noNullPrototype: true });

function nodeRecord(type: fc.Arbitrary<string>, children?: fc.Arbitrary<FlowNode[]>): fc.Arbitrary<FlowNode> {
  return fc.record(
    {
      id: arbRawId,
      type,
      key: arbRawKey,
      props: arbProps,
      visibleIf: arbRule,
      ...(children ? { children } : {}),
    },
    {
      requiredKeys: children ? ['id', 'type', 'key', 'props', 'children'] : ['id', 'type', 'key', 'props'],
      noNullPrototype: true,
    },
  ) as fc.Arbitrary<FlowNode>;
}

/** A node, possibly a container with nested nodes (ids and keys not yet unique). */
export const arbFlowNode: fc.Arbitrary<FlowNode> = fc.letrec<{ node: FlowNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthSize: 'small', withCrossShrink: true },
    nodeRecord(fc.constantFrom(...NODE_TYPES)),
    nodeRecord(fc.constantFrom(...CONTAINER_TYPES), fc.array(tie('node'), { maxLength: 4 })),
  ),
})).node;

const arbStep: fc.Arbitrary<Step> = fc.record(
  {
    id: arbRawId,
    title: arbText(1, 40),
    description: arbText(0, 60),
    visibleIf: arbRule,
    nodes: fc.array(arbFlowNode, { maxLength: 5 }),
  },
  { requiredKeys: ['id', 'title', 'nodes'], noNullPrototype: true },
);

const arbCard = record({
  title: arbText(1, 60),
  short_description: arbText(1, 80),
  description: arbText(0, 80),
  category: arbText(0, 30),
  topics: fc.array(arbText(0, 20), { maxLength: 4 }),
  audience: arbText(0, 30),
  who: arbText(0, 60),
  how_to_do: arbText(0, 60),
  what_you_need: arbText(0, 60),
  what_you_get: arbText(0, 60),
  times_and_deadlines: arbText(0, 60),
  access: record({
    channel: fc.constantFrom('online' as const, 'booking' as const, 'generic' as const),
    text: arbText(0, 40),
    url: arbText(0, 40),
  }),
  conditions: arbText(0, 60),
  conditions_file_url: arbText(0, 40),
  costs: arbText(0, 40),
  special_cases: arbText(0, 40),
  more_info: arbText(0, 40),
  office: fc.record(
    {
      name: arbText(0, 40),
      address: arbText(0, 40),
      phone: arbText(0, 20),
      email: arbText(0, 40),
      pec: arbText(0, 40),
      openingHours: arbText(0, 40),
    },
    { requiredKeys: ['name', 'address', 'phone', 'email', 'openingHours'], noNullPrototype: true },
  ),
  max_response_days: fc.integer({ min: 0, max: 3650 }),
});

/** Status and a coherent schedule: a scheduled service has both bounds, closing after opening. */
const arbStatusAndSchedule = fc
  .tuple(
    fc.constantFrom('draft' as const, 'published' as const, 'scheduled' as const, 'suspended' as const, 'private' as const),
    arbDateTime,
    fc.integer({ min: 1000, max: 400 * 24 * 3600 * 1000 }),
    fc.constantFrom('absent', 'null', 'value'),
    fc.constantFrom('absent', 'null', 'value'),
  )
  .map(([status, opensAt, durationMs, opensMode, closesMode]) => {
    const closesAt = new Date(Math.min(Date.parse(opensAt) + durationMs, Date.parse('2099-12-31T23:59:59.999Z'))).toISOString();
    const bound = (mode: string, value: string) => (status === 'scheduled' || mode === 'value' ? value : mode === 'null' ? null : undefined);
    const schedule: Schedule = {};
    const opens = bound(opensMode, opensAt);
    const closes = bound(closesMode, closesAt);
    if (opens !== undefined) schedule.opensAt = opens;
    if (closes !== undefined) schedule.closesAt = closes;
    return { status, schedule };
  })
  .filter(({ schedule }) => !schedule.opensAt || !schedule.closesAt || schedule.closesAt > schedule.opensAt);

const arbLanguages = fc
  .tuple(fc.uniqueArray(arbLanguage, { minLength: 1, maxLength: 3 }), fc.nat())
  .map(([available, i]) => ({ default: available[i % available.length], available }));

const arbTranslations = fc.dictionary(
  arbLanguage,
  fc.dictionary(arbSafeKey, arbText(0, 30), { maxKeys: 3, noNullPrototype: true }),
  { maxKeys: 2, noNullPrototype: true },
);

const arbTechnical = record({
  accessLevel: fc.constantFrom('anonymous' as const, 'social' as const, 'spid_l1' as const, 'spid_l2' as const, 'cie' as const),
  workflow: fc.constantFrom('approval' as const, 'forward' as const),
  protocol: record({ enabled: fc.boolean(), registry: arbText(0, 30), classification: arbText(0, 20) }),
  payment: record({ gateway: arbText(0, 20), entityTaxCode: arbText(0, 16), taxonomyCode: arbText(0, 30) }),
  integrations: fc.array(record({ id: arbRawId, name: arbText(0, 30), url: arbText(0, 40), event: arbText(0, 20) }), {
    maxLength: 2,
  }),
});

const arbRaw = record({
  id: arbRawId,
  revision: fc.nat({ max: 1_000_000 }),
  createdAt: arbDateTime,
  updatedAt: arbDateTime,
  derivedFrom: fc.option(record({ id: arbRawId, revision: fc.nat({ max: 1000 }), title: arbText(0, 60) }), { nil: null }),
  statusAndSchedule: arbStatusAndSchedule,
  card: arbCard,
  requirements: fc.array(record({ id: arbRawId, name: arbText(1, 40), rule: arbRule, message: arbText(1, 60) }), {
    maxLength: 3,
  }),
  steps: fc.array(arbStep, { minLength: 1, maxLength: 4 }),
  languages: arbLanguages,
  translations: arbTranslations,
  technical: arbTechnical,
  personas: fc.array(
    record({
      id: arbRawId,
      name: arbText(1, 30),
      answers: fc.dictionary(arbSafeKey, arbJsonValue(2), { maxKeys: 3, noNullPrototype: true }),
    }),
    { maxLength: 2 },
  ),
  history: fc.array(
    record({
      at: arbDateTime,
      revision: fc.nat({ max: 1000 }),
      role: fc.constantFrom('official' as const, 'technical' as const),
      action: arbText(0, 40),
    }),
    { maxLength: 3 },
  ),
});

/** Makes values unique within one namespace by suffixing repeats (`x`, `x-2`, …). */
function uniquifier(separator: '-' | '_') {
  const seen = new Set<string>();
  return (value: string): string => {
    let candidate = value;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${value}${separator}${n}`;
    seen.add(candidate);
    return candidate;
  };
}

function withUniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const unique = uniquifier('-');
  return items.map((item) => ({ ...item, id: unique(item.id) }));
}

/** An arbitrary of valid service definitions (validate() returns no issue). */
export function arbServiceDefinition(): fc.Arbitrary<ServiceDefinition> {
  return arbRaw.map(({ statusAndSchedule, technical, steps, ...rest }) => {
    // Node ids and keys are unique across the whole service; fresh copies
    // are built (never mutating fast-check's values, which it may reuse).
    const nodeId = uniquifier('-');
    const key = uniquifier('_');
    const fix = (node: FlowNode): FlowNode => ({
      ...node,
      id: nodeId(node.id),
      key: key(node.key),
      ...(node.children ? { children: node.children.map(fix) } : {}),
    });
    return {
      formatVersion: FORMAT_VERSION,
      ...rest,
      status: statusAndSchedule.status,
      schedule: statusAndSchedule.schedule,
      requirements: withUniqueIds(rest.requirements),
      steps: withUniqueIds(steps).map((step) => ({ ...step, nodes: step.nodes.map(fix) })),
      technical: { ...technical, integrations: withUniqueIds(technical.integrations) },
      personas: withUniqueIds(rest.personas),
    };
  });
}
