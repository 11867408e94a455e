/**
 * The pagoPA notice code ("codice avviso") as a custom format of the compiled
 * schema: 18 digits, spaces allowed as printed on notices, check digits
 * verified for aux digit 3 (the runtime's `isValidNoticeCode`).
 */
import { isValidNoticeCode } from '../../runtime/noticeCode';

export const NOTICE_CODE_FORMAT = 'pagopa-notice-code';

export const paymentFormats = { [NOTICE_CODE_FORMAT]: isValidNoticeCode };
