/**
 * What a formula gives with sample answers ("Con i dati di prova: 400 €"):
 * the quickest check that a formula says what the official meant.
 */
import { evaluateRule } from '../../rules';
import type { JsonLogicRule } from '../../model/types';
import { useRulesI18n } from './useRulesI18n';

export type FormulaUnit = '€' | 'punti';

export interface SampleResultProps {
  rule: JsonLogicRule | undefined;
  /** Answers keyed by field key, as the citizen flow stores them. */
  sample: Record<string, unknown>;
  unit?: FormulaUnit;
  /** The reference instant for "oggi" and ages (default: now). */
  now?: Date;
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, money: boolean, cents: boolean): Intl.NumberFormat {
  const key = `${locale}|${money}|${cents}`;
  let format = formats.get(key);
  if (!format) {
    format = money
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', useGrouping: 'always', minimumFractionDigits: cents ? 2 : 0 })
      : new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 10 });
    formats.set(key, format);
  }
  return format;
}

export function SampleResult({ rule, sample, unit, now }: SampleResultProps) {
  const { t, language } = useRulesI18n();
  if (rule === undefined) return null;
  const result = evaluateRule(rule, sample, now ? { now } : {});
  if (!result.ok) {
    return <p className="rb-sample rb-sample-error">{t('sample.error', { error: result.error })}</p>;
  }
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  const value = result.value;
  let text: string;
  if (typeof value === 'number') {
    const n = numberFormat(locale, unit === '€', !Number.isInteger(value)).format(value);
    text = unit === 'punti' ? t('sample.points', { count: value, n }) : n;
  } else {
    text = value === null ? '—' : String(value);
  }
  return <p className="rb-sample">{t('sample.result', { value: text })}</p>;
}
