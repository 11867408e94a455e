/**
 * The fields a rule may name. The catalog itself is pure and lives in the
 * compile layer (the CLI validator and the simulators need it too); the rules
 * UI re-exports it so its components keep one import path.
 */
export {
  buildFieldCatalog,
  catalogFromSteps,
  catalogIndex,
  kindOfSchema,
  type CatalogField,
  type CatalogIndex,
  type FieldCatalog,
  type FieldOption,
} from '../../compile/fieldCatalog';
