/** Reading and patching card fields by dotted path (`title`, `office.email`). */
import type { ServiceCard } from '../../../model/types';
import type { UpdateCardArgs } from '../../../model';

/** Text paths of the card the generic fields edit. */
export type CardTextPath =
  | 'title' | 'short_description' | 'description' | 'category' | 'audience'
  | 'who' | 'how_to_do' | 'what_you_need' | 'what_you_get' | 'times_and_deadlines'
  | 'conditions' | 'conditions_file_url' | 'costs' | 'special_cases' | 'more_info'
  | 'access.text' | 'access.url'
  | 'office.name' | 'office.address' | 'office.phone' | 'office.email' | 'office.pec' | 'office.openingHours';

export function readCardText(card: ServiceCard, path: CardTextPath): string {
  const [head, tail] = path.split('.') as [keyof ServiceCard, string | undefined];
  const value = tail ? (card[head] as unknown as Record<string, unknown>)[tail] : card[head];
  return typeof value === 'string' ? value : '';
}

/** The `updateCard` patch setting `path` to `value` (nested objects replaced whole, as the command expects). */
export function cardPatch(card: ServiceCard, path: CardTextPath, value: string): UpdateCardArgs {
  const [head, tail] = path.split('.') as [keyof ServiceCard, string | undefined];
  if (!tail) return { [head]: value } as UpdateCardArgs;
  return { [head]: { ...(card[head] as object), [tail]: value } } as UpdateCardArgs;
}
