/**
 * An economic benefit: its explanation, the amount computed in Form.io from
 * our formula (translated to JsonLogic, capped as in our preview), and the
 * IBAN when it is paid into an account.
 */
import { formioContent, formioFromSchema, type FormioComponent, type FormioExport } from '../shared/formio';
import type { JsonSchema, UiSchema } from '../types';
import { benefitConfig } from './config';

export const benefitFormio: FormioExport = (node, ctx) => {
  const en = ctx.language === 'en';
  const compiled = ctx.compiled(node);
  const schema = compiled.schema ?? {};
  const ui = compiled.uiSchema;
  const out: FormioComponent[] = [];
  const infoUi = (schema.type === 'object' ? ui.info : ui) as UiSchema | undefined;
  const markdown = (infoUi?.['ui:options'] as { markdown?: string } | undefined)?.markdown;
  if (markdown) out.push(formioContent(`${node.key}_info`, markdown));
  if (schema.type === 'object') {
    const properties = { ...(schema.properties as Record<string, JsonSchema>) };
    delete properties.info;
    const order = (ui['ui:order'] as string[] | undefined)?.filter((k) => k !== 'info');
    out.push(formioFromSchema(node.key, { ...schema, properties }, { ...ui, 'ui:order': order }, compiled.required));
  }
  const amount: FormioComponent = {
    type: 'currency',
    key: `${node.key}_amount`,
    label: en ? 'Amount of the benefit' : 'Importo del contributo',
    input: true,
    disabled: true,
    currency: 'EUR',
    delimiter: true,
    tableView: true,
  };
  const config = benefitConfig(node.props);
  if (config.amount === null) ctx.warn('Il contributo non ha una formula dell’importo', '/props/amount');
  else ctx.calculate(amount, config.amount, '/props/amount', config.cap === undefined ? undefined : (rule) => ({ min: [rule, config.cap!] }));
  out.push(amount);
  return out;
};
