/**
 * "Beneficio economico": an amount by formula (ISEE brackets, household
 * members), capped, within a total budget, paid by IBAN credit (the IBAN
 * field comes with it) or as a voucher. The citizen reads how it is worked
 * out; the preview shows the computed amount with its explanation.
 */
import { describeRule } from '../../rules/describe';
import { formatEuro } from '../../runtime/money';
import { ibanBlock } from '../iban/definition';
import { messages } from '../shared/field';
import { patternDisplay, ruleAt, titledMarkdown } from '../shared/patterns';
import { labelOf, num, str } from '../shared/props';
import { PATTERN_FIELD } from '../shared/uiFields';
import type { BlockDefinition, JsonSchema } from '../types';
import { BENEFIT_IBAN_KEY, computeBenefitNode } from './compute';
import { benefitPayout } from './config';
import { benefitPropsSchema, defaultBenefitProps, type BenefitProps } from './props';

const TEXTS = {
  it: {
    iban: 'L’importo sarà accreditato sul conto corrente indicato qui sotto.',
    voucher: 'L’importo sarà riconosciuto come buono (voucher).',
    cap: (e: string) => `Importo massimo: ${e}.`,
    ibanLabel: 'IBAN del conto per l’accredito',
    ibanHelp: 'Il conto deve essere intestato o cointestato a chi presenta la domanda.',
  },
  en: {
    iban: 'The amount will be credited to the bank account below.',
    voucher: 'The amount will be granted as a voucher.',
    cap: (e: string) => `Maximum amount: ${e}.`,
    ibanLabel: 'IBAN of the account to be credited',
    ibanHelp: 'The account must be held or co-held by the applicant.',
  },
};

/** A canvas summary stays on one line: long formulas are cut. */
function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const benefitBlock: BlockDefinition<BenefitProps> = {
  type: 'benefit',
  label: { it: 'Beneficio economico', en: 'Economic benefit' },
  description: {
    it: 'Contributo calcolato con una formula, con tetto, budget e accredito su IBAN o voucher',
    en: 'Grant computed by a formula, with cap, budget and IBAN credit or voucher',
  },
  // A hand holding a coin.
  icon: 'M12 3a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM3 14h3l4 2h4a1.5 1.5 0 0 1 0 3H9M6 14v6l5 1 9-4.5a1.5 1.5 0 0 0-1.5-2.5L14 16',
  group: 'patterns',
  defaultKey: 'beneficio',
  defaultProps: defaultBenefitProps,
  propsSchema: benefitPropsSchema,
  technicalProps: [],
  // The editor's «Simula»: how far the budget goes over many generated or loaded applications.
  simulator: 'budget',
  compile(node, ctx) {
    const p = node.props;
    const t = ctx.language === 'en' ? TEXTS.en : TEXTS.it;
    const title = labelOf(p, benefitBlock.label.it);
    const payout = benefitPayout(p);
    const cap = num(p.cap);
    // The explanation is markdown written by officials (rendered safely); the rest is ours.
    const paragraphs = [str(p.help), str(p.explanation), cap !== undefined ? t.cap(formatEuro(cap)) : undefined, t[payout]];
    if (payout === 'voucher') return patternDisplay('benefit', title, titledMarkdown(title, ...paragraphs));

    // Same field, format and messages as the IBAN type.
    const iban = ibanBlock.compile(
      { id: `${node.id}-iban`, type: ibanBlock.type, key: BENEFIT_IBAN_KEY, props: { label: t.ibanLabel, help: t.ibanHelp, required: true, italianOnly: true } },
      ctx,
    );
    const markdown = paragraphs.filter(Boolean).join('\n\n');
    const schema: JsonSchema = {
      type: 'object',
      title,
      properties: { info: { type: 'null', readOnly: true, 'x-display': true, 'x-pattern': 'benefit' }, [BENEFIT_IBAN_KEY]: iban.schema! },
      required: [BENEFIT_IBAN_KEY],
      'x-pattern': 'benefit',
      'x-messages': { required: messages(ctx).required(title) },
    };
    const uiSchema = {
      'ui:order': ['info', BENEFIT_IBAN_KEY],
      info: { 'ui:field': PATTERN_FIELD, 'ui:options': { markdown, variant: 'info', pattern: 'benefit' } },
      [BENEFIT_IBAN_KEY]: iban.uiSchema,
    };
    return { schema, uiSchema, required: true };
  },
  summary(node) {
    const p = node.props;
    const parts: string[] = [];
    const formula = p.amount === undefined ? '' : describeRule(p.amount, () => undefined);
    const cap = num(p.cap);
    parts.push(shorten(formula || 'importo da impostare') + (cap !== undefined ? `, max ${formatEuro(cap)}` : ''));
    parts.push(benefitPayout(p) === 'iban' ? 'accredito su IBAN' : 'voucher');
    return parts.join(' · ');
  },
  rules: (node) => ruleAt('/props/amount', node.props.amount),
  compute: (node, answers, ctx) => computeBenefitNode(node, answers, ctx),
};
