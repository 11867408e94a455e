/**
 * The Form.io (OpenCity) export of each built-in type, one `formio.ts` per
 * type folder, listed here rather than in each `definition.ts`: the
 * definitions are in the editor's first load, and the export code (≈3 KiB
 * gzip) is needed only when an export runs, so it stays out of it. The
 * exporter reads `BlockDefinition.formio` first (a type may carry its own),
 * then this table.
 */
import { addressFormio } from './address/formio';
import { applicantFormio } from './applicant/formio';
import { attachmentFormio } from './attachment/formio';
import { benefitFormio } from './benefit/formio';
import { bookingFormio } from './booking/formio';
import { choiceFormio } from './choice/formio';
import { codiceFiscaleFormio } from './codiceFiscale/formio';
import { consentFormio } from './consent/formio';
import { dateFormio } from './date/formio';
import { emailFormio } from './email/formio';
import { ibanFormio } from './iban/formio';
import { infoTextFormio } from './infoText/formio';
import { iseeFormio } from './isee/formio';
import { moneyFormio } from './money/formio';
import { multiChoiceFormio } from './multiChoice/formio';
import { numberFormio } from './number/formio';
import { paymentFormio } from './payment/formio';
import { permitFormio } from './permit/formio';
import { phoneFormio } from './phone/formio';
import { rankingFormio } from './ranking/formio';
import { repeatableGroupFormio } from './repeatableGroup/formio';
import { sectionFormio } from './section/formio';
import type { FormioExport } from './shared/formio';
import { textFormio } from './text/formio';
import { textareaFormio } from './textarea/formio';
import type { BlockDefinition } from './types';
import { yesNoFormio } from './yesNo/formio';

/** Type id → its Form.io export. */
export const FORMIO_EXPORTS: Readonly<Record<string, FormioExport>> = {
  text: textFormio,
  textarea: textareaFormio,
  number: numberFormio,
  money: moneyFormio,
  date: dateFormio,
  email: emailFormio,
  phone: phoneFormio,
  choice: choiceFormio,
  multi_choice: multiChoiceFormio,
  yes_no: yesNoFormio,
  consent: consentFormio,
  attachment: attachmentFormio,
  codice_fiscale: codiceFiscaleFormio,
  iban: ibanFormio,
  address: addressFormio,
  isee: iseeFormio,
  applicant: applicantFormio,
  permit: permitFormio,
  ranking: rankingFormio,
  payment: paymentFormio,
  benefit: benefitFormio,
  booking: bookingFormio,
  section: sectionFormio,
  repeatable_group: repeatableGroupFormio,
  info_text: infoTextFormio,
};

/** The Form.io export of a type: its own member, else the built-in table's entry. */
export function formioExportOf(block: BlockDefinition): FormioExport | undefined {
  return (block.formio as FormioExport | undefined) ?? (Object.prototype.hasOwnProperty.call(FORMIO_EXPORTS, block.type) ? FORMIO_EXPORTS[block.type] : undefined);
}
