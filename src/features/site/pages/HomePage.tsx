/** The site's home: the Comune, the services in evidence, the way to all of them. */
import { SiteLayout } from '../SiteLayout';
import { linkTo, SITE_PATHS } from '../siteLinks';
import type { SiteContext } from '../siteModel';
import { siteTexts as s } from '../siteTexts';

const FEATURED = 6;

export function HomePage({ site }: { site: SiteContext }) {
  const page = SITE_PATHS.home;
  return (
    <SiteLayout page={page} municipality={site.municipality} title={s.homeTitle} description={s.homeLead(site.municipality)} exportedOn={site.exportedOn}>
      <div className="bg-primary text-white py-5">
        <div className="container">
          <h1 className="text-white">{site.municipality}</h1>
          <p className="lead text-white mb-4">{s.homeLead(site.municipality)}</p>
          <a className="btn btn-light" href={linkTo(page, SITE_PATHS.services)}>
            {s.allServices}
          </a>
        </div>
      </div>
      <div className="container py-5">
        <h2 className="mb-4">{s.featured}</h2>
        {site.services.length === 0 ? (
          <p>{s.noServices}</p>
        ) : (
          <ul className="row g-4 list-unstyled">
            {site.services.slice(0, FEATURED).map(({ definition, path }) => (
              <li className="col-12 col-md-6 col-lg-4" key={path}>
                <div className="card card-teaser shadow-sm rounded border border-light h-100 p-4">
                  <div className="card-body">
                    {definition.card.category && <p className="category-top mb-2">{definition.card.category}</p>}
                    <h3 className="card-title h5">
                      <a href={linkTo(page, path)}>{definition.card.title}</a>
                    </h3>
                    <p className="card-text">{definition.card.short_description}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <a className="btn btn-primary" href={linkTo(page, SITE_PATHS.services)}>
            {s.allServices}
          </a>
        </p>
      </div>
    </SiteLayout>
  );
}
