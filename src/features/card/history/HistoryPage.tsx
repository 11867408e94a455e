/**
 * /servizi/:id/modifiche — "Modifiche": every saved change with the role that
 * made it and when (autosave writes these entries), most recent first.
 */
import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative } from '../../catalog/model/formatTime';
import { Icon } from '../../catalog/ui/Icon';
import { useCardDefinition } from '../session/CardSession';
import { describeActions } from './actionLabels';

export function HistoryPage() {
  const { t, i18n } = useTranslation('card');
  const history = useCardDefinition((d) => d.history);
  const derivedFrom = useCardDefinition((d) => d.derivedFrom);
  const entries = [...history].reverse();
  const now = Date.now();
  return (
    <div className="single-column">
      <div className="card-intro">
        <h1>{t('history.title')}</h1>
        <p className="muted">{t('history.intro')}</p>
      </div>
      {derivedFrom && <p className="notice">{t('history.derivedFrom', { title: derivedFrom.title, revision: derivedFrom.revision })}</p>}
      {entries.length === 0 ? (
        <div className="empty-state">
          <Icon name="history" size={40} />
          <p>{t('history.empty')}</p>
        </div>
      ) : (
        <table className="data-table history-table">
          <caption className="visually-hidden">{t('history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.role')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.revision')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const at = Date.parse(entry.at);
              return (
                <tr key={`${entry.revision}-${entry.at}`}>
                  <td>
                    <time dateTime={entry.at} className="last-change">
                      <span className="last-change-relative">{formatRelative(at, now, i18n.language)}</span>
                      <span className="last-change-absolute">{formatAbsolute(at, i18n.language)}</span>
                    </time>
                  </td>
                  <td>
                    <span className={`role-chip role-${entry.role}`}>
                      <Icon name={entry.role === 'technical' ? 'wrench' : 'user'} size={14} />
                      {t(`history.roles.${entry.role}`)}
                    </span>
                  </td>
                  <td>{describeActions(entry.action, t)}</td>
                  <td>{entry.revision}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
