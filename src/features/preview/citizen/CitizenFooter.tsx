/**
 * A Comune's site footer in Bootstrap Italia, one markup for the preview and
 * the exported site: the Comune's name, then what each has — the site's menu
 * again and its note, the preview's small prints (privacy, legal notes,
 * accessibility). Pure props → markup.
 */
import type { ReactNode } from 'react';
import { CitizenBrand } from './CitizenBrand';
import type { CitizenLink } from './CitizenLink';

export interface CitizenFooterProps {
  municipality: string;
  iconsUrl: string;
  /** Where the Comune's name leads. */
  homeHref?: string;
  /** Links under the Comune's name. */
  links?: CitizenLink[];
  /** A closing line under the links. */
  note?: ReactNode;
  /** The small prints' links, in the bar at the very bottom. */
  smallPrints?: CitizenLink[];
}

export function CitizenFooter({ municipality, iconsUrl, homeHref = '/', links, note, smallPrints }: CitizenFooterProps) {
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row clearfix">
            <div className="col-sm-12">
              <div className="it-brand-wrapper">
                <CitizenBrand municipality={municipality} iconsUrl={iconsUrl} homeHref={homeHref} />
              </div>
              {links && (
                <ul className="footer-list list-unstyled d-flex flex-wrap gap-4">
                  {links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              )}
              {note && <p className="pb-4 mb-0">{note}</p>}
            </div>
          </div>
        </div>
      </div>
      {smallPrints && (
        <div className="it-footer-small-prints clearfix">
          <div className="container">
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              {smallPrints.map((link) => (
                <li className="list-inline-item" key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </footer>
  );
}
