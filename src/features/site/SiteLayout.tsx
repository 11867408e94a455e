/**
 * The frame of every page of the exported site, after Designers Italia's
 * "Modello Comuni": skip link, header with the Comune's name and the main
 * menu (whose «Servizi» carries `data-element="all-services"`, where the
 * checker starts), the page, the page-feedback widget, the footer. A whole
 * HTML document, rendered with renderToStaticMarkup.
 */
import type { ReactNode } from 'react';
import { PageFeedback } from '../preview/card/PageFeedback';
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
  const services = linkTo(page, SITE_PATHS.services);
  const booking = linkTo(page, SITE_PATHS.booking);
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
        <header className="it-header-wrapper">
          <div className="it-nav-wrapper">
            <div className="it-header-center-wrapper">
              <div className="container">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <a href={home}>
                      <svg className="icon" aria-hidden="true" focusable="false">
                        <use href={`${icons}#it-pa`} />
                      </svg>
                      <div className="it-brand-text">
                        <div className="it-brand-title">{municipality}</div>
                      </div>
                    </a>
                  </div>
                </div>
              </div>
            </div>
            <div className="it-header-navbar-wrapper site-navbar">
              <div className="container">
                <nav aria-label={s.mainMenu}>
                  <ul className="site-menu list-unstyled d-flex flex-wrap gap-4 mb-0">
                    <li>
                      <a className="site-menu-link" href={services} data-element="all-services" aria-current={current === 'services' ? 'page' : undefined}>
                        {s.services}
                      </a>
                    </li>
                    <li>
                      <a className="site-menu-link" href={booking} aria-current={current === 'booking' ? 'page' : undefined}>
                        {s.booking}
                      </a>
                    </li>
                  </ul>
                </nav>
              </div>
            </div>
          </div>
        </header>
        <main id="contenuto" tabIndex={-1}>
          {children}
          {withFeedback && (
            <div className="container">
              <PageFeedback language="it" iconsUrl={icons} />
            </div>
          )}
        </main>
        <footer className="it-footer">
          <div className="it-footer-main">
            <div className="container py-4">
              <div className="it-brand-wrapper mb-3">
                <a href={home}>
                  <svg className="icon" aria-hidden="true" focusable="false">
                    <use href={`${icons}#it-pa`} />
                  </svg>
                  <div className="it-brand-text">
                    <div className="it-brand-title">{municipality}</div>
                  </div>
                </a>
              </div>
              <ul className="footer-list list-unstyled d-flex flex-wrap gap-4">
                <li>
                  <a href={services}>{s.services}</a>
                </li>
                <li>
                  <a href={booking}>{s.booking}</a>
                </li>
              </ul>
              <p className="mb-0">
                {s.footerNote} {s.updated(exportedOn)}
              </p>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
