/** Registers the `sync` namespace; import this before rendering anything that uses it. */
import { registerStrings } from '../../app/i18n';
import { syncStrings } from './strings';

export const SYNC_NS = 'sync';
registerStrings(SYNC_NS, syncStrings);
