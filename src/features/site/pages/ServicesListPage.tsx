/**
 * «Servizi»: every service of the site grouped by category, each entry a
 * link with `data-element="service-link"` (where the checker picks the
 * service pages it audits), the booking link (`appointment-booking`), and the
 * services by topic (where the topic chips of the service pages lead).
 */
import { Breadcrumb } from '../Breadcrumb';
import { SiteLayout } from '../SiteLayout';
import { linkTo, SITE_PATHS } from '../siteLinks';
import { byCategory, byTopic, categoryAnchor, topicAnchor, type SiteContext } from '../siteModel';
import { siteTexts as s } from '../siteTexts';

export function ServicesListPage({ site }: { site: SiteContext }) {
  const page = SITE_PATHS.services;
  return (
    <SiteLayout page={page} municipality={site.municipality} title={s.services} description={s.servicesLead} current="services" exportedOn={site.exportedOn}>
      <div className="container py-4">
        <Breadcrumb items={[{ label: s.home, href: linkTo(page, SITE_PATHS.home) }, { label: s.services }]} />
        <h1 className="title-xxxlarge mb-3">{s.services}</h1>
        <p className="lead">{s.servicesLead}</p>
        <div className="callout note my-4">
          <p className="mb-2">{s.bookingCallout}</p>
          <a className="btn btn-outline-primary" href={linkTo(page, SITE_PATHS.booking)} data-element="appointment-booking">
            {s.booking}
          </a>
        </div>
        {site.services.length === 0 && <p>{s.noServices}</p>}
        {byCategory(site.services, s.otherCategory).map(({ category, services }) => (
          <section className="mb-5" id={categoryAnchor(category)} key={category} aria-labelledby={`${categoryAnchor(category)}-titolo`}>
            <h2 className="h3 mb-3" id={`${categoryAnchor(category)}-titolo`}>
              {category}
            </h2>
            <ul className="list-unstyled row g-3">
              {services.map(({ definition, path }) => (
                <li className="col-12 col-lg-6" key={path}>
                  <div className="card card-teaser shadow-sm rounded border border-light h-100 p-3">
                    <div className="card-body">
                      <h3 className="card-title h5">
                        <a href={linkTo(page, path)} data-element="service-link">
                          {definition.card.title}
                        </a>
                      </h3>
                      <p className="card-text mb-0">{definition.card.short_description}</p>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {site.services.length > 0 && (
          <section className="mb-4" aria-labelledby="per-argomento">
            <h2 className="h3 mb-3" id="per-argomento">
              {s.byTopic}
            </h2>
            {byTopic(site.services).map(({ topic, services }) => (
              <div id={topicAnchor(topic)} key={topic} className="mb-3">
                <h3 className="h6 text-uppercase mb-1">{topic}</h3>
                <ul className="mb-0">
                  {services.map(({ definition, path }) => (
                    <li key={path}>
                      <a href={linkTo(page, path)}>{definition.card.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
      </div>
    </SiteLayout>
  );
}
