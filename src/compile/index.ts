/**
 * Service definition → citizen flow (pure; no React). For rendering a step
 * with @rjsf/core see `formProps.ts`.
 */
export { compile } from './compile';
export type { CompiledFlow, CompiledStep, CompileOptions, CompileWarning } from './types';
export { transformErrors, createTransformErrors, schemaAt } from './transformErrors';
export { createValidator } from './validator';
export { italianStringTranslator, stringTranslatorFor } from './translateString';
