/** "Cestino": deleted services, most recent first, to restore or delete for good (after a confirmation). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../persistence/serviceRepository';
import { CatalogFrame } from './CatalogFrame';
import { serviceRepository } from './data/catalogServices';
import { formatAbsolute, formatRelative, isoOf } from './model/formatTime';
import { Dialog } from './ui/Dialog';
import { useFlash } from './ui/Flash';
import { Icon } from './ui/Icon';

export function TrashPage() {
  const { t, i18n } = useTranslation('catalog');
  const [items, setItems] = useState<ServiceSummary[] | null>(null);
  const [confirming, setConfirming] = useState<ServiceSummary | null>(null);
  const flash = useFlash();

  const reload = useCallback(async () => setItems(await serviceRepository.listTrash()), []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const restore = async (item: ServiceSummary) => {
    await serviceRepository.restoreFromTrash(item.id);
    await reload();
    flash.show({ text: t('actions.restored', { title: item.title }) });
  };
  const purge = async (item: ServiceSummary) => {
    setConfirming(null);
    await serviceRepository.purge(item.id);
    await reload();
    flash.show({ text: t('trash.purged', { title: item.title }) });
  };
  const now = Date.now();

  return (
    <CatalogFrame
      title={t('trash.title')}
      intro={t('trash.intro')}
      trashCount={items?.length}
      flash={flash.message}
      onDismissFlash={flash.clear}
    >
      {items === null ? (
        <p role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <Icon name="trash" size={40} />
          <p>{t('trash.empty')}</p>
        </div>
      ) : (
        <ul className="trash-list">
          {items.map((item) => (
            <li key={item.id} className="trash-item">
              <div className="trash-item-text">
                <h2 className="trash-title">{item.title}</h2>
                {item.deletedAt !== null && (
                  <p className="trash-meta">
                    <time dateTime={isoOf(item.deletedAt)} title={formatAbsolute(item.deletedAt, i18n.language)}>
                      {t('trash.deletedAt', { when: formatRelative(item.deletedAt, now, i18n.language) })}
                    </time>
                  </p>
                )}
              </div>
              <button type="button" className="btn btn-small" onClick={() => void restore(item)} aria-label={t('trash.restoreNamed', { title: item.title })}>
                <Icon name="restore" size={16} />
                {t('trash.restore')}
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => setConfirming(item)}
                aria-label={t('trash.purgeNamed', { title: item.title })}
              >
                <Icon name="trash" size={16} />
                {t('trash.purge')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog
          title={t('trash.confirmTitle')}
          role="alertdialog"
          onClose={() => setConfirming(null)}
          closeLabel={t('trash.cancel')}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setConfirming(null)}>
                {t('trash.cancel')}
              </button>
              <button type="button" className="btn btn-danger-solid" onClick={() => void purge(confirming)}>
                {t('trash.confirm')}
              </button>
            </>
          }
        >
          <p>{t('trash.confirmText', { title: confirming.title })}</p>
        </Dialog>
      )}
    </CatalogFrame>
  );
}
