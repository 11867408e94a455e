/**
 * The office's address as schema.org `PostalAddress` parts. Officials write
 * one line ("Piazza della Repubblica 1, 00100 Borgo Esempio (piano terra)");
 * the checker's JSON-LD audit wants street, postal code and locality apart.
 */
export interface AddressParts {
  streetAddress: string;
  postalCode: string;
  addressLocality: string;
}

/** Splits "street, [CAP] locality (notes)" — missing parts are empty strings. */
export function parseOfficeAddress(address: string): AddressParts {
  // Notes in brackets ("piano terra") are for visitors, not part of the postal address.
  const line = address.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const parts = line.split(',').map((part) => part.trim()).filter(Boolean);
  const postalCode = line.match(/\b\d{5}\b/)?.[0] ?? '';
  if (parts.length < 2) return { streetAddress: parts[0] ?? '', postalCode, addressLocality: '' };
  const streetAddress = parts[0];
  // The locality is the part holding the CAP, else the last part; drop the CAP and a province code.
  const localityPart = parts.slice(1).find((part) => /\b\d{5}\b/.test(part)) ?? parts[parts.length - 1];
  const addressLocality = localityPart.replace(/\b\d{5}\b/, '').replace(/\(?\b[A-Z]{2}\b\)?$/, '').trim();
  return { streetAddress, postalCode, addressLocality };
}
