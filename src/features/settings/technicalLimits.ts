/** Length limits of the technical settings' texts, from the format's schema. */
import { TechnicalSettingsSchema } from '../../model/schema';

type Node = { maxLength?: number; properties?: Record<string, Node>; items?: Node };

/** `protocol.registry`, `payment.entityTaxCode`, `integrations.url`… */
export function technicalMaxLength(path: string): number | undefined {
  let node: Node | undefined = TechnicalSettingsSchema as unknown as Node;
  for (const part of path.split('.')) node = (node?.items ?? node)?.properties?.[part];
  return node?.maxLength;
}
