/**
 * The flagship templates shipped in `public/templates/`: an `index.json` with
 * the list of file names, and one service definition per file. Both the
 * first-start seeding and "Nuovo servizio da modello" read them from here,
 * through `restore()` like every other load path.
 *
 * Fetching is injected (`fetchText`) so that this module stays testable in
 * Node and never assumes where the app is served from.
 */
import { restore, type Issue, type RestoreOptions } from '../../model';
import type { ServiceDefinition } from '../../model/types';

/** Reads a file under the templates folder (e.g. `index.json`) as text; rejects when unavailable. */
export type FetchText = (fileName: string) => Promise<string>;

export const TEMPLATE_INDEX = 'index.json';

export interface Template {
  file: string;
  definition: ServiceDefinition;
}

export interface TemplateProblem {
  file: string;
  errors: Issue[];
}

export interface LoadedTemplates {
  templates: Template[];
  problems: TemplateProblem[];
}

// Plain file names only: the index must not be able to point elsewhere (../, URLs).
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

/** The file names listed by `index.json`; throws when the index is missing or malformed. */
export async function loadTemplateIndex(fetchText: FetchText): Promise<string[]> {
  const text = await fetchText(TEMPLATE_INDEX);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${TEMPLATE_INDEX} non è un JSON valido`);
  }
  if (!Array.isArray(value) || !value.every((f): f is string => typeof f === 'string')) {
    throw new Error(`${TEMPLATE_INDEX} deve essere un elenco di nomi di file`);
  }
  const unsafe = value.find((f) => !SAFE_FILE.test(f) || f === TEMPLATE_INDEX);
  if (unsafe !== undefined) throw new Error(`Nome di modello non ammesso in ${TEMPLATE_INDEX}: «${unsafe}»`);
  return [...new Set(value)];
}

/** Loads `files` (in order) through `restore()`; a file that fails is reported, not thrown. */
export async function loadTemplateFiles(
  fetchText: FetchText,
  files: readonly string[],
  options: RestoreOptions = {},
): Promise<LoadedTemplates> {
  const results = await Promise.all(
    files.map(async (file): Promise<Template | TemplateProblem> => {
      let text: string;
      try {
        text = await fetchText(file);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { file, errors: [{ path: '', message: `Modello non disponibile: ${detail}` }] };
      }
      const result = restore(text, options);
      return result.ok ? { file, definition: result.definition } : { file, errors: result.errors };
    }),
  );
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];
  for (const r of results) {
    if ('definition' in r) templates.push(r);
    else problems.push(r);
  }
  return { templates, problems };
}

/** Every template listed by the index. Throws only when the index itself cannot be read. */
export async function loadTemplates(fetchText: FetchText, options: RestoreOptions = {}): Promise<LoadedTemplates> {
  return loadTemplateFiles(fetchText, await loadTemplateIndex(fetchText), options);
}
