/** One service's sync status as a badge; a conflict is a link to its conflict screen. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ServiceSyncStatus } from '../../persistence/sync/types';
import './i18n';
import './sync.css';

export function SyncBadge({ serviceId, title, status, error }: { serviceId: string; title: string; status: ServiceSyncStatus; error?: string | null }) {
  const { t } = useTranslation('sync');
  const text = t(`badge.${status}`);
  if (status === 'conflict') {
    return (
      <Link className="sync-badge sync-conflict" data-sync-status={status} to={`/sincronizzazione/conflitti/${serviceId}`} aria-label={t('badge.resolve', { title })}>
        <span className="sync-dot" aria-hidden="true" />
        {text}
      </Link>
    );
  }
  return (
    <span className="sync-badge-wrap">
      <span className={`sync-badge sync-${status}`} data-sync-status={status}>
        <span className="sync-dot" aria-hidden="true" />
        {text}
      </span>
      {status === 'error' && error && <span className="sync-error-text">{error}</span>}
    </span>
  );
}
