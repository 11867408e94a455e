/** Registers the `catalog` namespace; import this before rendering anything that uses it. */
import { registerStrings } from '../../app/i18n';
import { catalogStrings } from './strings';

export const CATALOG_NS = 'catalog';
registerStrings(CATALOG_NS, catalogStrings);
