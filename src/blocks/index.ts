/**
 * The block registry: public API of `src/blocks`.
 */
export { defaultBlocks } from './defaultBlocks';
export { createRegistry, defaultRegistry, createNode } from './registry';
export type { BlockRegistry, FormatCheck } from './registry';
export { slugKey } from './slug';
export { PALETTE_GROUPS } from './types';
export type {
  BaseFieldProps,
  BlockDefinition,
  CompileContext,
  CompiledNode,
  JsonSchema,
  PaletteGroup,
  UiSchema,
} from './types';
export { messagesFor, type MessageTemplates } from './shared/messages';
export { PATTERN_PRESETS } from './shared/props';
export { MIME_TYPES } from './attachment/mimeTypes';
export { INFO_FIELD, NOTICE_FIELD } from './shared/uiFields';
export { renderMarkdown } from './infoText/renderMarkdown';
export { isValidCodiceFiscale } from './codiceFiscale/checkCodiceFiscale';
export { isIban, isItalianIban } from './iban/ibanFormats';
export { isDsuProtocol } from './isee/dsuProtocol';
