/**
 * Synthetic households that look like the people who apply for municipal
 * benefits: mostly low ISEE, small households, adults with children. One
 * persona is drawn per applicant and every field reads from it, so answers
 * agree with each other (the household size matches the list of members, the
 * children are younger than the parent).
 */
import { normal, pick, weightedIndex, type Random } from './prng';

/** One person of the household. */
export interface Member {
  name: string;
  surname: string;
  female: boolean;
  /** "YYYY-MM-DD". */
  birthDate: string;
}

/** A household applying for a service. */
export interface Persona {
  /** The applicant first, then the other members. */
  members: Member[];
  /** ISEE in euros, rounded to the cent. */
  isee: number;
}

const FEMALE = ['Giulia', 'Sofia', 'Aurora', 'Francesca', 'Chiara', 'Anna', 'Maria', 'Elena', 'Sara', 'Martina', 'Rosa', 'Fatima'];
const MALE = ['Marco', 'Luca', 'Giuseppe', 'Francesco', 'Alessandro', 'Andrea', 'Matteo', 'Antonio', 'Lorenzo', 'Paolo', 'Ahmed', 'Ion'];
const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'D’Angelo', 'Popescu', 'El Amrani',
];

// ISTAT: about a third of Italian households are one person; few have 5 or more.
const HOUSEHOLD_WEIGHTS = [0.28, 0.26, 0.2, 0.16, 0.07, 0.03];

/** Household size from 1 to 6. */
export const householdSize = (rnd: Random): number => 1 + weightedIndex(rnd, HOUSEHOLD_WEIGHTS);

/**
 * ISEE of an applicant for a social benefit: log-normal around €11,000, so
 * about two in three are under €15,000, with a long tail and some zero ISEE
 * (no declared income), as in the Comuni's own lists.
 */
export function iseeValue(rnd: Random): number {
  if (rnd() < 0.04) return 0;
  const value = Math.exp(Math.log(11_000) + 0.75 * normal(rnd));
  return Math.round(Math.min(value, 150_000) * 100) / 100;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A birth date `age` years (plus a random part of a year) before `reference`. */
export function birthDate(rnd: Random, reference: Date, minAge: number, maxAge: number): string {
  const days = Math.floor((minAge + rnd() * (maxAge - minAge + 1)) * 365.25);
  const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()) - days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const MONTHS = 'ABCDEHLMPRST';
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function letters(s: string, vowels: boolean): string {
  let out = '';
  for (const c of s.toUpperCase()) {
    if (c >= 'A' && c <= 'Z' && 'AEIOU'.includes(c) === vowels) out += c;
  }
  return out;
}

/**
 * A well-formed codice fiscale (right letters, date and check character) with
 * a made-up place code: it passes format checks but belongs to nobody. Pure,
 * so the applicant and their line in the household list share one code; only
 * computed for services that ask for it.
 */
export function fiscalCode(m: Member): string {
  const s = `${letters(m.surname, false)}${letters(m.surname, true)}XXX`.slice(0, 3);
  const nc = letters(m.name, false);
  const n = (nc.length > 3 ? nc[0] + nc[2] + nc[3] : `${nc}${letters(m.name, true)}XXX`).slice(0, 3);
  const [y, mo, d] = m.birthDate.split('-').map(Number);
  // "Z" codes are foreign countries, so the code cannot be mistaken for a real resident's.
  const place = `Z${100 + ((y * 31 + mo * 7 + d + m.name.length * 13 + m.surname.length) % 300)}`;
  return withCheckCharacter(`${s}${n}${pad(y % 100)}${MONTHS[mo - 1]}${pad(m.female ? d + 40 : d)}${place}`);
}

/** Appends the check character to the first 15 characters of a codice fiscale (DM 23/12/1976). */
export function withCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
    // Odd positions (1-based) use the table; a digit counts like the letter of its value.
    sum += i % 2 === 0 ? ODD[v] : v;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

function member(rnd: Random, reference: Date, surname: string, minAge: number, maxAge: number, female = rnd() < 0.5): Member {
  return { name: pick(rnd, female ? FEMALE : MALE), surname, female, birthDate: birthDate(rnd, reference, minAge, maxAge) };
}

/** A household as of `reference` (the application window). */
export function samplePersona(rnd: Random, reference: Date): Persona {
  const size = householdSize(rnd);
  const surname = pick(rnd, SURNAMES);
  // Larger households are mostly parents with children: a younger applicant.
  const applicant = size >= 3 ? member(rnd, reference, surname, 25, 55) : member(rnd, reference, surname, 20, 88);
  const members = [applicant];
  if (size >= 2 && rnd() < 0.7) members.push(member(rnd, reference, surname, 20, 60, !applicant.female));
  while (members.length < size) members.push(member(rnd, reference, surname, 0, 17));
  return { members, isee: iseeValue(rnd) };
}
