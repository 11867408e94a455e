/**
 * A payment as OpenCity expects it: `payment_amount` (euros, read-only,
 * computed in Form.io from our formula translated to JsonLogic) and
 * `payment_description` (the causale, at most 60 characters: pagoPA's limit),
 * after the text the citizen reads. A notice to pay (mode «due») also asks
 * its notice code, as in our flow.
 */
import { formioAmount, formioInfoAndAnswers, type FormioExport } from '../shared/formio';
import { formatEuro } from '../../runtime/money';
import { amountRule, fineSettings, paymentMode } from './config';

/** pagoPA's limit on the causale, which OpenCity passes on as `payment_description`. */
export const PAYMENT_DESCRIPTION_MAX = 60;

export const paymentFormio: FormioExport = (node, ctx) => {
  const p = node.props;
  const en = ctx.language === 'en';
  // The text, then the answers of a notice to pay (notice code, notification date), under the node's key as in our answers.
  const out = formioInfoAndAnswers(node.key, ctx.compiled(node));
  const amount = formioAmount(ctx.conventionKey('payment_amount', `${node.key}_amount`), en ? 'Amount to pay' : 'Importo da pagare');
  const fine = paymentMode(p) === 'due' ? fineSettings(p) : undefined;
  const rule = amountRule(p);
  if (fine) {
    amount.defaultValue = fine.reduced + fine.notificationCosts;
    ctx.warn(
      'L’importo della multa dipende dai giorni trascorsi dalla notifica, che Form.io non sa calcolare: ' +
        `esportato come importo ridotto più spese di notifica (${formatEuro(fine.reduced + fine.notificationCosts)})`,
      '/props/fine',
    );
  } else if (typeof rule === 'number') {
    amount.defaultValue = rule;
  } else if (rule !== undefined) {
    ctx.calculate(amount, rule, '/props/amount');
  } else {
    ctx.warn('Il pagamento non ha un importo: payment_amount resta vuoto', '/props/amount');
  }
  out.push(amount);

  const reason = typeof p.reason === 'string' ? p.reason : '';
  if (reason.length > PAYMENT_DESCRIPTION_MAX) {
    ctx.warn(`La causale supera i ${PAYMENT_DESCRIPTION_MAX} caratteri di pagoPA: esportata troncata`, '/props/reason');
  }
  out.push({
    type: 'textfield',
    key: ctx.conventionKey('payment_description', `${node.key}_description`),
    label: en ? 'Payment reason' : 'Causale del pagamento',
    input: true,
    disabled: true,
    tableView: true,
    defaultValue: reason.slice(0, PAYMENT_DESCRIPTION_MAX),
    validate: { maxLength: PAYMENT_DESCRIPTION_MAX },
  });
  return out;
};
