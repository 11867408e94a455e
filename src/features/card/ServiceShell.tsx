/**
 * The frame of one service's back-office screens (/servizi/:id/scheda,
 * /requisiti, /impostazioni, /modifiche): loads the service through the
 * repository (hence `restore()`), opens its store and autosave, and shows the
 * header (breadcrumb, title, live status, save state, undo/redo, link to the
 * editor) and the tabs; the active tab renders in the outlet.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../model/issues';
import { serviceRepository } from '../catalog/data/catalogServices';
import { useNow } from '../catalog/data/useNow';
import { StatusBadge } from '../catalog/StatusBadge';
import { Icon } from '../catalog/ui/Icon';
import '../catalog/ui/ui.css';
import './card.css';
import './i18n';
import { SaveIndicator } from './SaveIndicator';
import { CardSessionProvider, useCardDefinition, useLiveNotice, type CardSession } from './session/CardSession';
import { openCardSession } from './session/openCardSession';
import { useFlushBeforeLeaving } from './session/useFlushBeforeLeaving';
import { UndoRedo } from './UndoRedo';
import { ServiceLoadError } from '../../app/ServiceLoadError';

type State =
  | { status: 'loading' }
  | { status: 'error'; reason: 'not-found' | 'invalid'; errors: Issue[] }
  | { status: 'ready'; session: CardSession };

/** The card screens' own paths: moving among them keeps the store open. */
export const CARD_TABS = ['scheda', 'requisiti', 'impostazioni', 'modifiche'] as const;

export function ServiceShell() {
  const { t } = useTranslation('card');
  const { serviceId = '' } = useParams();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let close: (() => Promise<void>) | null = null;
    setState({ status: 'loading' });
    void serviceRepository.get(serviceId).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setState({ status: 'error', reason: result.reason, errors: result.errors });
        return;
      }
      const opened = openCardSession(result.definition, serviceRepository);
      close = opened.close;
      setState({ status: 'ready', session: opened.session });
    });
    return () => {
      cancelled = true;
      void close?.();
    };
  }, [serviceId]);

  const base = `/servizi/${serviceId}/`;
  useFlushBeforeLeaving(state.status === 'ready' ? state.session.autosave : null, (path) =>
    CARD_TABS.some((tab) => path.startsWith(base + tab)),
  );

  if (state.status === 'loading') {
    return (
      <div className="page" role="status">
        {t('loading')}
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <ServiceLoadError
        title={t('card.title')}
        message={state.reason === 'not-found' ? t('notFound') : t('loadError')}
        errors={state.reason === 'invalid' ? state.errors : undefined}
        backLabel={t('backToCatalog')}
      />
    );
  }
  return (
    <CardSessionProvider value={state.session}>
      <ShellFrame serviceId={serviceId} />
    </CardSessionProvider>
  );
}

function ShellFrame({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation('card');
  const title = useCardDefinition((d) => d.card.title);
  const status = useCardDefinition((d) => d.status);
  const schedule = useCardDefinition((d) => d.schedule);
  const service = useMemo(() => ({ status, schedule }), [status, schedule]);
  const services = useMemo(() => [service], [service]);
  const now = useNow(services);
  const pulled = useLiveNotice();
  const tab = ({ isActive }: { isActive: boolean }) => `service-tab${isActive ? ' active' : ''}`;
  return (
    <div className="service-shell">
      <header className="service-header">
        <div className="service-header-inner">
          <nav aria-label={t('breadcrumb')} className="service-breadcrumb">
            <Link to="/">
              <Icon name="arrowLeft" size={16} />
              {t('backToCatalog')}
            </Link>
          </nav>
          <div className="service-heading">
            <p className="service-heading-title" title={title}>
              {title}
            </p>
            <StatusBadge service={service} now={now} />
          </div>
          <div className="service-tools">
            <SaveIndicator />
            <UndoRedo />
            <Link className="btn btn-small btn-primary" to={`/servizi/${serviceId}/editor`}>
              <Icon name="flow" size={16} />
              {t('openEditor')}
            </Link>
          </div>
        </div>
        <nav className="service-tabs" aria-label={t('tabs.label')}>
          <NavLink to="scheda" className={tab}>
            <Icon name="card" size={16} />
            {t('tabs.card')}
          </NavLink>
          <NavLink to="requisiti" className={tab}>
            <Icon name="rule" size={16} />
            {t('tabs.requirements')}
          </NavLink>
          <NavLink to="impostazioni" className={tab}>
            <Icon name="wrench" size={16} />
            {t('tabs.settings')}
          </NavLink>
          <NavLink to="modifiche" className={tab}>
            <Icon name="history" size={16} />
            {t('tabs.history')}
          </NavLink>
        </nav>
        {/* Always in the page, so screen readers announce the change of text politely. */}
        <p className="service-live-notice" role="status" data-outcome={pulled ?? undefined}>
          {pulled ? t(`livePull.${pulled}`) : ''}
        </p>
      </header>
      <div className="service-body">
        <Outlet />
      </div>
    </div>
  );
}
