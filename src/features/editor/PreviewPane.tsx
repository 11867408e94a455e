/**
 * The live citizen preview ("Anteprima"), owned by `src/features/preview`.
 * Loaded on first opening (it brings @rjsf/core and the preview's pages,
 * which the editor's own bundle does not need), kept mounted afterwards so
 * the answers typed in it survive closing and reopening the pane.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../store/useUi';

const LivePreview = lazy(() => import('../preview/LivePreview').then((m) => ({ default: m.LivePreview })));

export function PreviewPane() {
  const { t } = useTranslation('app');
  const open = useUi((s) => s.openPanels.preview === true);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <LivePreview active={open} />
    </Suspense>
  );
}
