/**
 * A permissive phone-number check: citizens type "333 123 4567",
 * "+39 06 1234567", "0039-06-123.4567" or "(06) 1234567". Separators are
 * ignored; what remains must be an optional international prefix (+ or 00)
 * followed by 6 to 15 digits (ITU E.164 allows at most 15).
 */
const SEPARATORS = /[\s().\-/]/g;
const PHONE = /^(?:\+|00)?\d{6,15}$/;

export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value.replace(SEPARATORS, ''));
}

export const phoneFormats = { phone: isPhoneNumber };
