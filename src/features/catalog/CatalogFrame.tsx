/**
 * The frame shared by the catalogue's three views (services, calendar,
 * trash): the view links, the page heading with its actions, and the
 * message region.
 */
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import './i18n';
import './catalog.css';
import { FlashRegion, type FlashMessage } from './ui/Flash';
import { Icon } from './ui/Icon';

export interface CatalogFrameProps {
  title: string;
  intro: string;
  actions?: ReactNode;
  trashCount?: number;
  flash: FlashMessage | null;
  onDismissFlash(): void;
  children: ReactNode;
}

export function CatalogFrame({ title, intro, actions, trashCount, flash, onDismissFlash, children }: CatalogFrameProps) {
  const { t } = useTranslation('catalog');
  const tab = ({ isActive }: { isActive: boolean }) => `catalog-tab${isActive ? ' active' : ''}`;
  return (
    <div className="page catalog">
      <nav className="catalog-tabs" aria-label={t('tabs.label')}>
        <NavLink to="/" end className={tab}>
          <Icon name="list" size={16} />
          {t('tabs.services')}
        </NavLink>
        <NavLink to="/calendario" className={tab}>
          <Icon name="calendar" size={16} />
          {t('tabs.timeline')}
        </NavLink>
        <NavLink to="/cestino" className={tab}>
          <Icon name="trash" size={16} />
          {t('tabs.trash')}
          {trashCount ? <span className="tab-count">{trashCount}</span> : null}
        </NavLink>
      </nav>
      <div className="catalog-header">
        <div>
          <h1>{title}</h1>
          <p className="catalog-intro">{intro}</p>
        </div>
        {actions && <div className="catalog-actions">{actions}</div>}
      </div>
      <FlashRegion message={flash} onDismiss={onDismissFlash} dismissLabel={t('dismiss')} />
      {children}
    </div>
  );
}
