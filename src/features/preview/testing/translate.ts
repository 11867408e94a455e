/** A `Translate` over the preview's strings, without React or the app's i18next instance (tests, exporters). */
import i18next from 'i18next';
import { previewStrings } from '../strings';
import type { Translate } from '../translate';

export function previewTranslate(language: 'it' | 'en' = 'it'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'it',
    ns: ['preview'],
    defaultNS: 'preview',
    resources: { it: { preview: previewStrings.it }, en: { preview: previewStrings.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const t = instance.getFixedT(language, 'preview');
  return (key, options) => String(t(key, options as never));
}
