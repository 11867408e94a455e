/**
 * The three per-service exports of the catalogue's row menu, as files ready
 * to download: the OpenCity form (Form.io wizard), the JSON Schema bundle for
 * rjsf / JSON Forms portals, and the service card as schema.org
 * `GovernmentService` JSON-LD. Each comes with the warnings of what would
 * export badly, shown before the download. Loaded on demand: the catalogue's
 * first load carries none of the exporters.
 */
import { exportFormio } from '../../../compile/exporters/formio/exportFormio';
import { governmentServiceJsonLd } from '../../../compile/exporters/governmentService';
import { jsonSchemaBundle } from '../../../compile/exporters/jsonSchemaBundle';
import { siteReadiness } from '../../../compile/exporters/siteReadiness';
import type { Issue } from '../../../model/issues';
import type { ServiceDefinition } from '../../../model/types';
import { fileSlug } from '../../../persistence/importExport/fileNames';

export type ExportKind = 'formio' | 'jsonSchema' | 'jsonLd';

export interface PreparedExport {
  fileName: string;
  text: string;
  mimeType: string;
  /** What would export badly, in Italian with JSON pointers (empty: download at once). */
  warnings: Issue[];
}

/** Card fields the JSON-LD carries: a shortfall there leaves a property out of it. */
const JSON_LD_FIELDS = ['/card/title', '/card/short_description', '/card/category', '/card/audience', '/card/office', '/card/access'];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Builds one export of `definition`; `municipality` names the Comune in the JSON-LD. */
export function prepareExport(kind: ExportKind, definition: ServiceDefinition, municipality: string): PreparedExport {
  const slug = fileSlug(definition.card.title);
  if (kind === 'formio') {
    const { form, warnings } = exportFormio(definition);
    return { fileName: `${slug}.formio.json`, text: json(form), mimeType: 'application/json', warnings };
  }
  if (kind === 'jsonSchema') {
    return { fileName: `${slug}.schema.json`, text: json(jsonSchemaBundle(definition)), mimeType: 'application/json', warnings: [] };
  }
  const warnings = siteReadiness(definition)
    .filter((issue) => JSON_LD_FIELDS.some((field) => issue.path === field || issue.path.startsWith(`${field}/`)))
    .map((issue) => ({ path: issue.path, message: issue.message }));
  if (!municipality.trim()) warnings.push({ path: '', message: 'Nome del Comune non indicato: la scheda esce senza ente erogatore né area servita.' });
  return { fileName: `${slug}.jsonld`, text: governmentServiceJsonLd(definition.card, municipality.trim()), mimeType: 'application/ld+json', warnings };
}
