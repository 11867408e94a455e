/**
 * The citizen preview: the live pane of the editor, the full-screen route,
 * and the pure service page (`ServiceCardPage`) that a static exporter can
 * render with `renderToStaticMarkup`.
 */
export { LivePreview } from './LivePreview';
export { PreviewWorkbench, type PreviewWorkbenchProps, type PreviewPersonaActions } from './PreviewWorkbench';
export { ServiceCardPage, type ServiceCardPageProps } from './card/ServiceCardPage';
export { cardSections, REQUIRED_SECTION_KEYS } from './card/cardSections';
export { localizedCard } from './card/localizedCard';
export { previewStrings } from './strings';
export type { Translate } from './translate';
