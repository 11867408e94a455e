/**
 * IBAN checks (ibantools: country length, BBAN structure, mod-97 check
 * digits). Citizens paste IBANs with spaces or in lower case: both are
 * accepted and normalised before the check.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

export function isIban(value: string): boolean {
  const iban = electronicFormatIBAN(value);
  return !!iban && isValidIBAN(iban);
}

/** An Italian IBAN: 27 characters starting with IT. */
export function isItalianIban(value: string): boolean {
  const iban = electronicFormatIBAN(value);
  return !!iban && iban.startsWith('IT') && isValidIBAN(iban);
}

export const ibanFormats = { iban: isIban, 'iban-it': isItalianIban };
