/**
 * The `rules` string namespace, registered once when any rule component is
 * imported (before its first render), and the hook the components share.
 */
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { rulesStrings } from './strings';

registerStrings('rules', rulesStrings);

/** `t` of the rules namespace and the language for sentences ('it' unless English is on). */
export function useRulesI18n() {
  const { t, i18n } = useTranslation('rules');
  const language = (i18n.resolvedLanguage ?? i18n.language ?? 'it').startsWith('en') ? 'en' : 'it';
  return { t, language };
}
