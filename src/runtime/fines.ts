/**
 * Amount due for a traffic fine (Codice della strada, art. 202–203) by the
 * days since notification, as Castenaso and Pescara explain it:
 * within 5 days the reduced amount minus 30%; from day 6 to day 60 the
 * reduced amount (the minimum); from day 61 half the maximum. Notification
 * costs are always due in full.
 */
import { fromCents, toCents } from './money';
import { daysBetween, romeDateOf, type RomeDate } from './romeTime';

/** The amounts printed on the verbale, in euros. */
export interface FineAmounts {
  /** "Importo ridotto" (the minimum of the sanction). */
  reduced: number;
  /** The maximum of the sanction. */
  maximum: number;
  notificationCosts: number;
}

/** Which band applies. */
export type FineBand = 'discount-30' | 'reduced' | 'half-maximum';

/** Result of {@link fineAmountDue}. */
export interface FineDue {
  /** Total euros to pay: sanction plus costs. */
  amount: number;
  /** The sanction part. */
  sanction: number;
  notificationCosts: number;
  band: FineBand;
  /** Italian explanation of the band. */
  label: string;
}

/** Options for {@link fineAmountDue}. */
export interface FineOptions {
  /** The 30% discount does not apply when the offence carries confiscation or licence suspension. */
  discountExcluded?: boolean;
}

/**
 * Euros due `daysSinceNotification` days after notification (0 = the day of
 * notification). The 30% reduction is rounded to the cent.
 */
export function fineAmountDue(fine: FineAmounts, daysSinceNotification: number, options: FineOptions = {}): FineDue {
  if (!Number.isInteger(daysSinceNotification) || daysSinceNotification < 0) {
    throw new RangeError('I giorni dalla notifica devono essere un intero non negativo.');
  }
  const costs = toCents(fine.notificationCosts);
  let sanction: number;
  let band: FineBand;
  let label: string;
  if (daysSinceNotification <= 5 && !options.discountExcluded) {
    sanction = Math.round((toCents(fine.reduced) * 70) / 100);
    band = 'discount-30';
    label = 'Pagamento entro 5 giorni dalla notifica: importo ridotto del 30%';
  } else if (daysSinceNotification <= 60) {
    sanction = toCents(fine.reduced);
    band = 'reduced';
    label = 'Pagamento entro 60 giorni dalla notifica: importo ridotto';
  } else {
    sanction = Math.round(toCents(fine.maximum) / 2);
    band = 'half-maximum';
    label = 'Oltre 60 giorni dalla notifica: metà del massimo della sanzione';
  }
  return { amount: fromCents(sanction + costs), sanction: fromCents(sanction), notificationCosts: fromCents(costs), band, label };
}

/** Calendar days (Rome) from the notification date to `now`'s Rome date. */
export function daysSinceNotification(notifiedOn: RomeDate, now: Date): number {
  return daysBetween(notifiedOn, romeDateOf(now));
}
