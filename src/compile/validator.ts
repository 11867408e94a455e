/**
 * The rjsf validator for compiled flows: @rjsf/validator-ajv8 with the
 * registry's custom formats and Ajv messages localised by ajv-i18n (used only
 * for keywords no `x-messages` entry covers).
 */
import type { ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import localizeEn from 'ajv-i18n/localize/en';
import localizeIt from 'ajv-i18n/localize/it';
import type { CompiledFlow } from './types';

const localizers: Record<string, typeof localizeIt> = { it: localizeIt, en: localizeEn };
const cache = new WeakMap<object, Map<string, ValidatorType>>();

/**
 * A validator for a compiled flow. Building Ajv is costly, so validators are
 * cached by the flow's `formats` object (shared by every flow compiled with
 * the same registry) and language. Ajv keeps every schema it compiled: a
 * long editing session that validates many versions can call
 * `validator.reset()` now and then.
 */
export function createValidator(
  compiled: Pick<CompiledFlow, 'formats'>,
  options: { language?: string } = {},
): ValidatorType {
  const language = options.language && localizers[options.language] ? options.language : 'it';
  let byLanguage = cache.get(compiled.formats);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(compiled.formats, byLanguage);
  }
  let validator = byLanguage.get(language);
  if (!validator) {
    validator = customizeValidator({ customFormats: { ...compiled.formats } }, localizers[language]);
    byLanguage.set(language, validator);
  }
  return validator;
}
