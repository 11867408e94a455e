import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RoleSwitch } from '../features/settings/RoleSwitch';
import { LanguageSwitch } from './LanguageSwitch';

/** The back-office frame: skip link, header with navigation, main landmark. */
/** Starts sync (when configured) 1.5 s after the first screen: never part of a first load. */
const startSyncLater = () => void setTimeout(() => import('../features/sync/syncServices').then((m) => m.startSyncIfConfigured()), 1500);

export function Layout() {
  const { t } = useTranslation();
  useEffect(startSyncLater, []);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect x="2" y="14" width="12" height="8" rx="1.5" fill="#fff" />
            <rect x="16" y="14" width="14" height="8" rx="1.5" fill="#9ccaff" />
            <rect x="8" y="4" width="14" height="8" rx="1.5" fill="#9ccaff" />
            <rect x="6" y="24" width="20" height="6" rx="1.5" fill="#fff" />
          </svg>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="app-nav">
          <Link to="/">{t('nav.catalog')}</Link>
          <Link to="/sincronizzazione">{t('nav.sync')}</Link>
        </nav>
        <div className="app-header-tools" id="header-tools">
          <RoleSwitch />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
