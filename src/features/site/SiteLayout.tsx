/**
 * The frame of every page of the exported site, after Designers Italia's
 * "Modello Comuni": skip link, header with the Comune's name and the main
 * menu (whose «Servizi» carries `data-element="all-services"`, where the
 * checker starts), the page, the page-feedback widget, the footer. Header
 * and footer are the preview's own components, so the two look alike. A
 * whole HTML document, rendered with renderToStaticMarkup.
 */
import type { ReactNode } from 'react';
import { PageFeedback } from '../preview/card/PageFeedback';
import { CitizenFooter } from '../preview/citizen/CitizenFooter';
import { CitizenHeader } from '../preview/citizen/CitizenHeader';
import type { CitizenLink } from '../preview/citizen/CitizenLink';
import { linkTo, rootOf, SITE_PATHS } from './siteLinks';
import { siteTexts as s } from './siteTexts';

export interface SiteLayoutProps {
  /** This page's path in the site ("servizi/index.html"). */
  page: string;
  municipality: string;
  title: string;
  description: string;
  /** Which menu entry is the current page. */
  current?: 'services' | 'booking';
  /** The service page brings its own feedback widget (inside ServiceCardPage). */
  withFeedback?: boolean;
  exportedOn: string;
  children: ReactNode;
}

export function SiteLayout({ page, municipality, title, description, current, withFeedback = true, exportedOn, children }: SiteLayoutProps) {
  const root = rootOf(page);
  const icons = `${root}svg/sprites.svg`;
  const home = linkTo(page, SITE_PATHS.home);
  // The same two entries head the page and close it.
  const menu: CitizenLink[] = [
    { href: linkTo(page, SITE_PATHS.services), label: s.services, current: current === 'services', dataElement: 'all-services' },
    { href: linkTo(page, SITE_PATHS.booking), label: s.booking, current: current === 'booking' },
  ];
  return (
    <html lang="it">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${municipality}`}</title>
        <meta name="description" content={description} />
        <link rel="stylesheet" href={`${root}css/bootstrap-italia.min.css`} />
        <link rel="stylesheet" href={`${root}css/fonts.css`} />
        <link rel="stylesheet" href={`${root}css/site.css`} />
        <script src={`${root}js/feedback.js`} defer />
      </head>
      <body>
        <div className="skiplink">
          <a className="visually-hidden-focusable" href="#contenuto">
            {s.skip}
          </a>
        </div>
        <CitizenHeader municipality={municipality} iconsUrl={icons} homeHref={home} menu={{ label: s.mainMenu, links: menu }} />
        <main id="contenuto" tabIndex={-1}>
          {children}
          {withFeedback && (
            <div className="container">
              <PageFeedback language="it" iconsUrl={icons} />
            </div>
          )}
        </main>
        <CitizenFooter
          municipality={municipality}
          iconsUrl={icons}
          homeHref={home}
          links={menu}
          note={`${s.footerNote} ${s.updated(exportedOn)}`}
        />
      </body>
    </html>
  );
}
