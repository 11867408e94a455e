/**
 * "Genera N domande di prova": realistic synthetic applications for the
 * simulators, reproducible from a seed. Each applicant is one household
 * (see `personas.ts`) answering every field of the service's catalog.
 */
import { romeOffsetMinutes, type Answers } from '../../runtime';
import { getPath, isSafePath, setSegments } from './answerPath';
import { isHouseholdList, valueMaker, type ValueContext, type ValueMaker } from './fieldValues';
import { samplePersona } from './personas';
import { randomInt, seededRandom, type Random } from './prng';
import type { Applicant, SimulatorField } from './types';

/** More than this is no longer a simulation of a municipal call; it would only slow the page. */
export const MAX_GENERATED = 50_000;

/** Options of {@link generateApplicants}. */
export interface GenerateOptions {
  /** How many applicants, 1 to {@link MAX_GENERATED}. */
  count: number;
  /** Same seed, same applicants. Default 1. */
  seed?: number;
  /** The application window (ISO instants); submissions are spread over it. */
  window: { opensAt: string; closesAt: string };
}

/** A field to fill: its path split once, and how to draw its value. */
interface Slot {
  segments: string[];
  make: ValueMaker;
}

interface ListPlan {
  path: string;
  household: boolean;
  items: Slot[];
}

const slot = (path: string, make: ValueMaker | undefined): Slot[] => (make ? [{ segments: path.split('.'), make }] : []);

/** Top-level makers and list plans, decided once per catalog rather than per applicant. */
function plan(fields: readonly SimulatorField[]) {
  const safe = fields.filter((f) => isSafePath(f.path));
  const lists = safe.filter((f) => f.kind === 'list');
  const inList = (f: SimulatorField) => lists.some((l) => f.path.startsWith(`${l.path}.`));
  const scalars = safe.filter((f) => !inList(f)).flatMap((f) => slot(f.path, valueMaker(f)));
  const listPlans: ListPlan[] = lists.map((list) => ({
    path: list.path,
    household: isHouseholdList(list),
    items: safe
      .filter((f) => f.path.startsWith(`${list.path}.`) && f.kind !== 'list')
      .flatMap((f) => slot(f.path.slice(list.path.length + 1), valueMaker(f))),
  }));
  return { scalars, listPlans };
}

/**
 * A submission instant: many apply in the first days and just before the
 * deadline, fewer in between, and hardly anyone at night (Rome time).
 */
function submissionInstant(rnd: Random, from: number, to: number): number {
  const span = Math.max(0, to - from);
  let t = from;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const r = rnd();
    const fraction = r < 0.3 ? rnd() * 0.15 : r < 0.55 ? 0.85 + rnd() * 0.15 : rnd();
    t = from + Math.floor(fraction * span);
    // The offset is cached per hour by the runtime: much cheaper than formatting a date.
    const hour = Math.floor((t / 3_600_000 + romeOffsetMinutes(t) / 60) % 24);
    if (hour >= 7 || rnd() < 0.1) break;
  }
  return t;
}

/**
 * `count` applicants answering `fields` (a field catalog), sorted by
 * submission and numbered `domanda-00001`, … in that order, as a protocol
 * register would number them.
 * @throws {RangeError} for a count out of range or an invalid window.
 */
export function generateApplicants(fields: readonly SimulatorField[], options: GenerateOptions): Applicant[] {
  const { count } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATED) {
    throw new RangeError(`Il numero di domande deve essere un intero tra 1 e ${MAX_GENERATED.toLocaleString('it-IT')}.`);
  }
  const from = Date.parse(options.window.opensAt);
  const to = Date.parse(options.window.closesAt);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) throw new RangeError('Il periodo di presentazione delle domande non è valido.');

  const rnd = seededRandom(options.seed ?? 1);
  const reference = new Date(from);
  const { scalars, listPlans } = plan(fields);
  const drafts: { at: number; answers: Answers }[] = [];
  for (let i = 0; i < count; i += 1) {
    const persona = samplePersona(rnd, reference);
    const ctx: ValueContext = { rnd, persona, member: persona.members[0], reference };
    const answers: Answers = {};
    for (const { segments, make } of scalars) setSegments(answers, segments, make(ctx));
    for (const list of listPlans) {
      const members = list.household ? persona.members : persona.members.slice(0, randomInt(rnd, 0, 2));
      const items = members.map((member) => {
        const item: Answers = {};
        const memberCtx = { ...ctx, member };
        for (const { segments, make } of list.items) setSegments(item, segments, make(memberCtx));
        return item;
      });
      if (getPath(answers, list.path) === undefined) setSegments(answers, list.path.split('.'), items);
    }
    drafts.push({ at: submissionInstant(rnd, from, to), answers });
  }
  drafts.sort((a, b) => a.at - b.at);
  const width = Math.max(5, String(count).length);
  return drafts.map((d, i) => ({
    id: `domanda-${String(i + 1).padStart(width, '0')}`,
    submittedAt: new Date(d.at).toISOString(),
    answers: d.answers,
  }));
}
