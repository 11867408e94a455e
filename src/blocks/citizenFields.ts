/**
 * Custom rjsf fields the compiled flow refers to by name (`ui:field`). Pass
 * them to the form: `<Form fields={citizenFields} …>`.
 */
import type { RegistryFieldsType } from '@rjsf/utils';
import { InfoTextField } from './infoText/InfoTextField';
import { NoticeField } from './shared/NoticeField';
import { PatternSlotField } from './shared/PatternSlotField';
import { INFO_FIELD, NOTICE_FIELD, PATTERN_FIELD } from './shared/uiFields';

export const citizenFields: RegistryFieldsType = {
  [INFO_FIELD]: InfoTextField,
  [NOTICE_FIELD]: NoticeField,
  [PATTERN_FIELD]: PatternSlotField,
};
