/** The responsible office in the "Contatti" section (Designers Italia `service-area`). */
import type { Office } from '../../../model/types';
import type { Translate } from '../translate';
import { CitizenIcon } from './CitizenIcon';

export function OfficeCard({ office, t, iconsUrl }: { office: Office; t: Translate; iconsUrl: string }) {
  return (
    <div className="card card-teaser shadow-sm p-4 mt-3 rounded border border-light flex-nowrap" data-element="service-area">
      <CitizenIcon name="pa" iconsUrl={iconsUrl} className="icon-primary" />
      <div className="card-body">
        <h3 className="card-title h5">{office.name || t('citizen.card.office')}</h3>
        <div className="card-text">
          {office.address && <p className="mb-1">{office.address}</p>}
          {office.phone && (
            <p className="mb-1">
              {t('citizen.card.phone')}: <a href={`tel:${office.phone.replace(/\s+/g, '')}`}>{office.phone}</a>
            </p>
          )}
          {office.email && (
            <p className="mb-1">
              {t('citizen.card.email')}: <a href={`mailto:${office.email}`}>{office.email}</a>
            </p>
          )}
          {office.pec && (
            <p className="mb-1">
              {t('citizen.card.pec')}: <a href={`mailto:${office.pec}`}>{office.pec}</a>
            </p>
          )}
          {office.openingHours && (
            <p className="mb-0">
              {t('citizen.card.hours')}: {office.openingHours}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
