/**
 * Length limits of the card's texts, read from the format's schema (the
 * single source of truth), so counters and errors can never disagree with
 * what `restore()` accepts.
 */
import { schemaAt } from '../../../model/publishedSchemaJson';

type Limits = { minLength?: number; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number; items?: Limits };

/** Limits of a card field by dotted path: `title`, `office.name`, `access.url`. */
export function cardLimits(path: string): Limits {
  return (schemaAt(['card', ...path.split('.')]) as Limits | undefined) ?? {};
}
