/**
 * The service catalogue, kept small for now: the services stored on this
 * device, a link to open each in the editor, and "Nuovo servizio".
 */
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { createBlankService } from '../../model/factory';
import { createServiceRepository, type ServiceSummary } from '../../persistence/serviceRepository';
import { catalogStrings } from './strings';
import './catalog.css';

registerStrings('catalog', catalogStrings);

const repository = createServiceRepository();

export function CatalogPage() {
  const { t, i18n } = useTranslation('catalog');
  const navigate = useNavigate();
  const [services, setServices] = useState<ServiceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void repository.list().then((list) => {
      if (!cancelled) setServices(list);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const create = async () => {
    setCreating(true);
    setError(null);
    try {
      const service = createBlankService(t('newServiceTitle'));
      await repository.put(service);
      navigate(`/servizi/${service.id}/editor`);
    } catch (e) {
      setError(t('createError', { message: e instanceof Error ? e.message : String(e) }));
      setCreating(false);
    }
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  });

  return (
    <div className="page catalog">
      <div className="catalog-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="catalog-intro">{t('intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void create()} disabled={creating}>
          {t('newService')}
        </button>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {services === null ? (
        <p role="status">{t('loading')}</p>
      ) : services.length === 0 ? (
        <p className="notice">{t('empty')}</p>
      ) : (
        <ul className="catalog-list">
          {services.map((s) => (
            <li key={s.id} className="catalog-item">
              <div className="catalog-item-text">
                <h2 className="catalog-item-title">{s.title}</h2>
                <p className="catalog-item-meta">
                  <span className="badge">{t(`status.${s.status}`)}</span>
                  <span>{t('updated', { date: dateFormat.format(new Date(s.updatedAt)) })}</span>
                </p>
              </div>
              <Link className="btn" to={`/servizi/${s.id}/editor`} aria-label={t('openService', { title: s.title })}>
                {t('open')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
