/**
 * Full-screen preview of a service (/servizi/:serviceId/anteprima): loads the
 * service from this device's repository (through `restore()`), read-only, and
 * shows it at desktop width by default.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { registerStrings } from '../../app/i18n';
import type { ServiceDefinition } from '../../model/types';
import { createServiceRepository } from '../../persistence/serviceRepository';
import { PreviewWorkbench } from './PreviewWorkbench';
import { previewStrings } from './strings';
import './preview.css';

registerStrings('preview', previewStrings);

const repository = createServiceRepository();

type Loaded = { state: 'loading' } | { state: 'ready'; definition: ServiceDefinition } | { state: 'error'; reason: 'not-found' | 'invalid' };

export function FullScreenPreviewPage() {
  const { t } = useTranslation('preview');
  const { serviceId = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    void repository.get(serviceId).then((result) => {
      if (cancelled) return;
      setLoaded(result.ok ? { state: 'ready', definition: result.definition } : { state: 'error', reason: result.reason });
    });
    return () => {
      cancelled = true;
    };
  }, [serviceId]);

  const title = loaded.state === 'ready' ? loaded.definition.card.title : '';
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = `${t('page.title', { title })} · Mattoncini`;
    return () => {
      document.title = before;
    };
  }, [title, t]);

  return (
    <div className="preview-page">
      <header className="preview-page-header">
        <Link to={`/servizi/${encodeURIComponent(serviceId)}/editor`} className="preview-page-back">
          ← {t('page.back')}
        </Link>
        <h1>{title ? t('page.title', { title }) : t('page.loading')}</h1>
      </header>
      <main className="preview-page-main">
        {loaded.state === 'loading' && <p role="status">{t('page.loading')}</p>}
        {loaded.state === 'error' && (
          <div className="notice notice-error" role="alert">
            <p>{loaded.reason === 'not-found' ? t('page.notFound') : t('page.invalid')}</p>
            <Link to="/">{t('page.catalog')}</Link>
          </div>
        )}
        {loaded.state === 'ready' && <PreviewWorkbench definition={loaded.definition} initialDevice="desktop" />}
      </main>
    </div>
  );
}
