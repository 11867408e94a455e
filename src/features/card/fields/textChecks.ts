/** The checks of a card text against its schema limits, as translated messages. */
import type { TFunction } from 'i18next';

export interface TextRules {
  label: string;
  required?: boolean;
  maxLength?: number;
}

/** A checker for `useValidatedText`: null when valid, else the Italian (or English) message. */
export function textCheck(t: TFunction, { label, required, maxLength }: TextRules): (value: string) => string | null {
  return (value) => {
    if (required && value.trim() === '') return t('card:errors.required', { label });
    if (maxLength !== undefined && value.length > maxLength) return t('card:errors.tooLong', { label, max: maxLength });
    return null;
  };
}
