/**
 * The status badge text in the interface language. The runtime's
 * `serviceAvailability` decides the state and its dates (and carries the
 * canonical Italian label); this module only words it through i18next, with
 * the same date rules, so that English reads naturally too. A unit test checks
 * that the Italian wording equals the runtime's label.
 */
import type { TFunction } from 'i18next';
import { formatDateIt, instantToRome } from '../../../runtime/romeTime';
import type { Availability } from '../../../runtime/schedule';

function at(t: TFunction, instant: Date, date: string): string {
  const { time } = instantToRome(instant);
  return time === '00:00' ? date : t('catalog:availability.at', { date, time });
}

/** "1/3/2027", or "1/3/2027 alle 09:00" off midnight. */
function opening(t: TFunction, opensAt: Date): string {
  return at(t, opensAt, formatDateIt(opensAt));
}

/** The last open day for a midnight closing (what a citizen needs), else the day and time. */
function closing(t: TFunction, closesAt: Date): string {
  if (instantToRome(closesAt).time === '00:00') return formatDateIt(new Date(closesAt.getTime() - 1));
  return at(t, closesAt, formatDateIt(closesAt));
}

/** Badge text of an availability, e.g. "Programmato — apre il 1/3/2027". */
export function availabilityText(availability: Availability, t: TFunction): string {
  switch (availability.state) {
    case 'scheduled-before':
      return availability.opensAt
        ? t('catalog:availability.scheduledBefore', { when: opening(t, availability.opensAt) })
        : t('catalog:availability.scheduled');
    case 'scheduled-open':
      return availability.closesAt
        ? t('catalog:availability.openUntil', { when: closing(t, availability.closesAt) })
        : t('catalog:availability.open');
    default:
      return t(`catalog:availability.${availability.state}`);
  }
}
