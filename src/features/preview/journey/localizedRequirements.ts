/**
 * Requirement names and messages in the citizen's language, from
 * `translations[language]["requirement.<id>.name" | ".message"]`.
 */
import type { ServiceDefinition } from '../../../model/types';
import type { RequirementCheck } from '../../../runtime/engine';

export function localizedRequirements(def: ServiceDefinition, language: string, checks: RequirementCheck[]): RequirementCheck[] {
  const texts = language === def.languages.default ? undefined : def.translations[language];
  if (!texts) return checks;
  return checks.map((check) => {
    const name = texts[`requirement.${check.id}.name`];
    const message = texts[`requirement.${check.id}.message`];
    if (!name && !(message && check.message)) return check;
    return { ...check, ...(name ? { name } : {}), ...(message && check.message ? { message } : {}) };
  });
}
