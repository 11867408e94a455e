/**
 * The live citizen preview ("Anteprima"), owned by `src/features/preview`.
 * Loaded on first opening (it brings @rjsf/core and the preview's pages,
 * which the editor's own bundle does not need), kept mounted afterwards so
 * the answers typed in it survive closing and reopening the pane.
 *
 * When the pane is open as the editor opens (wide screens), its loading and
 * its first compile wait until the canvas has painted and the browser is
 * idle: on a 1,000-field service the official sees and can edit the canvas
 * first, the preview follows a moment later.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../store/useUi';

const LivePreview = lazy(() => import('../preview/LivePreview').then((m) => ({ default: m.LivePreview })));

/** Calls `run` once the browser is idle after the next paint (at most `timeout` ms later). */
function afterPaintWhenIdle(run: () => void, timeout = 1500): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // The frame after this one has painted the canvas.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout });
    else timer = setTimeout(run, 50);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}

export function PreviewPane() {
  const { t } = useTranslation('app');
  const open = useUi((s) => s.openPanels.preview === true);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!open || opened) return;
    return afterPaintWhenIdle(() => setOpened(true));
  }, [open, opened]);
  if (!opened) return open ? <p role="status">{t('loading')}</p> : null;
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <LivePreview active={open} />
    </Suspense>
  );
}
