/**
 * Length limits of the card's texts, read from the format's schema (the
 * single source of truth), so counters and errors can never disagree with
 * what `restore()` accepts.
 */
import { ServiceCardSchema } from '../../../model/schema';

type Limits = { minLength?: number; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number; items?: Limits };
type WithProperties = { properties?: Record<string, Limits & WithProperties> };

/** Limits of a card field by dotted path: `title`, `office.name`, `access.url`. */
export function cardLimits(path: string): Limits {
  let node: (Limits & WithProperties) | undefined = ServiceCardSchema as unknown as Limits & WithProperties;
  for (const part of path.split('.')) node = node?.properties?.[part];
  return node ?? {};
}
