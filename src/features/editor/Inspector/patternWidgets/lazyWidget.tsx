/**
 * Wraps a pattern control loaded on demand: until its chunk arrives the
 * inspector shows the prop's title with "Caricamento…", and if it never
 * arrives, a sentence — the prop's value is untouched either way.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectorWidget } from '../customWidgets';
import type { FieldProps } from '../fieldTypes';
import { LoadBoundary } from '../LoadBoundary';

function Placeholder({ label, failed }: { label: string; failed?: boolean }) {
  const { t } = useTranslation('editor');
  return (
    <div className="field-group pattern-placeholder">
      <p className="field-label">{label}</p>
      <p className={failed ? 'field-error' : 'field-hint'} role={failed ? 'alert' : 'status'}>
        {t(failed ? 'inspector.widgetFailed' : 'inspector.widgetLoading', { label })}
      </p>
    </div>
  );
}

/** An inspector control whose code is fetched the first time it is drawn. */
export function lazyWidget(load: () => Promise<InspectorWidget>): InspectorWidget {
  const Loaded = lazy(() => load().then((widget) => ({ default: widget })));
  function LazyPatternWidget(props: FieldProps) {
    return (
      <LoadBoundary fallback={<Placeholder label={props.label} failed />}>
        <Suspense fallback={<Placeholder label={props.label} />}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return LazyPatternWidget;
}
