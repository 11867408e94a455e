/**
 * "Pagamento": one-off before submission, deferred after approval, a payment
 * due looked up by its pagoPA notice code (e.g. a fine), or recurring by
 * instalments. Amount fixed or by formula; causale of at most 60 characters;
 * pagoPA codes reserved to technical staff.
 */
import { messages } from '../shared/field';
import { patternDisplay, ruleAt, titledMarkdown } from '../shared/patterns';
import { labelOf, str } from '../shared/props';
import { PATTERN_FIELD } from '../shared/uiFields';
import type { BlockDefinition, CompileContext, CompiledNode, JsonSchema } from '../types';
import { computePayment, NOTICE_CODE_KEY, NOTIFIED_ON_KEY } from './compute';
import { fineSettings, paymentMode } from './config';
import { NOTICE_CODE_FORMAT, paymentFormats } from './formats';
import { defaultPaymentProps, paymentPropsSchema, type PaymentProps } from './props';
import { paymentParagraphs, paymentSummary } from './text';

const NOTICE_MESSAGE = {
  it: (l: string) => `Il campo «${l}» non è valido: servono le 18 cifre del codice avviso, controlla le ultime due (cifre di controllo)`,
  en: (l: string) => `The field «${l}» is not valid: enter the 18 digits of the notice code and check the last two (check digits)`,
};

/** The citizen's part of a payment due: notice code, and the notification date of a fine. */
function compileDue(props: Record<string, unknown>, title: string, markdown: string, ctx: CompileContext): CompiledNode {
  const m = messages(ctx);
  const en = ctx.language === 'en';
  const codeLabel = en ? 'Notice code' : 'Codice avviso';
  const properties: Record<string, JsonSchema> = {
    info: { type: 'null', readOnly: true, 'x-display': true, 'x-pattern': 'payment' },
    [NOTICE_CODE_KEY]: {
      type: 'string',
      title: codeLabel,
      format: NOTICE_CODE_FORMAT,
      'x-messages': { required: m.required(codeLabel), format: (en ? NOTICE_MESSAGE.en : NOTICE_MESSAGE.it)(codeLabel) },
    },
  };
  const order = ['info', NOTICE_CODE_KEY];
  const uiSchema: Record<string, unknown> = {
    info: { 'ui:field': PATTERN_FIELD, 'ui:options': { markdown, variant: 'info', pattern: 'payment' } },
    [NOTICE_CODE_KEY]: { 'ui:placeholder': '3012 3456 7890 1234 56', 'ui:options': { inputMode: 'numeric' }, 'ui:autocomplete': 'off' },
  };
  if (fineSettings(props)) {
    const dateLabel = en ? 'Notification date of the fine' : 'Data di notifica del verbale';
    properties[NOTIFIED_ON_KEY] = {
      type: 'string',
      format: 'date',
      title: dateLabel,
      'x-messages': { required: m.required(dateLabel), format: m.date(dateLabel) },
    };
    order.push(NOTIFIED_ON_KEY);
    uiSchema[NOTIFIED_ON_KEY] = { 'ui:widget': 'date' };
  }
  uiSchema['ui:order'] = order;
  const schema: JsonSchema = {
    type: 'object',
    title,
    properties,
    required: order.slice(1),
    'x-messages': { required: m.required(title) },
  };
  return { schema, uiSchema, required: true };
}

export const paymentBlock: BlockDefinition<PaymentProps> = {
  type: 'payment',
  label: { it: 'Pagamento', en: 'Payment' },
  description: {
    it: 'Pagamento pagoPA: prima dell’invio, dopo l’approvazione, con codice avviso o a rate',
    en: 'pagoPA payment: before submission, after approval, by notice code or by instalments',
  },
  // A card with its stripe and a euro sign.
  icon: 'M3 6h18v12H3zM3 10h18M14.5 13.2a2.2 2.2 0 1 0 0 3.1M12 14.2h2.5M12 15.6h2.5',
  group: 'patterns',
  defaultKey: 'pagamento',
  defaultProps: defaultPaymentProps,
  propsSchema: paymentPropsSchema,
  technicalProps: ['entityTaxCode', 'taxonomyCode', 'gateway'],
  compile(node, ctx) {
    const p = node.props;
    const title = labelOf(p, paymentBlock.label.it);
    const mode = paymentMode(p);
    const paragraphs = paymentParagraphs(p);
    const out =
      mode === 'due'
        ? compileDue(p, title, paragraphs.join('\n\n'), ctx)
        : patternDisplay('payment', title, titledMarkdown(title, ...paragraphs));
    // What an exporter or a back office needs to create the pagoPA position.
    const pagopa: Record<string, string> = {};
    for (const key of ['entityTaxCode', 'taxonomyCode', 'gateway'] as const) {
      const value = str(p[key]);
      if (value) pagopa[key] = value;
    }
    out.schema!['x-payment'] = { mode, reason: str(p.reason) ?? '', ...(Object.keys(pagopa).length ? { pagopa } : {}) };
    out.schema!['x-pattern'] = 'payment';
    return out;
  },
  summary: (node) => paymentSummary(node.props),
  rules: (node) => ruleAt('/props/amount', node.props.amount),
  compute: (node, answers, ctx) => computePayment(node, answers, ctx),
  formats: paymentFormats,
};
