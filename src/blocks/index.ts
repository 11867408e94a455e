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
  BlockSimulator,
  CompileContext,
  CompiledNode,
  ComputeContext,
  JsonSchema,
  NodeRule,
  PaletteGroup,
  UiSchema,
} from './types';
export { patternExtraRules } from './patternRules';
export { messagesFor, type MessageTemplates } from './shared/messages';
export { PATTERN_PRESETS } from './shared/props';
export { MIME_TYPES } from './attachment/mimeTypes';
export { INFO_FIELD, NOTICE_FIELD, PATTERN_FIELD, SLOT_PICKER_FIELD } from './shared/uiFields';
export { renderMarkdown } from './infoText/renderMarkdown';
export { isValidCodiceFiscale } from './codiceFiscale/checkCodiceFiscale';
export { isIban, isItalianIban } from './iban/ibanFormats';
export { isDsuProtocol } from './isee/dsuProtocol';

// Pattern blocks ("Mattoncini"): settings readers shared by compute(), the preview and the simulators, and result shapes.
export { rankingConfig } from './ranking/config';
export type { RankingComputed } from './ranking/compute';
export type { RankingProps } from './ranking/props';
export { benefitConfig } from './benefit/config';
export type { BenefitComputed } from './benefit/compute';
export type { BenefitProps } from './benefit/props';
export { bookingConfig } from './booking/config';
export type { BookingComputed, SlotView } from './booking/compute';
export type { BookingProps } from './booking/props';
export { NOTICE_CODE_FORMAT } from './payment/formats';
export type { PaymentComputed } from './payment/compute';
export type { PaymentProps } from './payment/props';
export type { PermitComputed } from './permit/compute';
export type { PermitProps } from './permit/props';
