/**
 * "Prenotazione appuntamento": offices, opening hours (several ranges per
 * weekday), slot length and capacity, closures and holidays, booking window,
 * minimum notice and cancellation limit. The citizen picks a free slot; the
 * answer is `{ officeId, start }` (start as an ISO instant).
 */
import { messages } from '../shared/field';
import { labelOf, str } from '../shared/props';
import { SLOT_PICKER_FIELD } from '../shared/uiFields';
import type { BlockDefinition, JsonSchema, UiSchema } from '../types';
import { computeBooking } from './compute';
import { bookingConfig } from './config';
import { openingHoursText } from './hours';
import { bookingPropsSchema, defaultBookingProps, type BookingProps } from './props';

const TEXTS = {
  it: { office: 'Ufficio', start: 'Data e ora dell’appuntamento', hours: 'Orari', slot: (n: number) => `appuntamenti di ${n} minuti` },
  en: { office: 'Office', start: 'Date and time of the appointment', hours: 'Opening hours', slot: (n: number) => `${n}-minute appointments` },
};

export const bookingBlock: BlockDefinition<BookingProps> = {
  type: 'booking',
  label: { it: 'Prenotazione appuntamento', en: 'Appointment booking' },
  description: {
    it: 'Uffici, orari, durata degli appuntamenti, chiusure e festività: il cittadino sceglie un orario libero',
    en: 'Offices, hours, appointment length, closures and holidays: the citizen picks a free slot',
  },
  // A calendar with a clock hand.
  icon: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M12 12v3l2 1.5',
  group: 'patterns',
  defaultKey: 'appuntamento',
  defaultProps: defaultBookingProps,
  propsSchema: bookingPropsSchema,
  technicalProps: [],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const t = ctx.language === 'en' ? TEXTS.en : TEXTS.it;
    const title = labelOf(p, bookingBlock.label.it);
    const config = bookingConfig(p);
    const office: JsonSchema = { type: 'string', title: t.office, 'x-messages': { required: m.required(t.office), enum: m.choose(t.office) } };
    const officeUi: UiSchema = { 'ui:widget': 'select' };
    // An empty enum is not valid JSON Schema: a booking being configured may have no office yet.
    if (config.offices.length) {
      office.enum = config.offices.map((o) => o.id);
      officeUi['ui:enumNames'] = config.offices.map((o) => (o.address ? `${o.name} — ${o.address}` : o.name));
      if (config.offices.length === 1) office.default = config.offices[0].id;
    }
    const schema: JsonSchema = {
      type: 'object',
      title,
      properties: {
        officeId: office,
        start: { type: 'string', format: 'date-time', title: t.start, 'x-messages': { required: m.required(t.start), format: m.date(t.start) } },
      },
      required: ['officeId', 'start'],
      'x-widget': 'slot-picker',
      'x-pattern': 'booking',
      'x-messages': { required: m.required(title) },
    };
    const hours = openingHoursText(config.openingHours);
    const description = [str(p.help), hours && `${t.hours}: ${hours} (${t.slot(config.slotMinutes)})`]
      .filter((s): s is string => !!s)
      .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
      .join(' ');
    const uiSchema: UiSchema = {
      // The preview registers the picker under this name; without it rjsf draws the two fields below.
      'ui:field': SLOT_PICKER_FIELD,
      'ui:options': { 'x-widget': 'slot-picker', pattern: 'booking' },
      'ui:order': ['officeId', 'start'],
      officeId: officeUi,
      start: { 'ui:widget': 'datetime' },
    };
    if (description) uiSchema['ui:description'] = description;
    return { schema, uiSchema, required: true };
  },
  summary(node) {
    const config = bookingConfig(node.props);
    const hours = openingHoursText(config.openingHours) || 'orari da impostare';
    const parts = [hours, `slot ${config.slotMinutes} min`];
    if (config.offices.length > 1) parts.push(`${config.offices.length} uffici`);
    return parts.join(' · ');
  },
  compute: (node, answers, ctx) => computeBooking(node, answers, ctx),
};
