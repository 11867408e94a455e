/**
 * Which options reserved to technical staff differ between two versions of a
 * service: the server refuses an official's update that changes any of them
 * (403 naming each), and the app can say the same before sending.
 *
 * Reserved are everything under `technical` and, on each node, the props its
 * block definition lists in `technicalProps`. Nodes are matched by id, so a
 * move is not a change; a new node counts when a reserved prop differs from
 * its block's default; a removed node does not count (removing a field is an
 * official's call). Pure: no React, no storage.
 */
import type { ForbiddenOption } from '../model/api';
import type { FlowNode, ServiceDefinition } from '../model/types';
import { childPath } from '../model/issues';
import { defaultRegistry, type BlockRegistry } from './registry';

/** Labels of the technical settings, as the «Impostazioni tecniche» page names them. */
const TECHNICAL_LABELS: ReadonlyArray<{ path: readonly string[]; label: string }> = [
  { path: ['accessLevel'], label: 'Livello di accesso' },
  { path: ['workflow'], label: 'Flusso di lavorazione' },
  { path: ['protocol', 'enabled'], label: 'Protocollo: protocolla automaticamente le domande' },
  { path: ['protocol', 'registry'], label: 'Protocollo: registro' },
  { path: ['protocol', 'classification'], label: 'Protocollo: classificazione (titolario)' },
  { path: ['payment', 'gateway'], label: 'Pagamenti pagoPA: gateway di pagamento' },
  { path: ['payment', 'entityTaxCode'], label: 'Pagamenti pagoPA: codice fiscale dell’ente creditore' },
  { path: ['payment', 'taxonomyCode'], label: 'Pagamenti pagoPA: codice tassonomico' },
  { path: ['integrations'], label: 'Integrazioni' },
];

/** Structural equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameJson(left[key], right[key])) return false;
  return true;
}

const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);

function technicalSettingChanges(before: unknown, after: unknown): ForbiddenOption[] {
  const found: ForbiddenOption[] = [];
  for (const { path, label } of TECHNICAL_LABELS) {
    if (!sameJson(at(before, path), at(after, path))) found.push({ path: `/technical/${path.join('/')}`, label });
  }
  // A setting added by a later format version is still reserved: named by its key.
  const known = new Set(TECHNICAL_LABELS.map(({ path }) => path[0]));
  const keys = new Set([...Object.keys(asRecord(before)), ...Object.keys(asRecord(after))]);
  for (const key of keys) {
    if (!known.has(key) && !sameJson(asRecord(before)[key], asRecord(after)[key])) {
      found.push({ path: childPath('/technical', key), label: `Impostazione tecnica «${key}»` });
    }
  }
  return found;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

interface PlacedNode {
  node: FlowNode;
  pointer: string;
}

function placedNodes(def: ServiceDefinition): PlacedNode[] {
  const placed: PlacedNode[] = [];
  const visit = (nodes: readonly FlowNode[], pointer: string) =>
    nodes.forEach((node, index) => {
      const nodePointer = `${pointer}/${index}`;
      placed.push({ node, pointer: nodePointer });
      if (Array.isArray(node.children)) visit(node.children, `${nodePointer}/children`);
    });
  (def.steps ?? []).forEach((step, index) => visit(step.nodes ?? [], `/steps/${index}/nodes`));
  return placed;
}

function propLabel(schema: Record<string, unknown>, prop: string): string {
  const title = asRecord(asRecord(schema.properties)[prop]).title;
  return typeof title === 'string' && title !== '' ? title : prop;
}

/**
 * Every reserved option whose value differs from `before` to `after`, with
 * its JSON pointer in `after` and its Italian label. Empty when an official
 * may save `after`.
 */
export function technicalChanges(
  before: ServiceDefinition,
  after: ServiceDefinition,
  registry: BlockRegistry = defaultRegistry,
): ForbiddenOption[] {
  const found = technicalSettingChanges(before.technical, after.technical);
  const previous = new Map(placedNodes(before).map(({ node }) => [node.id, node]));
  for (const { node, pointer } of placedNodes(after)) {
    const block = registry.get(node.type);
    if (!block || block.technicalProps.length === 0) continue;
    const old = previous.get(node.id);
    const baseline = old ? asRecord(old.props) : (block.defaultProps() as Record<string, unknown>);
    const props = asRecord(node.props);
    for (const prop of block.technicalProps) {
      // A new node that leaves a reserved prop out takes its default: no change.
      if (!old && props[prop] === undefined) continue;
      if (!sameJson(baseline[prop], props[prop])) {
        found.push({ path: childPath(`${pointer}/props`, prop), label: propLabel(block.propsSchema, prop) });
      }
    }
  }
  return found;
}
