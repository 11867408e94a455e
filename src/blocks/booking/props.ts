/**
 * Props of the "Prenotazione appuntamento" pattern and their schema: exactly
 * the runtime's `BookingConfig` (so compute() hands it to `freeSlots` as it
 * is), plus the title and help the citizen reads. Default: Alessandria's URP.
 */
import { alessandriaUrpBooking, type BookingConfig } from '../../runtime/bookingConfig';
import { helpProp, labelProp } from '../shared/props';
import type { JsonSchema } from '../types';

export interface BookingProps extends BookingConfig, Record<string, unknown> {
  label: string;
  help?: string;
}

export function defaultBookingProps(): BookingProps {
  return {
    label: 'Appuntamento per la carta d’identità elettronica',
    help: 'Scegli il giorno e l’ora: riceverai la conferma per email.',
    ...alessandriaUrpBooking(),
  };
}

export const WEEKDAY_NAMES = ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];

const time = (title: string): JsonSchema => ({ type: 'string', title, pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$', 'x-widget': 'time' });
const date = (title: string): JsonSchema => ({ type: 'string', title, format: 'date', 'x-widget': 'date' });

export const bookingPropsSchema: JsonSchema = {
  type: 'object',
  required: [
    'label',
    'offices',
    'openingHours',
    'slotMinutes',
    'capacityPerSlot',
    'closingPeriods',
    'excludeNationalHolidays',
    'windowDays',
    'minNoticeHours',
    'cancellationLimitDays',
  ],
  properties: {
    label: { ...labelProp, title: 'Titolo per il cittadino' },
    help: helpProp,
    offices: {
      type: 'array',
      title: 'Uffici',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'name', 'address'],
        properties: {
          id: { type: 'string', title: 'Codice', pattern: '^[a-z][a-z0-9_-]*$', maxLength: 60 },
          name: { type: 'string', title: 'Nome', minLength: 1, maxLength: 200 },
          address: { type: 'string', title: 'Indirizzo', maxLength: 300 },
        },
      },
    },
    openingHours: {
      type: 'array',
      title: 'Orari di apertura',
      description: 'Per ogni giorno della settimana, una o più fasce (es. 8:30–12:30 e 14:30–16:30)',
      maxItems: 7,
      'x-widget': 'opening-hours',
      items: {
        type: 'object',
        required: ['weekday', 'ranges'],
        properties: {
          weekday: { type: 'integer', title: 'Giorno', enum: [1, 2, 3, 4, 5, 6, 7], 'x-enumNames': WEEKDAY_NAMES },
          ranges: {
            type: 'array',
            title: 'Fasce orarie',
            maxItems: 10,
            items: { type: 'object', required: ['from', 'to'], properties: { from: time('Dalle'), to: time('Alle') } },
          },
        },
      },
    },
    slotMinutes: { type: 'integer', title: 'Durata di un appuntamento (minuti)', minimum: 5, maximum: 480 },
    capacityPerSlot: {
      type: 'integer',
      title: 'Persone per fascia',
      description: 'Quanti cittadini possono prenotare la stessa ora nello stesso ufficio (sportelli)',
      minimum: 1,
      maximum: 100,
    },
    closingPeriods: {
      type: 'array',
      title: 'Periodi di chiusura',
      maxItems: 100,
      'x-widget': 'closing-periods',
      items: {
        type: 'object',
        required: ['from', 'to'],
        properties: { from: date('Dal'), to: date('Al'), reason: { type: 'string', title: 'Motivo', maxLength: 200 } },
      },
    },
    excludeNationalHolidays: { type: 'boolean', title: 'Chiuso nelle festività nazionali' },
    patronDay: {
      type: 'string',
      // Stored as MM-DD; the inspector offers day and month menus, so the title needs no format.
      title: 'Festa del santo patrono',
      description: 'Gli uffici restano chiusi come in un festivo (es. 10 novembre, San Baudolino ad Alessandria)',
      pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      'x-widget': 'month-day',
    },
    windowDays: { type: 'integer', title: 'Si prenota fino a quanti giorni avanti', minimum: 1, maximum: 366 },
    minNoticeHours: { type: 'number', title: 'Preavviso minimo (ore)', minimum: 0, maximum: 8784 },
    cancellationLimitDays: {
      type: 'integer',
      title: 'Si può annullare fino a quanti giorni prima',
      description: '0: fino all’ora dell’appuntamento',
      minimum: 0,
      maximum: 365,
    },
  },
};
