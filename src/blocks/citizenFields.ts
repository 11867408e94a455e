/**
 * Custom rjsf fields the compiled flow refers to by name (`ui:field`). Pass
 * them to the form: `<Form fields={citizenFields} …>`.
 */
import type { RegistryFieldsType } from '@rjsf/utils';
import { InfoTextField } from './infoText/InfoTextField';
import { NoticeField } from './shared/NoticeField';
import { INFO_FIELD, NOTICE_FIELD } from './shared/uiFields';

export const citizenFields: RegistryFieldsType = {
  [INFO_FIELD]: InfoTextField,
  [NOTICE_FIELD]: NoticeField,
};
