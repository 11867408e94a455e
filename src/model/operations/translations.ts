/**
 * Internal: keeping translations in step with the entities they translate.
 * Paths name entities by id (`node.<id>.label`, `step.<id>.title`,
 * `requirement.<id>.message`), so removing, duplicating or re-identifying an
 * entity touches the translation paths too.
 */
import type { ServiceDefinition } from '../types';

type Translations = ServiceDefinition['translations'];

const ENTITY_PATH = /^(node|step|requirement)\.([A-Za-z0-9_-]+)(\..*)?$/;

/** The entity id a translation path refers to, if any. */
export function translatedId(path: string): string | undefined {
  return ENTITY_PATH.exec(path)?.[2];
}

/** Translations without the paths of the entities in `ids`; the same object if none matched. */
export function dropTranslations(translations: Translations, ids: ReadonlySet<string>): Translations {
  let changed = false;
  const out: Translations = {};
  for (const [language, texts] of Object.entries(translations)) {
    const kept = Object.fromEntries(Object.entries(texts).filter(([path]) => !ids.has(translatedId(path) ?? '')));
    if (Object.keys(kept).length !== Object.keys(texts).length) {
      changed = true;
      out[language] = kept;
    } else {
      out[language] = texts;
    }
  }
  return changed ? out : translations;
}

function renamePath(path: string, idMap: ReadonlyMap<string, string>): string | undefined {
  const match = ENTITY_PATH.exec(path);
  const next = match && idMap.get(match[2]);
  return next ? `${match[1]}.${next}${match[3] ?? ''}` : undefined;
}

/**
 * Translations with the paths of `idMap`'s old ids renamed to the new ids
 * (for a duplicated service, whose entities all get fresh ids).
 */
export function remapTranslations(translations: Translations, idMap: ReadonlyMap<string, string>): Translations {
  const out: Translations = {};
  for (const [language, texts] of Object.entries(translations)) {
    out[language] = Object.fromEntries(Object.entries(texts).map(([path, text]) => [renamePath(path, idMap) ?? path, text]));
  }
  return out;
}

/**
 * Translations plus copies of the paths of `idMap`'s old ids under the new
 * ids (for a duplicated node: the copy is translated like the original).
 * The same object if nothing was copied.
 */
export function copyTranslations(translations: Translations, idMap: ReadonlyMap<string, string>): Translations {
  let changed = false;
  const out: Translations = {};
  for (const [language, texts] of Object.entries(translations)) {
    const copies = Object.entries(texts).flatMap(([path, text]) => {
      const renamed = renamePath(path, idMap);
      return renamed ? [[renamed, text] as const] : [];
    });
    changed ||= copies.length > 0;
    out[language] = copies.length > 0 ? { ...texts, ...Object.fromEntries(copies) } : texts;
  }
  return changed ? out : translations;
}
