/**
 * An economic benefit: its explanation, the amount computed in Form.io from
 * our formula (translated to JsonLogic, capped as in our preview), and the
 * IBAN when it is paid into an account.
 */
import { formioAmount, formioInfoAndAnswers, type FormioExport } from '../shared/formio';
import { benefitConfig } from './config';

export const benefitFormio: FormioExport = (node, ctx) => {
  const en = ctx.language === 'en';
  const out = formioInfoAndAnswers(node.key, ctx.compiled(node));
  const amount = formioAmount(`${node.key}_amount`, en ? 'Amount of the benefit' : 'Importo del contributo');
  const config = benefitConfig(node.props);
  if (config.amount === null) ctx.warn('Il contributo non ha una formula dell’importo', '/props/amount');
  else ctx.calculate(amount, config.amount, '/props/amount', config.cap === undefined ? undefined : (rule) => ({ min: [rule, config.cap!] }));
  out.push(amount);
  return out;
};
