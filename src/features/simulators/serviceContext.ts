/**
 * What a simulator needs from the service definition: the answer fields (to
 * type CSV columns and generate applicants) and the application window (to
 * date submissions and to evaluate rules "as of" the right day).
 */
import { compile, type CompiledFlow } from '../../compile';
import { fieldCatalog } from '../../compile/fieldCatalog';
import type { ServiceDefinition } from '../../model/types';
import { romeToInstant } from '../../runtime';
import type { SimulatorField } from './types';

const DAY = 86_400_000;

/** The service's fields and application window. */
export interface ServiceContext {
  fields: SimulatorField[];
  /** From the schedule; otherwise the 30 days up to the end of `now`'s day (or to the closing date). */
  window: { opensAt: string; closesAt: string };
}

type Schema = { properties?: Record<string, Schema>; items?: Schema; minimum?: number; maximum?: number };

/** The JSON Schema of an answer path in the compiled flow (through list items). */
function schemaAt(flow: CompiledFlow, path: string): Schema | undefined {
  for (const step of flow.steps) {
    let current: Schema | undefined = step.schema as Schema;
    for (const segment of path.split('.')) {
      const container: Schema | undefined = current?.properties ? current : current?.items;
      current = container?.properties?.[segment];
    }
    if (current) return current;
  }
  return undefined;
}

/** Reads the fields and window of a definition. Compiling is a matter of milliseconds, even for large services. */
export function serviceContextOf(definition: ServiceDefinition, now: Date = new Date()): ServiceContext {
  const flow = compile(definition);
  // The catalog has no bounds; generated numbers must respect them (2 working parents, not 10).
  const fields = fieldCatalog(flow).map((f): SimulatorField => {
    if (f.kind !== 'number' && f.kind !== 'money') return f;
    const schema = schemaAt(flow, f.path);
    return {
      ...f,
      ...(typeof schema?.minimum === 'number' && { minimum: schema.minimum }),
      ...(typeof schema?.maximum === 'number' && { maximum: schema.maximum }),
    };
  });
  const closes = Date.parse(definition.schedule?.closesAt ?? '');
  const opens = Date.parse(definition.schedule?.opensAt ?? '');
  // Whole days, so that generated applicants do not change from one minute to the next.
  const end = Number.isNaN(closes) ? Math.ceil(now.getTime() / DAY) * DAY - 1 : closes;
  const start = Number.isNaN(opens) || opens > end ? end + 1 - 30 * DAY : opens;
  return { fields, window: { opensAt: new Date(start).toISOString(), closesAt: new Date(end).toISOString() } };
}

/**
 * The "today" of rules (age, today) in a simulation: the ranking's
 * publication date at noon in Rome when given, else the closing of the window.
 */
export function evaluationInstant(context: ServiceContext, publicationDate?: string): string {
  if (publicationDate) return romeToInstant(publicationDate, '12:00').toISOString();
  return context.window.closesAt;
}
