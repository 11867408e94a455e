/**
 * Field keys: the machine-safe names under which answers are stored and
 * which rules refer to (`isee_valore`, `citta_di_nascita`). Snake_case ASCII,
 * starting with a letter, at most 64 characters, unique within a service.
 */
import { FIELD_KEY_PATTERN } from './formatConstants';
import { walkNodes } from './tree';
import type { ServiceDefinition } from './types';

/** Longest key the format accepts. */
export const MAX_KEY_LENGTH = 64;
const KEY_PATTERN = new RegExp(FIELD_KEY_PATTERN);

/** Whether `key` is a well-formed field key (uniqueness aside). */
export function isValidKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

// Letters that NFD does not decompose into ASCII + accent.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '€': ' euro ',
};

/** Key used when a label has no usable letter (e.g. "?"). */
const FALLBACK_KEY = 'campo';

/** The snake_case base of a label, before making it unique. */
function baseKey(label: string): string {
  const ascii = label
    .toLowerCase()
    .replace(/[ßæœøłđðþı€]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // accents: "città" → "citta"
    .replace(/[^a-z0-9]+/g, '_') // apostrophes, spaces, punctuation, other scripts
    .replace(/^_+|_+$/g, '');
  if (ascii === '') return FALLBACK_KEY;
  // "2° figlio" → "campo_2_figlio": keys start with a letter.
  const key = /^[a-z]/.test(ascii) ? ascii : `${FALLBACK_KEY}_${ascii}`;
  return trimToLength(key, MAX_KEY_LENGTH);
}

function trimToLength(key: string, max: number): string {
  return key.length <= max ? key : key.slice(0, max).replace(/_+$/, '');
}

/** `base`, or `base_<n>` with the smallest n ≥ `from` not in `taken`, within 64 characters. */
function withSuffix(base: string, taken: ReadonlySet<string>, from: number): string {
  if (!taken.has(base) && from <= 2) return base;
  for (let n = Math.max(from, 2); ; n += 1) {
    const suffix = `_${n}`;
    const candidate = trimToLength(base, MAX_KEY_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A fresh key from an Italian label: accents stripped, snake_case, starting
 * with a letter, at most 64 characters; `_2`, `_3`, … appended while taken.
 *
 * @example keyFromLabel('Città di nascita', new Set()) === 'citta_di_nascita'
 * @example keyFromLabel('Nome', new Set(['nome'])) === 'nome_2'
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  return withSuffix(baseKey(label), taken, 2);
}

/**
 * A free variant of an existing key, for copies: an existing small counter
 * suffix is continued rather than stacked ("nome_2" → "nome_3", not
 * "nome_2_2"); "anno_2024" is not a counter and becomes "anno_2024_2".
 */
export function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  const base = isValidKey(key) ? key : baseKey(key);
  if (!taken.has(base)) return base;
  const counter = /^(.*[a-z0-9])_([2-9]|[1-9][0-9])$/.exec(base);
  return counter ? withSuffix(counter[1], taken, Number(counter[2]) + 1) : withSuffix(base, taken, 2);
}

/** Every field key used in the service. */
export function collectKeys(def: ServiceDefinition): Set<string> {
  const keys = new Set<string>();
  walkNodes(def, (node) => {
    keys.add(node.key);
  });
  return keys;
}
