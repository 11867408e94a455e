/**
 * One service's page: the same ServiceCardPage the live preview shows, with
 * the site's links (breadcrumb, topics, booking) and its access link.
 */
import { ServiceCardPage } from '../../preview/card/ServiceCardPage';
import { previewTranslate } from '../../preview/testing/translate';
import { serviceAvailability } from '../../../runtime/schedule';
import { SiteLayout } from '../SiteLayout';
import { linkTo, rootOf, SITE_PATHS } from '../siteLinks';
import { categoryAnchor, topicAnchor, type SiteContext, type SiteService } from '../siteModel';

const t = previewTranslate('it');

/** Where «Accedi al servizio» leads: the booking page for a booking, else the service's own address (or its contacts). */
export function accessHrefOf(service: SiteService): string {
  const { access } = service.definition.card;
  if (access.channel === 'booking') return linkTo(service.path, SITE_PATHS.booking);
  return access.url.trim() || '#contatti';
}

export function ServicePage({ site, service }: { site: SiteContext; service: SiteService }) {
  const { definition, path } = service;
  const card = definition.card;
  const services = linkTo(path, SITE_PATHS.services);
  return (
    <SiteLayout page={path} municipality={site.municipality} title={card.title} description={card.short_description} current="services" withFeedback={false} exportedOn={site.exportedOn}>
      <div className="pt-4">
        <ServiceCardPage
        card={card}
        availability={serviceAvailability(definition, site.now)}
        t={t}
        language="it"
        iconsUrl={`${rootOf(path)}svg/sprites.svg`}
        municipality={site.municipality}
        updatedAt={definition.updatedAt}
        accessHref={accessHrefOf(service)}
        links={{
          home: linkTo(path, SITE_PATHS.home),
          services,
          category: card.category.trim() ? `${services}#${categoryAnchor(card.category)}` : undefined,
          topic: (topic) => `${services}#${topicAnchor(topic)}`,
          booking: linkTo(path, SITE_PATHS.booking),
        }}
        />
      </div>
    </SiteLayout>
  );
}
