/** Registers the `card` namespace; imported by every card screen before it renders. */
import { registerStrings } from '../../app/i18n';
import { cardStrings } from './strings';

export const CARD_NS = 'card';
registerStrings(CARD_NS, cardStrings);
