/**
 * What to answer in each field of a synthetic application. The field catalog
 * gives only a path and a kind, so the path's words decide the meaning
 * ("isee", "componenti", "data_nascita", "affitto"…): Italian field keys are
 * generated from Italian labels, which makes this guess reliable enough for
 * test data. Anything unrecognised gets a plausible value of its kind.
 */
import { birthDate, fiscalCode, type Member, type Persona } from './personas';
import { pick, randomInt, weightedIndex, type Random } from './prng';
import type { SimulatorField } from './types';

/** What a value is drawn from: the household, and the member when inside a list item. */
export interface ValueContext {
  rnd: Random;
  persona: Persona;
  /** The member the answer is about (the applicant outside lists). */
  member: Member;
  /** Start of the application window, the "today" of the generated data. */
  reference: Date;
}

/** Draws one answer. */
export type ValueMaker = (ctx: ValueContext) => unknown;

const has = (path: string, pattern: RegExp): boolean => pattern.test(path.toLowerCase());
/** A whole segment of a snake_case or dotted key: `word('eta')` matches `eta_madre`, not `pagamenti_detassati`. */
const word = (w: string): RegExp => new RegExp(`(^|[._])${w}($|[._])`);

const HOUSEHOLD = /component|nucleo|famil|household|membri|persone/;
const CHILD = /figli|minor|bambin|child|neonat|alunn|student/;
const DAY = 86_400_000;

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** True for a list (repeatable group) that lists the household's members. */
export const isHouseholdList = (field: SimulatorField): boolean => field.kind === 'list' && has(field.path, HOUSEHOLD);

/** True for the number of household members. */
export const isHouseholdSize = (field: SimulatorField): boolean =>
  (field.kind === 'number' || field.kind === 'money') && has(field.path, HOUSEHOLD) && !has(field.path, /reddit|import|eur/);

function numberMaker(field: SimulatorField): ValueMaker {
  const make = guessNumber(field);
  const { minimum = -Infinity, maximum = Infinity } = field;
  if (minimum === -Infinity && maximum === Infinity) return make;
  return (ctx) => {
    const value = make(ctx);
    return typeof value === 'number' ? Math.min(maximum, Math.max(minimum, value)) : value;
  };
}

function guessNumber(field: SimulatorField): ValueMaker {
  const p = field.path;
  if (has(p, /isee/) || has(p, word('ise'))) return ({ persona }) => persona.isee;
  if (isHouseholdSize(field)) return ({ persona }) => persona.members.length;
  if (has(p, CHILD) && !has(p, word('eta'))) {
    return ({ persona, reference }) => persona.members.filter((m) => m.birthDate > isoDate(new Date(reference.getTime() - 18 * 365.25 * DAY))).length;
  }
  if (has(p, /affitto|canone|rent/)) return ({ rnd }) => randomInt(rnd, 30, 110) * 10;
  if (has(p, /reddito|income|stipendio/)) return ({ rnd, persona }) => Math.round(persona.isee * (1.2 + rnd()) * 100) / 100;
  if (has(p, /invalidit|percent/)) return ({ rnd }) => (rnd() < 0.9 ? 0 : pick(rnd, [33, 46, 67, 74, 80, 100]));
  if (has(p, word('eta')) || has(p, word('age'))) return ({ rnd }) => randomInt(rnd, 18, 90);
  if (has(p, /mesi|month/)) return ({ rnd }) => randomInt(rnd, 0, 36);
  if (has(p, /anni|year/)) return ({ rnd }) => randomInt(rnd, 0, 30);
  if (field.kind === 'money') return ({ rnd }) => Math.round(Math.exp(Math.log(400) + rnd() * 1.6) * 100) / 100;
  // A small count, within the field's bounds when it has them (e.g. 0–2 working parents).
  const low = Number.isFinite(field.minimum) ? Math.ceil(field.minimum as number) : 0;
  const high = Number.isFinite(field.maximum) ? Math.floor(field.maximum as number) : Math.max(low, 10);
  return ({ rnd }) => randomInt(rnd, low, Math.max(low, Math.min(high, low + 10)));
}

function booleanMaker(field: SimulatorField): ValueMaker {
  const p = field.path;
  const probability = has(p, /consens|privacy|accett|dichiar|autorizz|veridic/) ? 0.99
    : has(p, /residen/) ? 0.95
    : has(p, /disabil|invalid|handicap|l104/) ? 0.08
    : has(p, /solo|unico|monogenit/) ? 0.15
    : has(p, /disoccup/) ? 0.25
    : 0.35;
  return ({ rnd }) => rnd() < probability;
}

function dateMaker(field: SimulatorField): ValueMaker {
  const p = field.path;
  if (has(p, /nascita|birth|nato/)) {
    if (has(p, CHILD)) return ({ rnd, reference }) => birthDate(rnd, reference, 0, 5);
    return ({ member }) => member.birthDate;
  }
  // An attestation that mostly covers the window; one in twenty has expired.
  if (has(p, /scadenz|expir|validit/)) {
    return ({ rnd, reference }) => isoDate(new Date(reference.getTime() + (rnd() < 0.05 ? -randomInt(rnd, 1, 60) : randomInt(rnd, 30, 330)) * DAY));
  }
  return ({ rnd, reference }) => isoDate(new Date(reference.getTime() - randomInt(rnd, 1, 365) * DAY));
}

function textMaker(field: SimulatorField): ValueMaker {
  const p = field.path;
  if (has(p, /nascita|birth/)) return dateMaker(field);
  if (has(p, /fiscal/) || has(p, word('cf'))) return ({ member }) => fiscalCode(member);
  if (has(p, /nome_cognome|full_?name/)) return ({ member }) => `${member.name} ${member.surname}`;
  if (has(p, /cognome|surname/)) return ({ member }) => member.surname;
  if (has(p, /nome|name/)) return ({ member }) => member.name;
  if (has(p, /email|pec/)) return ({ member }) => `${member.name}.${member.surname}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.it';
  if (has(p, /phone|telefono|cellulare/)) return ({ rnd }) => `+39 3${randomInt(rnd, 20, 99)} ${randomInt(rnd, 1_000_000, 9_999_999)}`;
  if (has(p, /iban/)) return ({ rnd }) => `IT00X0000000000${String(randomInt(rnd, 0, 999_999_999)).padStart(12, '0')}`;
  if (has(p, /protocol/)) return ({ rnd, reference }) => `INPS-ISEE-${reference.getUTCFullYear()}-${String(randomInt(rnd, 0, 99_999_999)).padStart(8, '0')}A-00`;
  if (has(p, /postcode/) || has(p, word('cap'))) return ({ rnd }) => String(randomInt(rnd, 10_000, 98_100)).padStart(5, '0');
  if (has(p, /provinc/)) return ({ rnd }) => pick(rnd, ['GE', 'SV', 'BO', 'NA', 'RM', 'TO', 'MI', 'PA']);
  if (has(p, /municipal|comune|citta/)) return ({ rnd }) => pick(rnd, ['Savona', 'Bologna', 'Napoli', 'Roma', 'Torino', 'Pisa']);
  if (has(p, word('number')) || has(p, /civico/)) return ({ rnd }) => String(randomInt(rnd, 1, 180));
  if (has(p, /street|via|indirizzo|address/)) return ({ rnd }) => `Via ${pick(rnd, ['Roma', 'Garibaldi', 'Mazzini', 'Verdi', 'Dante', 'XX Settembre'])}`;
  return () => 'Testo di prova';
}

/**
 * The maker of a field's answers, or undefined for a list (lists are filled
 * by the generator, one item per member or a few items).
 */
export function valueMaker(field: SimulatorField): ValueMaker | undefined {
  switch (field.kind) {
    case 'number':
    case 'money':
      return numberMaker(field);
    case 'boolean':
      return booleanMaker(field);
    case 'date':
      return dateMaker(field);
    case 'choice': {
      const values = (field.options ?? []).map((o) => o.value);
      // The first options are usually the common case ("tempo pieno", "in affitto").
      const weights = values.map((_, i) => 0.7 ** i);
      return values.length === 0 ? undefined : ({ rnd }) => values[weightedIndex(rnd, weights)];
    }
    case 'multi_choice': {
      const values = (field.options ?? []).map((o) => o.value);
      return ({ rnd }) => values.filter(() => rnd() < 0.25);
    }
    case 'text':
      return textMaker(field);
    case 'list':
      return undefined;
  }
}
