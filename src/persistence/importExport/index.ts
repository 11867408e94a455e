/**
 * Import, export and template seeding: the file side of persistence. Pure
 * functions over text and definitions (plus `seedTemplates`, which is handed
 * its repositories); the browser parts (file picker, download) live in the UI.
 */
export { catalogueFileName, fileSlug, serviceFileName } from './fileNames';
export { BUNDLE_KIND, serializeBundle, serializeService, type ServiceBundle } from './exportServices';
export { MAX_IMPORT_CHARS, parseImportText, type ImportParse } from './parseImport';
export {
  findConflicts,
  planImport,
  type ConflictChoice,
  type ExistingService,
  type ImportConflict,
  type ImportWrite,
} from './importPlan';
export {
  loadTemplateFiles,
  loadTemplateIndex,
  loadTemplates,
  TEMPLATE_INDEX,
  type FetchText,
  type LoadedTemplates,
  type Template,
  type TemplateProblem,
} from './templates';
export { seedTemplates, type SeedDependencies, type SeedResult } from './seedTemplates';
