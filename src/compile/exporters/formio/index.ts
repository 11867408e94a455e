/**
 * The OpenCity (Form.io) export: `exportFormio(definition)` → wizard JSON,
 * warnings and the answer-path map. See docs/exports.md.
 */
export { exportFormio, type FormioExportResult, type FormioForm } from './exportFormio';
export { translateRule, operationsOf, STANDARD_OPERATIONS, FORMIO_OPERATIONS } from './translateRule';
