/** Length limits of the technical settings' texts, from the format's schema. */
import { schemaAt } from '../../model/publishedSchemaJson';

/** `protocol.registry`, `payment.entityTaxCode`, `integrations.url`… */
export function technicalMaxLength(path: string): number | undefined {
  return schemaAt(['technical', ...path.split('.')])?.maxLength;
}
