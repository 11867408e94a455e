/** Registers the `settings` namespace; imported by the role switch (mounted in the header) and the settings page. */
import { registerStrings } from '../../app/i18n';
import { settingsStrings } from './strings';

export const SETTINGS_NS = 'settings';
registerStrings(SETTINGS_NS, settingsStrings);
