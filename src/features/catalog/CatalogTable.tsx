/** The services as a table: title (to the card), category and blocks, status, last change, actions. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BlockRegistry } from '../../blocks/registry';
import { LastChange } from './LastChange';
import type { CatalogEntry } from './model/catalogEntry';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';
import { SyncBadge } from '../sync/SyncBadge';
import { useSyncOverview } from '../sync/useSyncOverview';
import { Icon } from './ui/Icon';

export interface RowHandlers {
  duplicate(entry: CatalogEntry): void;
  exportOne(entry: CatalogEntry): void;
  trash(entry: CatalogEntry): void;
}

export function CatalogTable({
  rows,
  now,
  registry,
  handlers,
}: {
  rows: readonly CatalogEntry[];
  now: Date;
  registry: BlockRegistry;
  handlers: RowHandlers;
}) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language === 'en' ? 'en' : 'it';
  // A sync column only while sync is configured (see features/sync).
  const sync = useSyncOverview();
  const syncing = Boolean(sync?.config);
  return (
    <table className="catalog-table">
      <caption className="visually-hidden">{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.service')}</th>
          <th scope="col">{t('table.status')}</th>
          {syncing && <th scope="col">{t('sync:column')}</th>}
          <th scope="col">{t('table.updated')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.id} data-service-id={entry.id}>
            <td className="cell-service">
              <Link to={`/servizi/${entry.id}/scheda`} className="service-title" aria-label={t('cardOf', { title: entry.title })}>
                {entry.title}
              </Link>
              {entry.shortDescription && entry.shortDescription !== entry.title && (
                <p className="service-description">{entry.shortDescription}</p>
              )}
              <p className="service-tags">
                <span className={entry.category ? 'tag tag-category' : 'tag tag-empty'}>{entry.category || t('table.noCategory')}</span>
                {entry.patterns.map((type) => (
                  <span key={type} className="tag tag-pattern">
                    {registry.get(type)?.label[lang] ?? type}
                  </span>
                ))}
                {entry.definition.derivedFrom && (
                  <span className="tag tag-derived">{t('table.derivedFrom', { title: entry.definition.derivedFrom.title })}</span>
                )}
              </p>
            </td>
            <td className="cell-status">
              <StatusBadge service={entry} now={now} />
            </td>
            {syncing && (
              <td className="cell-sync">
                <SyncBadge serviceId={entry.id} title={entry.title} status={sync!.statusOf(entry.id)} error={sync!.states.get(entry.id)?.error ?? sync!.health.message} />
              </td>
            )}
            <td className="cell-updated">
              <LastChange at={entry.updatedAt} now={now} />
            </td>
            <td className="cell-actions">
              <Link className="btn btn-small" to={`/servizi/${entry.id}/editor`} aria-label={t('openService', { title: entry.title })}>
                <Icon name="flow" size={16} />
                {t('open')}
              </Link>
              <RowActions
                label={t('actions.more', { title: entry.title })}
                service={entry.definition}
                actions={[
                  { label: t('actions.duplicate'), icon: 'copy', run: () => handlers.duplicate(entry) },
                  { label: t('actions.export'), icon: 'download', run: () => handlers.exportOne(entry) },
                  { label: t('actions.delete'), icon: 'trash', danger: true, run: () => handlers.trash(entry) },
                ]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
