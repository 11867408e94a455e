/**
 * Which answer holds the household size, for the budget chart "by household
 * size". The benefit block may name it; otherwise the field the amount
 * formula reads (Savona: `componenti_nucleo`, Pisa: the count of the `nucleo`
 * list) is the one that matters, else the first household field of the service.
 */
import type { JsonLogicRule } from '../../model/types';
import { isHouseholdList, isHouseholdSize } from './fieldValues';
import type { SimulatorField } from './types';

/** Every literal `var` path a rule reads. */
export function varsOf(rule: JsonLogicRule, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(rule)) {
    for (const r of rule) varsOf(r, out);
  } else if (rule !== null && typeof rule === 'object') {
    for (const [op, args] of Object.entries(rule)) {
      const first = Array.isArray(args) ? args[0] : args;
      if (op === 'var' && typeof first === 'string' && first !== '') out.add(first);
      else varsOf(args as JsonLogicRule, out);
    }
  }
  return out;
}

/** The household-size field: `named` if given, else one the amount reads, else the first in the catalog. */
export function householdField(fields: readonly SimulatorField[], amount: JsonLogicRule, named?: string): SimulatorField | undefined {
  const isHousehold = (f: SimulatorField) => isHouseholdSize(f) || isHouseholdList(f);
  if (named) return fields.find((f) => f.path === named) ?? { path: named, kind: 'number' };
  const read = varsOf(amount);
  const fromFormula = fields.find((f) => read.has(f.path) && isHousehold(f));
  if (fromFormula) return fromFormula;
  // A formula over a field the catalog does not list (a hand-written block in a test, a field being renamed).
  const unlisted = [...read].map((path): SimulatorField => ({ path, kind: 'number' })).find(isHouseholdSize);
  return unlisted ?? fields.find(isHousehold);
}
