/**
 * Validation of a service definition: the published JSON Schema (via Ajv),
 * then the semantic checks, with every problem as an Italian `Issue`.
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { createBlankService } from './factory';
import { childPath, type Issue } from './issues';
import { schemaErrorMessage, semanticMessages } from './messages.it';
import { definitionJsonSchema } from './publishedSchemaJson';
import { MAX_NODE_DEPTH, semanticIssues } from './semantics';

// Compiled once, at module load: compiling costs milliseconds, validating a
// 1,000-field service costs far less. `verbose` keeps the offending value on
// each error so that messages can quote it.
const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
addFormats(ajv);
const checkSchema = ajv.compile(definitionJsonSchema);

// One tiny validation at load time: the engine compiles the large generated
// validator on its first call (measured ≈ 6–10 ms); paying that here, while
// the app starts, keeps the first restore() of a big service as fast as the
// next ones (≈ 2–3 ms of validation for 1,000 fields instead of ≈ 8–18 ms).
checkSchema({
  ...createBlankService('Avvio', new Date(0), () => 'avvio'),
  steps: [
    {
      id: 'avvio',
      title: 'Avvio',
      nodes: [{ id: 'a', type: 'section', key: 'a', props: { label: 'A' }, children: [{ id: 'b', type: 'text', key: 'b', props: {} }] }],
    },
  ],
});

/** Where an Ajv error points: for a missing or unknown property, the property itself. */
function errorPath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return childPath(error.instancePath, String(params.missingProperty));
  if (error.keyword === 'additionalProperties') return childPath(error.instancePath, String(params.additionalProperty));
  return error.instancePath;
}

const isBranchOf = (anyOf: ErrorObject, e: ErrorObject) =>
  e.schemaPath.startsWith(`${anyOf.schemaPath}/`) && e.instancePath.startsWith(anyOf.instancePath);

/**
 * Replaces an `anyOf` failure and the failures of each of its branches with
 * what the user needs to read: a value failing every literal of a union of
 * literals becomes one `enum` error; a value of the right type for one branch
 * (a malformed date in "date or null") keeps only that branch's errors; a
 * value of no accepted type becomes one `type` error listing them.
 */
function collapseAnyOf(anyOf: ErrorObject, branchErrors: ErrorObject[]): ErrorObject[] {
  const atSelf = (e: ErrorObject) => e.instancePath === anyOf.instancePath;
  const branchOf = (e: ErrorObject) => e.schemaPath.slice(anyOf.schemaPath.length + 1).split('/')[0];
  const mismatched = new Set(
    branchErrors.filter((e) => atSelf(e) && (e.keyword === 'type' || e.keyword === 'const')).map(branchOf),
  );
  const relevant = branchErrors.filter((e) => !mismatched.has(branchOf(e)));
  if (relevant.length > 0) return relevant;
  const consts = branchErrors.filter((e) => atSelf(e) && e.keyword === 'const').map((e) => e.params.allowedValue);
  const types = branchErrors
    .filter((e) => atSelf(e) && e.keyword === 'type')
    .map((e) => String((e.params as { type: unknown }).type));
  if (consts.length > 0) {
    const allowedValues = types.includes('null') ? [...consts, null] : consts;
    return [{ ...anyOf, keyword: 'enum', params: { allowedValues } }];
  }
  return [{ ...anyOf, keyword: 'type', params: { type: types.join(',') } }];
}

function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf') {
      out.push(error);
      continue;
    }
    // Ajv reports a branch's errors before the anyOf that failed; inner
    // anyOfs have already been collapsed by the time the outer one arrives.
    const branchErrors = out.filter((e) => isBranchOf(error, e));
    const kept = out.filter((e) => !isBranchOf(error, e));
    out.length = 0;
    out.push(...kept, ...collapseAnyOf(error, branchErrors));
  }
  return out;
}

/** Keyword that, at a given path, makes every other error there noise. */
function dominates(e: ErrorObject): boolean {
  return e.keyword === 'type' || (e.keyword === 'minLength' && e.data === '');
}

/** Turns Ajv's raw errors into one clear Italian issue per problem. */
export function issuesFromAjv(errors: readonly ErrorObject[]): Issue[] {
  const simplified = simplify(errors);
  const dominated = new Set(simplified.filter(dominates).map(errorPath));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of simplified) {
    const path = errorPath(error);
    if (dominated.has(path) && !dominates(error)) continue;
    const message = schemaErrorMessage(error, path);
    const id = `${path}\n${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push({ path, message });
  }
  return issues;
}

/** Problems found by the published JSON Schema alone. */
export function schemaIssues(value: unknown): Issue[] {
  try {
    if (checkSchema(value)) return [];
  } catch {
    // Ajv recurses along nested nodes: absurd nesting overflows the stack.
    // restore() bounds nesting before this point; direct callers get an issue.
    return [{ path: '', message: semanticMessages.tooDeep(MAX_NODE_DEPTH) }];
  }
  return issuesFromAjv(checkSchema.errors ?? []);
}

/**
 * Every problem of a would-be service definition: schema first, then the
 * semantic checks (unique ids and keys, schedule, languages). An empty list
 * means the value is a valid `ServiceDefinition`.
 */
export function validate(value: unknown): Issue[] {
  return [...schemaIssues(value), ...semanticIssues(value)];
}

/** Whether `value` is a valid service definition. */
export function isValidDefinition(value: unknown): boolean {
  return validate(value).length === 0;
}
