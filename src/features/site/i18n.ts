/** Registers the `site` namespace; import this before rendering anything that uses it. */
import { registerStrings } from '../../app/i18n';
import { siteStrings } from './strings';

export const SITE_NS = 'site';
registerStrings(SITE_NS, siteStrings);
