/**
 * A Comune's site header in Bootstrap Italia, one markup for the preview and
 * the exported site: an optional slim bar (the preview's owning body and
 * personal area), the centre bar with the Comune's name, and an optional main
 * menu (the exported site's, whose «Servizi» carries `all-services`). Pure
 * props → markup; no Bootstrap Italia JavaScript is needed (the menu is a
 * plain list the site's css/site.css lays out at every width).
 */
import type { ReactNode } from 'react';
import { CitizenBrand } from './CitizenBrand';
import type { CitizenLink } from './CitizenLink';

export interface CitizenHeaderProps {
  municipality: string;
  iconsUrl: string;
  /** Where the Comune's name leads. */
  homeHref?: string;
  /** What the slim bar holds; without it there is no slim bar. */
  slimBar?: ReactNode;
  /** The main menu under the Comune's name, with its accessible name. */
  menu?: { label: string; links: CitizenLink[] };
}

export function CitizenHeader({ municipality, iconsUrl, homeHref = '/', slimBar, menu }: CitizenHeaderProps) {
  return (
    <header className="it-header-wrapper">
      {slimBar && (
        <div className="it-header-slim-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-slim-wrapper-content">{slimBar}</div>
              </div>
            </div>
          </div>
        </div>
      )}
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <CitizenBrand municipality={municipality} iconsUrl={iconsUrl} homeHref={homeHref} />
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        {menu && (
          <div className="it-header-navbar-wrapper site-navbar">
            <div className="container">
              <div className="row">
                <div className="col-12">
                  <nav aria-label={menu.label}>
                    <ul className="site-menu list-unstyled d-flex flex-wrap gap-4 mb-0">
                      {menu.links.map((link) => (
                        <li key={link.href}>
                          <a className="site-menu-link" href={link.href} data-element={link.dataElement} aria-current={link.current ? 'page' : undefined}>
                            {link.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                </div>
              </div>
            </div>
          </div>
        )}
      </div>
    </header>
  );
}
