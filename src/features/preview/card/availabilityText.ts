/**
 * What the service page says about whether one can apply now: the status chip
 * and, when it matters, a sentence with the date ("Il servizio apre il …").
 */
import { instantToRome, romeDateOf } from '../../../runtime/romeTime';
import type { Availability } from '../../../runtime/schedule';
import { formatDate, formatDateAtTime } from '../format';
import type { Translate } from '../translate';

export interface AvailabilityText {
  active: boolean;
  chip: string;
  /** A sentence for the citizen, or undefined when there is nothing to add. */
  message?: string;
  /** Whether the message announces a problem (closed, suspended) rather than a fact. */
  blocking: boolean;
}

const isMidnight = (instant: Date) => instantToRome(instant).time === '00:00';

/** Date of an opening: "1 marzo 2099", with the time unless it is midnight. */
function openingDate(instant: Date, language: string): string {
  return isMidnight(instant) ? formatDate(romeDateOf(instant), language) : formatDateAtTime(instant, language);
}

/**
 * The last day one can apply, for a window closing at `closesAt`: a window
 * closing at midnight of 1 April is open "fino al 31 marzo".
 */
function lastDay(closesAt: Date, language: string): string {
  return isMidnight(closesAt) ? formatDate(romeDateOf(new Date(closesAt.getTime() - 1)), language) : formatDateAtTime(closesAt, language);
}

/**
 * @param startable whether the page lets the citizen start (the preview lets
 *   officials try a draft as if it were published).
 */
export function availabilityText(availability: Availability, t: Translate, language: string, startable = availability.open): AvailabilityText {
  const chip = startable ? t('citizen.card.statusActive') : t('citizen.card.statusInactive');
  const base = { active: startable, chip, blocking: !startable };
  switch (availability.state) {
    case 'scheduled-before':
      return { ...base, message: availability.opensAt ? t('citizen.card.opensOn', { date: openingDate(availability.opensAt, language) }) : t('citizen.card.notAvailable') };
    case 'closed':
      return { ...base, message: availability.closesAt ? t('citizen.card.closedOn', { date: openingDate(availability.closesAt, language) }) : t('citizen.card.closedSince') };
    case 'scheduled-open':
      return availability.closesAt ? { ...base, message: t('citizen.card.openUntil', { date: lastDay(availability.closesAt, language) }) } : base;
    case 'suspended':
      return { ...base, message: t('citizen.card.suspended') };
    default:
      return startable ? base : { ...base, message: t('citizen.card.notAvailable') };
  }
}

export { lastDay, openingDate };
