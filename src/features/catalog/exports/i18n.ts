/** Registers the `catalogExports` namespace (the row menu's export labels need it at first render). */
import { registerStrings } from '../../../app/i18n';
import { catalogExportsStrings } from './strings';

export const CATALOG_EXPORTS_NS = 'catalogExports';
registerStrings(CATALOG_EXPORTS_NS, catalogExportsStrings);
