/**
 * Reading an import file: one service, or a bundle of many. Every service
 * goes through `restore()` (parse → migrate → validate), and the file is all
 * or nothing: a single broken service rejects the whole file, with every
 * problem named by its JSON path inside the file (`/services/2/card/title`),
 * so the official can fix it and try again without half an import to undo.
 */
import { childPath, parseJson, restore, type Issue, type RestoreOptions } from '../../model';
import type { ServiceDefinition } from '../../model/types';
import { BUNDLE_KIND } from './exportServices';

export type ImportParse =
  | { ok: true; definitions: ServiceDefinition[]; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

/** Larger files are refused before parsing: no real catalogue comes near this. */
export const MAX_IMPORT_CHARS = 50_000_000;

const isDict = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Prefixes every issue's path with `prefix` (a JSON Pointer). */
function under(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}

/** Restores each item of a list; errors are collected for all, not only the first. */
function restoreList(items: readonly unknown[], basePath: string, options: RestoreOptions): ImportParse {
  if (items.length === 0) return { ok: false, errors: [{ path: basePath, message: 'Il file non contiene alcun servizio.' }] };
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const definitions: ServiceDefinition[] = [];
  const firstIndexOfId = new Map<string, number>();
  items.forEach((item, index) => {
    const path = childPath(basePath, index);
    const result = restore(item, options);
    if (!result.ok) {
      errors.push(...under(path, result.errors));
      return;
    }
    warnings.push(...under(path, result.warnings));
    const id = result.definition.id;
    const first = firstIndexOfId.get(id);
    if (first !== undefined) {
      errors.push({
        path: `${path}/id`,
        message: `Il servizio con identificativo «${id}» compare più volte nel file (anche in posizione ${first + 1}).`,
      });
      return;
    }
    firstIndexOfId.set(id, index);
    definitions.push(result.definition);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions, warnings };
}

/**
 * Parses the text of an import file. Accepted shapes:
 * - one service definition (as exported by "Esporta");
 * - a bundle `{ "mattoncini": "services", "services": [ … ] }` ("Esporta tutti");
 * - a plain JSON array of definitions.
 * Never throws.
 */
export function parseImportText(text: string, options: RestoreOptions = {}): ImportParse {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, errors: [{ path: '', message: 'Il file è troppo grande per essere importato.' }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const value = parsed.value;
  if (Array.isArray(value)) return restoreList(value, '', options);
  if (isDict(value) && 'mattoncini' in value) {
    if (value.mattoncini !== BUNDLE_KIND) {
      return {
        ok: false,
        errors: [{ path: '/mattoncini', message: `Tipo di file non riconosciuto: atteso «${BUNDLE_KIND}».` }],
      };
    }
    if (!Array.isArray(value.services)) {
      return { ok: false, errors: [{ path: '/services', message: 'L’elenco dei servizi manca o non è un elenco.' }] };
    }
    return restoreList(value.services, '/services', options);
  }
  const result = restore(value, options);
  return result.ok
    ? { ok: true, definitions: [result.definition], warnings: result.warnings }
    : { ok: false, errors: result.errors };
}
