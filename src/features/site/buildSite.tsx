/**
 * The static website of the published services: path → file content.
 * Pages are React components rendered with renderToStaticMarkup — the
 * service page is the live preview's ServiceCardPage — plus Bootstrap
 * Italia's stylesheet, fonts and icons (given by the caller: read from
 * node_modules by the CLI, fetched as Vite assets in the browser).
 *
 * Pure apart from rendering: same services, options and assets → same files.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ServiceDefinition } from '../../model/types';
import { romeDateOf } from '../../runtime/romeTime';
import { formatDate } from '../preview/format';
import { FEEDBACK_JS } from './assets/feedbackScript';
import { SITE_CSS } from './assets/siteCss';
import { fontsCss, PACKAGE_FILES, STYLESHEET, withoutSourceMap } from './assets/siteAssetFiles';
import { BookingPage } from './pages/BookingPage';
import { HomePage } from './pages/HomePage';
import { ServicePage } from './pages/ServicePage';
import { ServicesListPage } from './pages/ServicesListPage';
import { publishedServices } from './publishedServices';
import { SITE_PATHS } from './siteLinks';
import { siteServices, type SiteContext } from './siteModel';

export type SiteFile = string | Uint8Array;
export type SiteFiles = Map<string, SiteFile>;

export interface BuildSiteOptions {
  /** "Comune di Borgo Esempio": header, footer, structured data. */
  municipality: string;
  /** The moment of the export: which services are on the site, their status. */
  now: Date;
  /** Bootstrap Italia's files by site path (see PACKAGE_FILES). */
  assets: ReadonlyMap<string, SiteFile>;
}

export interface BuiltSite {
  files: SiteFiles;
  /** The services on the site, with their page's path. */
  pages: Array<{ id: string; title: string; path: string }>;
}

function html(element: ReactElement): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(element)}`;
}

export function buildSite(definitions: readonly ServiceDefinition[], options: BuildSiteOptions): BuiltSite {
  const municipality = options.municipality.trim();
  const site: SiteContext = {
    municipality,
    now: options.now,
    exportedOn: formatDate(romeDateOf(options.now), 'it'),
    services: siteServices(publishedServices(definitions, options.now)),
  };
  const files: SiteFiles = new Map();
  files.set(SITE_PATHS.home, html(<HomePage site={site} />));
  files.set(SITE_PATHS.services, html(<ServicesListPage site={site} />));
  files.set(SITE_PATHS.booking, html(<BookingPage site={site} />));
  for (const service of site.services) files.set(service.path, html(<ServicePage site={site} service={service} />));

  files.set('css/fonts.css', fontsCss());
  files.set('css/site.css', SITE_CSS);
  files.set('js/feedback.js', FEEDBACK_JS);
  for (const file of PACKAGE_FILES) {
    const content = options.assets.get(file.sitePath);
    if (content === undefined) throw new Error(`Manca il file di Bootstrap Italia «${file.sitePath}».`);
    files.set(file.sitePath, file === STYLESHEET && typeof content === 'string' ? withoutSourceMap(content) : content);
  }
  return {
    files,
    pages: site.services.map((s) => ({ id: s.definition.id, title: s.definition.card.title, path: s.path })),
  };
}
