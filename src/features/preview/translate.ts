/**
 * The translation function the citizen pages take as a prop. A plain
 * function type (not a hook) so that the pages stay pure props → markup and
 * a static exporter can render them with `renderToStaticMarkup` and
 * `i18next.getFixedT(language, 'preview')`.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
