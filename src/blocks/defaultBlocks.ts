/**
 * The built-in types, in palette order within each group. Adding a type =
 * one folder with its definition and tests, plus one line here.
 */
import { addressBlock } from './address/definition';
import { applicantBlock } from './applicant/definition';
import { attachmentBlock } from './attachment/definition';
import { benefitBlock } from './benefit/definition';
import { bookingBlock } from './booking/definition';
import { choiceBlock } from './choice/definition';
import { codiceFiscaleBlock } from './codiceFiscale/definition';
import { consentBlock } from './consent/definition';
import { dateBlock } from './date/definition';
import { emailBlock } from './email/definition';
import { ibanBlock } from './iban/definition';
import { infoTextBlock } from './infoText/definition';
import { iseeBlock } from './isee/definition';
import { moneyBlock } from './money/definition';
import { multiChoiceBlock } from './multiChoice/definition';
import { numberBlock } from './number/definition';
import { paymentBlock } from './payment/definition';
import { permitBlock } from './permit/definition';
import { phoneBlock } from './phone/definition';
import { rankingBlock } from './ranking/definition';
import { repeatableGroupBlock } from './repeatableGroup/definition';
import { sectionBlock } from './section/definition';
import { textBlock } from './text/definition';
import { textareaBlock } from './textarea/definition';
import type { BlockDefinition } from './types';
import { yesNoBlock } from './yesNo/definition';

export const defaultBlocks: BlockDefinition[] = [
  // fields
  textBlock,
  textareaBlock,
  numberBlock,
  moneyBlock,
  dateBlock,
  emailBlock,
  phoneBlock,
  choiceBlock,
  multiChoiceBlock,
  yesNoBlock,
  consentBlock,
  attachmentBlock,
  // personal data
  codiceFiscaleBlock,
  ibanBlock,
  addressBlock,
  iseeBlock,
  applicantBlock,
  // patterns ("Mattoncini")
  permitBlock,
  rankingBlock,
  paymentBlock,
  benefitBlock,
  bookingBlock,
  // layout
  sectionBlock,
  repeatableGroupBlock,
  infoTextBlock,
];
