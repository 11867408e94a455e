/**
 * The block registry: the one place that knows which node types exist. The
 * palette, the inspector, the compiler and the preview ask it; nothing else
 * switches on a node's type.
 */
import type { FlowNode } from '../model/types';
import { newId, type IdGenerator } from '../model/ids';
import { defaultBlocks } from './defaultBlocks';
import { slugKey } from './slug';
import type { BlockDefinition, PaletteGroup } from './types';

/** A custom format check, as Ajv and @rjsf/validator-ajv8 take it. */
export type FormatCheck = (value: string) => boolean;

export interface BlockRegistry {
  /** The definition of a type, or undefined for an unknown type (e.g. from a newer file). */
  get(type: string): BlockDefinition | undefined;
  has(type: string): boolean;
  /** All definitions in registration (palette) order. */
  all(): readonly BlockDefinition[];
  /** Definitions of one palette group, in registration order. */
  byGroup(group: PaletteGroup): readonly BlockDefinition[];
  /**
   * Every custom format the registered types use (name → check), merged once.
   * The same object is returned on every call, so validators can be cached by it.
   */
  formats(): Readonly<Record<string, FormatCheck>>;
}

/**
 * Builds a registry. Throws on a duplicate type id or on two types declaring
 * the same format name with different checks: both are programming errors.
 */
export function createRegistry(blocks: readonly BlockDefinition[]): BlockRegistry {
  const byType = new Map<string, BlockDefinition>();
  const groups = new Map<PaletteGroup, BlockDefinition[]>();
  const formats: Record<string, FormatCheck> = {};
  for (const block of blocks) {
    if (byType.has(block.type)) throw new Error(`Tipo di blocco duplicato: ${block.type}`);
    byType.set(block.type, block);
    const list = groups.get(block.group) ?? [];
    list.push(block);
    groups.set(block.group, list);
    for (const [name, check] of Object.entries(block.formats ?? {})) {
      if (formats[name] && formats[name] !== check) {
        throw new Error(`Il formato «${name}» è definito in due modi diversi (tipo ${block.type})`);
      }
      formats[name] = check;
    }
  }
  const all = Object.freeze([...blocks]);
  const empty: readonly BlockDefinition[] = Object.freeze([]);
  Object.freeze(formats);
  return {
    get: (type) => byType.get(type),
    has: (type) => byType.has(type),
    all: () => all,
    byGroup: (group) => groups.get(group) ?? empty,
    formats: () => formats,
  };
}

/** The registry of the built-in types. */
export const defaultRegistry: BlockRegistry = createRegistry(defaultBlocks);

/**
 * A new node of `type`: fresh id, the type's default props, and a unique
 * snake_case key derived from the type's `defaultKey`, else its default
 * Italian label (else the type's label).
 * Containers start with an empty `children` list.
 */
export function createNode(
  registry: BlockRegistry,
  type: string,
  takenKeys: ReadonlySet<string>,
  idGen: IdGenerator = newId,
): FlowNode {
  const block = registry.get(type);
  if (!block) throw new Error(`Tipo di blocco sconosciuto: ${type}`);
  const props = block.defaultProps();
  const label = typeof props.label === 'string' && props.label.trim() ? props.label : block.label.it;
  const node: FlowNode = { id: idGen(), type, key: slugKey(block.defaultKey ?? label, takenKeys), props };
  if (block.container) node.children = [];
  return node;
}
