/**
 * The contract every block type must honour, as a reusable test suite:
 * `describeBlockContract(textBlock)` in each type's definition.test.ts.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { FlowNode, JsonLogicRule } from '../../model/types';
import { evaluateRule } from '../../rules/evaluate';
import { createNode, defaultRegistry } from '../registry';
import type { BlockDefinition, CompileContext, JsonSchema, UiSchema } from '../types';

/** Ajv as rjsf configures it (non-strict: `x-…` keywords are annotations), with our formats. */
export function testAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('data-url', /^data:([a-z]+\/[a-z0-9-+.]+)?;(?:name=(.*);)?base64,(.*)$/);
  for (const [name, check] of Object.entries(defaultRegistry.formats())) ajv.addFormat(name, check);
  return ajv;
}

/** A compile context whose containers compile children with the real blocks (one level, no compiler). */
export function testContext(language = 'it'): CompileContext {
  const ctx: CompileContext = {
    language,
    compileChildren(children: FlowNode[]) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      const uiSchema: UiSchema = { 'ui:order': children.map((c) => c.key) };
      for (const child of children) {
        const out = defaultRegistry.get(child.type)!.compile(child, ctx);
        properties[child.key] = out.schema ?? { type: 'null' };
        uiSchema[child.key] = out.uiSchema;
        if (out.required) required.push(child.key);
      }
      return { schema: { type: 'object', properties, required }, uiSchema };
    },
  };
  return ctx;
}

let counter = 0;
/** A node of `block` with its default props overridden by `props`. */
export function nodeOf<P extends Record<string, unknown>>(
  block: BlockDefinition<P>,
  props: Record<string, unknown> = {},
  key?: string,
): FlowNode & { props: P } {
  counter += 1;
  return {
    id: `n${counter}`,
    type: block.type,
    key: key ?? `${block.type}_${counter}`,
    props: { ...block.defaultProps(), ...props },
    ...(block.container ? { children: [] } : {}),
  } as FlowNode & { props: P };
}

export function describeBlockContract(block: BlockDefinition) {
  describe(`contratto del tipo «${block.type}»`, () => {
    it('è registrato nel registro predefinito', () => {
      expect(defaultRegistry.get(block.type)).toBe(block);
    });

    it('ha etichette, descrizioni e icona', () => {
      expect(block.type).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const text of [block.label.it, block.label.en, block.description.it, block.description.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      // SVG path data only: commands, numbers, separators.
      expect(block.icon).toMatch(/^M[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/);
    });

    it('le proprietà predefinite rispettano lo schema delle proprietà', () => {
      const validate = testAjv().compile(block.propsSchema);
      const ok = validate(block.defaultProps());
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it('ogni proprietà dello schema ha un titolo in italiano; le proprietà tecniche esistono', () => {
      const properties = (block.propsSchema.properties ?? {}) as Record<string, JsonSchema>;
      for (const [name, schema] of Object.entries(properties)) {
        expect(typeof schema.title, `titolo di ${name}`).toBe('string');
      }
      for (const name of block.technicalProps) expect(properties).toHaveProperty(name);
      expect(properties).not.toHaveProperty('key');
    });

    it('defaultProps() restituisce ogni volta un oggetto nuovo', () => {
      expect(block.defaultProps()).not.toBe(block.defaultProps());
      expect(block.defaultProps()).toEqual(block.defaultProps());
    });

    it('createNode dà una chiave snake_case valida', () => {
      const node = createNode(defaultRegistry, block.type, new Set());
      expect(node.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(node.key.length).toBeLessThanOrEqual(64);
      expect(node.props).toEqual(block.defaultProps());
      expect(Array.isArray(node.children)).toBe(block.container === true);
    });

    it('compila in JSON serializzabile, che Ajv accetta', () => {
      const out = block.compile(nodeOf(block), testContext());
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      if (out.schema) {
        expect(() => testAjv().compile(out.schema!)).not.toThrow();
        // Every message is a non-empty string.
        const messages = (out.schema['x-messages'] ?? {}) as Record<string, unknown>;
        for (const m of Object.values(messages)) expect(typeof m === 'string' && m.length > 0).toBe(true);
      }
    });

    it('compila senza errori anche con proprietà vuote o rovinate', () => {
      const broken: FlowNode = { id: 'rotto', type: block.type, key: 'rotto', props: { label: 42, options: 'x', accept: 3 } };
      expect(() => block.compile(broken, testContext())).not.toThrow();
      expect(() => block.compile({ ...broken, props: {} }, testContext())).not.toThrow();
    });

    it('il riassunto, se c’è, è una stringa', () => {
      if (block.summary) expect(typeof block.summary(nodeOf(block))).toBe('string');
    });

    it('i formati personalizzati sono funzioni', () => {
      for (const check of Object.values(block.formats ?? {})) expect(typeof check).toBe('function');
    });

    it('le regole, se ci sono, puntano a dove stanno nelle proprietà', () => {
      if (!block.rules) return;
      const node = nodeOf(block);
      for (const { path, rule } of block.rules(node)) {
        expect(path).toMatch(/^\/props\//);
        // Follow the pointer into the node: it must lead to the rule itself.
        const found = path
          .split('/')
          .slice(1)
          .reduce<unknown>((at, token) => (at as Record<string, unknown>)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], node);
        expect(found).toEqual(rule);
      }
      const broken: FlowNode = { id: 'rotto', type: block.type, key: 'rotto', props: { criteria: 'x', amount: undefined } };
      expect(() => block.rules!(broken)).not.toThrow();
    });

    it('il calcolo per l’anteprima, se c’è, dà JSON anche senza risposte o con proprietà rovinate', () => {
      if (!block.compute) return;
      const now = new Date('2027-03-01T09:30:00Z');
      const ctx = {
        now,
        evaluate: (rule: JsonLogicRule, data: unknown) => {
          const result = evaluateRule(rule, data, { now });
          return result.ok ? result.value : null;
        },
      };
      const out = block.compute(nodeOf(block), {}, ctx);
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      const broken: FlowNode = { id: 'rotto', type: block.type, key: 'rotto', props: { label: 42, amount: 'x', criteria: 3, offices: {} } };
      expect(() => block.compute!(broken, { rotto: 'x' }, ctx)).not.toThrow();
      expect(() => block.compute!({ ...broken, props: {} }, {}, ctx)).not.toThrow();
    });
  });
}

/** Validates `data` against a compiled schema; returns the failing keywords. */
export function failingKeywords(schema: JsonSchema, data: unknown): string[] {
  const validate = testAjv().compile(schema);
  validate(data);
  return (validate.errors ?? []).map((e) => e.keyword);
}
