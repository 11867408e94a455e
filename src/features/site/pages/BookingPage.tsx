/**
 * «Prenota appuntamento»: the services booked online (their booking link and
 * card) and every office named by the services' cards, with address,
 * contacts and opening hours — where the `appointment-booking` links lead.
 */
import type { Office } from '../../../model/types';
import { OfficeCard } from '../../preview/card/OfficeCard';
import { previewTranslate } from '../../preview/testing/translate';
import { Breadcrumb } from '../Breadcrumb';
import { SiteLayout } from '../SiteLayout';
import { linkTo, rootOf, SITE_PATHS } from '../siteLinks';
import type { SiteContext, SiteService } from '../siteModel';
import { siteTexts as s } from '../siteTexts';

const t = previewTranslate('it');

/** The distinct offices (same name and address = same office), with the services they answer for. */
export function officesOf(services: readonly SiteService[]): Array<{ office: Office; services: SiteService[] }> {
  const offices = new Map<string, { office: Office; services: SiteService[] }>();
  for (const service of services) {
    const office = service.definition.card.office;
    if (!office.name.trim() && !office.address.trim()) continue;
    const key = `${office.name.trim().toLowerCase()}|${office.address.trim().toLowerCase()}`;
    const entry = offices.get(key) ?? { office, services: [] };
    entry.services.push(service);
    offices.set(key, entry);
  }
  return [...offices.values()].sort((a, b) => a.office.name.localeCompare(b.office.name, 'it'));
}

export function BookingPage({ site }: { site: SiteContext }) {
  const page = SITE_PATHS.booking;
  const bookable = site.services.filter((service) => service.definition.card.access.channel === 'booking');
  const icons = `${rootOf(page)}svg/sprites.svg`;
  return (
    <SiteLayout page={page} municipality={site.municipality} title={s.booking} description={s.bookingLead} current="booking" exportedOn={site.exportedOn}>
      <div className="container py-4">
        <Breadcrumb items={[{ label: s.home, href: linkTo(page, SITE_PATHS.home) }, { label: s.booking }]} />
        <h1 className="title-xxxlarge mb-3">{s.booking}</h1>
        <p className="lead">{s.bookingLead}</p>
        <section className="my-5" aria-labelledby="prenotabili">
          <h2 className="h3 mb-3" id="prenotabili">
            {s.bookableOnline}
          </h2>
          {bookable.length === 0 ? (
            <p>{s.noBookable}</p>
          ) : (
            <ul className="list-unstyled row g-3">
              {bookable.map(({ definition, path }) => (
                <li className="col-12 col-lg-6" key={path}>
                  <div className="card card-teaser shadow-sm rounded border border-light h-100 p-3">
                    <div className="card-body">
                      <h3 className="card-title h5">{definition.card.title}</h3>
                      <p className="card-text">{definition.card.short_description}</p>
                      <p className="d-flex flex-wrap gap-3 mb-0">
                        {definition.card.access.url.trim() && (
                          <a className="btn btn-primary" href={definition.card.access.url}>
                            {s.bookOnline}
                            <span className="visually-hidden">: {definition.card.title}</span>
                          </a>
                        )}
                        <a className="btn btn-outline-primary" href={linkTo(page, path)}>
                          {s.serviceCard}
                          <span className="visually-hidden">: {definition.card.title}</span>
                        </a>
                      </p>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="mb-5" aria-labelledby="uffici">
          <h2 className="h3 mb-3" id="uffici">
            {s.offices}
          </h2>
          <ul className="list-unstyled row g-3">
            {officesOf(site.services).map(({ office, services }) => (
              <li className="col-12 col-lg-6" key={`${office.name}|${office.address}`}>
                <OfficeCard office={office} t={t} iconsUrl={icons} />
                <p className="small mt-2 mb-0">
                  {s.officeServices}:{' '}
                  {services.map(({ definition, path }, i) => (
                    <span key={path}>
                      {i > 0 && ', '}
                      <a href={linkTo(page, path)}>{definition.card.title}</a>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </SiteLayout>
  );
}
