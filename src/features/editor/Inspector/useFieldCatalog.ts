/**
 * The fields of the service being edited, as rules name them (dotted paths:
 * `isee.value`), for the rule builders and the pattern controls. Only lazily
 * loaded controls use it: it brings the compiler. The catalog is memoised on
 * `definition.steps` by `buildFieldCatalog`.
 */
import { buildFieldCatalog, type FieldCatalog } from '../../rules';
import { useDefinition } from '../../../store/useDocument';
import { useRegistry } from '../editorServices';

export function useFieldCatalog(): FieldCatalog {
  const registry = useRegistry();
  const definition = useDefinition((d) => d);
  return buildFieldCatalog(definition, registry);
}
