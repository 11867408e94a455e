/** Registers the `cardReadiness` namespace; import this before rendering anything that uses it. */
import { registerStrings } from '../../../app/i18n';
import { readinessStrings } from './strings';

export const READINESS_NS = 'cardReadiness';
registerStrings(READINESS_NS, readinessStrings);
