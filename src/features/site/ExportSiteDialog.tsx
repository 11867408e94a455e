/**
 * «Esporta il sito dei servizi»: asks the Comune's name (remembered), says
 * how many services the site will hold and which cards would fall short of
 * the national checker, then builds the .zip in the browser and downloads it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { siteReadiness } from '../../compile/exporters/siteReadiness';
import type { ServiceDefinition } from '../../model/types';
import { Dialog } from '../catalog/ui/Dialog';
import { publishedServices } from './publishedServices';
import { rememberedMunicipality, rememberMunicipality } from './rememberedMunicipality';
import './i18n';

type Phase = { name: 'idle' } | { name: 'working' } | { name: 'done'; text: string } | { name: 'failed'; text: string };

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000); // Revoking at once can cancel the download.
}

export default function ExportSiteDialog({ definitions, onClose }: { definitions: readonly ServiceDefinition[]; onClose(): void }) {
  const { t } = useTranslation('site');
  const [municipality, setMunicipality] = useState(rememberedMunicipality);
  const [error, setError] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const inputId = useId();
  const published = useMemo(() => publishedServices(definitions, new Date()), [definitions]);
  const incomplete = useMemo(
    () => published.map((d) => ({ title: d.card.title, count: siteReadiness(d).length })).filter((w) => w.count > 0),
    [published],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = municipality.trim();
    if (!name) {
      setError(t('municipalityRequired'));
      return;
    }
    setError('');
    rememberMunicipality(name);
    setPhase({ name: 'working' });
    try {
      const { exportSiteZip } = await import('./exportSiteZip');
      const result = await exportSiteZip(definitions, name);
      download(result.name, result.zip);
      setPhase({ name: 'done', text: t('done', { file: result.name, count: result.pages }) });
    } catch (failure) {
      setPhase({ name: 'failed', text: t('failed', { message: failure instanceof Error ? failure.message : String(failure) }) });
    }
  };

  const formId = `${inputId}-form`;
  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      closeLabel={t('close')}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {phase.name === 'done' ? t('close') : t('cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={phase.name === 'working'}>
            {t('download')}
          </button>
        </>
      }
    >
      <p className="dialog-intro">{t('intro')}</p>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('municipality')}</label>
          <input
            id={inputId}
            type="text"
            value={municipality}
            maxLength={120}
            onChange={(e) => setMunicipality(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          />
          <p className="field-hint" id={`${inputId}-hint`}>
            {t('municipalityHint')}
          </p>
          {error && (
            <p className="field-error" id={`${inputId}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
      </form>
      <p>{published.length ? t('count', { count: published.length }) : t('none')}</p>
      {incomplete.length > 0 && (
        <div className="notice notice-warning">
          <p>{t('warnings')}</p>
          <ul>
            {incomplete.map((w) => (
              <li key={w.title}>{t('warningsOf', { title: w.title, count: w.count })}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className={phase.name === 'failed' ? 'notice notice-error' : undefined}>
        {phase.name === 'working' ? t('working') : phase.name === 'done' || phase.name === 'failed' ? phase.text : ''}
      </p>
    </Dialog>
  );
}
