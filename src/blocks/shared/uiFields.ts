/**
 * Names of the custom rjsf fields that display-only nodes compile to. The
 * components live in `citizenFields.ts`; a UI passes them to
 * `<Form fields={citizenFields}>`. Kept apart from React so that the pure
 * compiler can name them.
 */
export const INFO_FIELD = 'MattonciniInfo';
export const NOTICE_FIELD = 'MattonciniNotice';
