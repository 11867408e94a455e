/**
 * The `patternWidgets` string namespace, registered when the first pattern
 * control loads (before it renders), and the hook the controls share.
 */
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../../../app/i18n';
import { patternWidgetStrings } from './strings';

registerStrings('patternWidgets', patternWidgetStrings);

export function usePatternStrings() {
  return useTranslation('patternWidgets');
}
