/**
 * The contract every block type fulfils: field types, containers and pattern
 * blocks alike. The palette, the inspector, the compiler and the preview read
 * these definitions; nothing outside `src/blocks/` switches on a node's type.
 *
 * A definition is pure data + pure functions (no React), so that the compiler,
 * the CLI validator and the server can use it. Canvas views, when a type needs
 * a special one, live beside it as `CanvasView.tsx` and are registered in
 * `views.ts`.
 */
import type { FlowNode, JsonLogicRule } from '../model/types';
import type { FormioComponent, FormioContext } from './shared/formio';

/** A JSON Schema fragment (draft-07), as @rjsf/core and Ajv read it. */
export type JsonSchema = Record<string, unknown>;
/** An rjsf uiSchema fragment. */
export type UiSchema = Record<string, unknown>;

export type PaletteGroup = 'fields' | 'personal' | 'patterns' | 'layout';

/** Italian and English labels of a palette group, in palette order. */
export const PALETTE_GROUPS: ReadonlyArray<{ id: PaletteGroup; it: string; en: string }> = [
  { id: 'fields', it: 'Campi', en: 'Fields' },
  { id: 'personal', it: 'Dati personali', en: 'Personal data' },
  { id: 'patterns', it: 'Mattoncini', en: 'Building blocks' },
  { id: 'layout', it: 'Layout', en: 'Layout' },
];

/** What compiling one node produces: its property in the step's object schema. */
export interface CompiledNode {
  /** JSON Schema of the node's answer; absent for nodes with no input (informative text). */
  schema?: JsonSchema;
  uiSchema: UiSchema;
  /** Whether the answer is required in the enclosing object. */
  required: boolean;
}

/** Context handed to a type's compile(): lets containers compile their children. */
export interface CompileContext {
  /** Compile a list of child nodes into an object schema + uiSchema (for containers). */
  compileChildren(children: FlowNode[]): { schema: JsonSchema; uiSchema: UiSchema };
  /** Target language of user-visible texts ('it' by default). */
  language: string;
}

export interface BlockDefinition<P extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable type id stored in the JSON (`text`, `codice_fiscale`, `booking`, …). */
  type: string;
  /** Human label in the palette and on the canvas. */
  label: { it: string; en: string };
  /** One-line description shown as the palette item's hint. */
  description: { it: string; en: string };
  /** SVG path data (24×24 viewBox, stroke icon) drawn in the palette and on the canvas. */
  icon: string;
  group: PaletteGroup;
  /**
   * Base of the key of a new node when its label would make a poor one
   * (a consent's label is a whole sentence): `consenso_privacy`, `richiedente`.
   * Optional; by default the key comes from the default label.
   */
  defaultKey?: string;
  /** Containers (section, repeatable group) hold child nodes. */
  container?: boolean;
  /** Default props of a newly inserted node; must validate against `propsSchema`. */
  defaultProps(): P;
  /**
   * JSON Schema of the props; drives the inspector (titles in Italian, `x-widget`
   * hints such as "options", "markdown", "rule") and validates files.
   */
  propsSchema: JsonSchema;
  /** Props that only technical staff may change (read-only for officials). */
  technicalProps: readonly string[];
  /** Compile the node to its answer schema + uiSchema. */
  compile(node: FlowNode & { props: P }, ctx: CompileContext): CompiledNode;
  /** Short canvas summary ("3 opzioni", "max 5 MB"), in Italian. */
  summary?(node: FlowNode & { props: P }): string;
  /** Custom Ajv formats this type uses in its compiled schema (name → check). */
  formats?: Record<string, (value: string) => boolean>;
  /**
   * Optional (pattern blocks). The JsonLogic rules held in the node's props,
   * with pointers relative to the node, so that rule lint covers them
   * (see `patternExtraRules` in `patternRules.ts`) and the inspector can find
   * them. Must not throw on broken props: skip what is not a rule.
   */
  rules?(node: FlowNode & { props: P }): NodeRule[];
  /**
   * Optional (pattern blocks). The values the citizen preview shows for this
   * node given the answers so far (a score with its breakdown, an amount with
   * its explanation, an instalment plan, free booking slots, an expected
   * decision date). Pure: time and rule evaluation come from `ctx`; the
   * result is plain JSON (dates as ISO strings), so it can be shown, stored
   * or exported as it is. `answers` are all the service's answers keyed by
   * field key, as rules see them. Never throws on broken props or answers:
   * what cannot be computed is reported in the result (e.g. `problems`).
   */
  compute?(node: FlowNode & { props: P }, answers: Record<string, unknown>, ctx: ComputeContext): Record<string, unknown>;
  /**
   * Optional (pattern blocks). Which simulator the editor offers for this
   * node ("Simula" in the inspector): `'ranking'` ranks many applicants by the
   * block's criteria and tie-breakers, `'budget'` spends the block's budget
   * over them. The simulator reads the node's props; the inspector reads only
   * this member, so a new pattern gets the button by declaring it here.
   */
  simulator?: BlockSimulator;
  /**
   * Optional. The node as Form.io components, for the OpenCity export
   * (`src/compile/exporters/formio/`): OpenCity's keys where it has a
   * convention (`applicant`, `payment_amount`, `email_address`), JsonLogic
   * (never JavaScript) for computed values through `ctx.calculate`. The first
   * component holds the node's answer; the exporter attaches the node's
   * visibility to every component returned. The built-in types keep theirs
   * in `formio.ts` beside the definition, listed in `formioExports.ts` (out of
   * the editor's first load); without either the exporter converts the
   * compiled schema generically and says so in a warning.
   */
  formio?(node: FlowNode & { props: P }, ctx: FormioContext): FormioComponent | FormioComponent[];
}

/** The simulators the editor can open for a pattern block (see {@link BlockDefinition.simulator}). */
export type BlockSimulator = 'ranking' | 'budget';

/**
 * A JsonLogic rule held in a node's props (a ranking criterion's points, a
 * benefit's amount), as returned by {@link BlockDefinition.rules}.
 */
export interface NodeRule {
  /** JSON pointer relative to the node, e.g. `/props/criteria/0/points`. */
  path: string;
  rule: JsonLogicRule;
  /** List fields whose item fields the rule may name directly (as in rule lint's `scopes`). */
  scopes?: readonly string[];
}

/**
 * What {@link BlockDefinition.compute} needs besides the answers. Injected so
 * that computations stay pure: the preview passes the real clock and
 * `src/rules`' evaluator, tests pass fixed ones.
 */
export interface ComputeContext {
  /** The reference instant ("now"): submission time, today's slots, days since a notification. */
  now: Date;
  /** Evaluates a JsonLogic rule over data; normally `(r, d) => evaluateRule(r, d, { now }).value`. */
  evaluate: (rule: JsonLogicRule, data: Record<string, unknown>) => unknown;
  /** Labels of answer fields by key, to describe formulas in words; keys are shown when absent. */
  labels?: (key: string) => string | undefined;
  /**
   * The node's own answer, when it is not at `answers[node.key]` (a node
   * inside a section nests under the section's key). Absent: read from the key.
   */
  self?: unknown;
}

/** Props every input field shares (label, help, required, …). */
export interface BaseFieldProps extends Record<string, unknown> {
  label: string;
  help?: string;
  required?: boolean;
}
