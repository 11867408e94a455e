/**
 * Names of the custom rjsf fields that display-only nodes compile to. The
 * components live in `citizenFields.ts`; a UI passes them to
 * `<Form fields={citizenFields}>`. Kept apart from React so that the pure
 * compiler can name them.
 */
export const INFO_FIELD = 'MattonciniInfo';
export const NOTICE_FIELD = 'MattonciniNotice';
/**
 * Display slot of a pattern block (score, amount, expected date): renders its
 * `ui:options.markdown` like an informative text; the citizen preview
 * replaces it with the live result of the block's `compute()` (`ui:options.pattern`
 * names the block type).
 */
export const PATTERN_FIELD = 'MattonciniPattern';
/**
 * The booking slot picker. Not registered by default: without it rjsf draws
 * the answer object's own fields (office select, date-time text); the preview
 * registers a picker fed by the booking block's `compute()`.
 */
export const SLOT_PICKER_FIELD = 'MattonciniSlotPicker';
