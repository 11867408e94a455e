/**
 * The catalogue's «Esporta sito» button. The dialog, and with it the site
 * builder (react-dom/server, fflate, Bootstrap Italia's files), loads only
 * when the button is pressed: none of it is in the catalogue's first load.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDefinition } from '../../model/types';
import { Icon } from '../catalog/ui/Icon';
import './i18n';

const ExportSiteDialog = lazy(() => import('./ExportSiteDialog'));

export function ExportSiteButton({ definitions, disabled }: { definitions: readonly ServiceDefinition[]; disabled?: boolean }) {
  const { t } = useTranslation('site');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={disabled}>
        <Icon name="download" />
        {t('button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportSiteDialog definitions={definitions} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
