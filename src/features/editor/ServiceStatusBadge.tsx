/**
 * The editor toolbar's status badge: the status a citizen would see now,
 * as the catalogue's badge says it («Pubblicato», «Programmato — apre il
 * 1/3/2027»). In Italian the runtime's own label is the catalogue's wording
 * (a catalogue test holds them equal); another interface language loads the
 * catalogue's badge with its strings.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import '../catalog/ui/ui.css';
import { serviceAvailability } from '../../runtime/schedule';
import { useDefinition } from '../../store/useDocument';
import { useLiveNow } from '../preview/useLiveNow';

const LocalizedStatusBadge = lazy(() => import('../catalog/StatusBadge').then((m) => ({ default: m.StatusBadge })));

export function ServiceStatusBadge() {
  const { i18n } = useTranslation();
  const status = useDefinition((d) => d.status);
  const schedule = useDefinition((d) => d.schedule);
  // A scheduled service opens and closes while the editor is open.
  const now = useLiveNow(null, 60_000);
  const availability = serviceAvailability({ status, schedule }, now);
  const plain = (
    <span className={`status-badge status-${availability.state}`} data-state={availability.state}>
      <span className="status-dot" aria-hidden="true" />
      {availability.label}
    </span>
  );
  if ((i18n.resolvedLanguage ?? i18n.language ?? 'it').startsWith('it')) return plain;
  return (
    <Suspense fallback={plain}>
      <LocalizedStatusBadge service={{ status, schedule }} now={now} />
    </Suspense>
  );
}
