/** The status a citizen would see now, as a coloured badge ("Programmato — apre il 1/3/2027"). */
import { useTranslation } from 'react-i18next';
import { serviceAvailability, type SchedulableService } from '../../runtime/schedule';
import './i18n';
import { availabilityText } from './model/availabilityText';

export function StatusBadge({ service, now }: { service: SchedulableService; now: Date }) {
  const { t } = useTranslation('catalog');
  const availability = serviceAvailability(service, now);
  return (
    <span className={`status-badge status-${availability.state}`} data-state={availability.state}>
      <span className="status-dot" aria-hidden="true" />
      {availabilityText(availability, t)}
    </span>
  );
}
