import { useTranslation } from 'react-i18next';

const STORAGE_KEY = 'mattoncini.language';

/** The language of the back office, remembered on this device. */
export function storedLanguage(): 'it' | 'en' {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (lng: 'it' | 'en') => {
    void i18n.changeLanguage(lng);
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={i18n.language === 'en' ? 'en' : 'it'} onChange={(e) => change(e.target.value as 'it' | 'en')}>
        <option value="it">{t('language.it')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
    </label>
  );
}
