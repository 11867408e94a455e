/**
 * The citizen's service page ("scheda servizio") with Bootstrap Italia's look
 * and Designers Italia's structure: breadcrumb, title, status, short
 * description, the page index, then the sections in order, each with the
 * `data-element` attribute the national site checker looks for.
 *
 * Pure props → markup: no store, no context, no effects. The live preview
 * renders it inside its frame; the static-site exporter (features/site)
 * renders the same component with `renderToStaticMarkup` (one markup, two
 * uses), passing `links` so the page's links lead to the site's own pages.
 * Interactivity is limited to the optional `onAccess` handler (ignored by
 * static rendering, where `accessHref` is used instead) and the feedback
 * widget's state.
 */
import type { ServiceCard } from '../../../model/types';
import type { Availability } from '../../../runtime/schedule';
import type { Translate } from '../translate';
import { romeDateOf } from '../../../runtime/romeTime';
import { formatDate } from '../format';
import { availabilityText, lastDay, openingDate } from './availabilityText';
import { cardSections, type CardSectionInfo, type CardSubsectionKey } from './cardSections';
import { CitizenIcon } from './CitizenIcon';
import { governmentService, jsonLdText } from '../../../compile/exporters/governmentService';
import { ACCESS_DATA_ELEMENT } from '../../../compile/exporters/siteSections';
import { withLeadParagraph } from './leadParagraph';
import { Markdown } from './Markdown';
import { OfficeCard } from './OfficeCard';
import { PageFeedback } from './PageFeedback';

/** Where the page's links lead; the defaults are the preview's (the page alone in its frame). */
export interface CardPageLinks {
  home: string;
  services: string;
  /** The category's page, when the site has one. */
  category?: string;
  topic: (topic: string) => string;
  /** The booking page (`data-element="appointment-booking"`), when the site has one. */
  booking?: string;
}

const PREVIEW_LINKS: CardPageLinks = {
  home: '/',
  services: '/servizi',
  category: '/servizi/categoria',
  topic: (topic) => `/argomenti/${encodeURIComponent(topic)}`,
};

export interface ServiceCardPageProps {
  /** The card, already in `language` (see `localizedCard`). */
  card: ServiceCard;
  availability: Availability;
  /** Whether the citizen may start now; defaults to `availability.open`. */
  startable?: boolean;
  /** Translation function of the `preview` namespace in `language`. */
  t: Translate;
  language: string;
  /** URL of Bootstrap Italia's icon sprite. */
  iconsUrl: string;
  /** Name of the Comune, for the breadcrumb and structured data. */
  municipality: string;
  /** ISO instant of the last change, shown at the foot of the page. */
  updatedAt?: string;
  /** Where "Accedi al servizio" leads in a static page. */
  accessHref?: string;
  /** Starts the citizen's journey (the live preview). */
  onAccess?: () => void;
  /** The site's links (static export); the preview's placeholders otherwise. */
  links?: CardPageLinks;
}

export function ServiceCardPage(props: ServiceCardPageProps) {
  const { card, availability, t, language, municipality, updatedAt } = props;
  const startable = props.startable ?? availability.open;
  const status = availabilityText(availability, t, language, startable);
  const sections = cardSections(card);
  const label = (s: CardSectionInfo) => t(`citizen.card.sections.${s.key}`);
  const links = props.links ?? PREVIEW_LINKS;

  return (
    <div className="container" id="main-container">
      <script
        type="application/ld+json"
        data-element="metatag"
        dangerouslySetInnerHTML={{ __html: jsonLdText(governmentService(card, municipality, props.accessHref)) }}
      />
      <div className="row justify-content-center">
        <div className="col-12 col-lg-10">
          <div className="cmp-breadcrumbs" role="navigation">
            <nav className="breadcrumb-container" aria-label={t('citizen.breadcrumb.label')}>
              <ol className="breadcrumb p-0" data-element="breadcrumb">
                <li className="breadcrumb-item">
                  <a href={links.home}>{t('citizen.breadcrumb.home')}</a>
                  <span className="separator">/</span>
                </li>
                <li className="breadcrumb-item">
                  <a href={links.services}>{t('citizen.breadcrumb.services')}</a>
                  <span className="separator">/</span>
                </li>
                {card.category && (
                  <li className="breadcrumb-item">
                    {links.category ? <a href={links.category}>{card.category}</a> : card.category}
                    <span className="separator">/</span>
                  </li>
                )}
                <li className="breadcrumb-item active" aria-current="page">
                  {card.title}
                </li>
              </ol>
            </nav>
          </div>
          <div className="cmp-heading pb-3 pb-lg-4">
            <h1 className="title-xxxlarge" data-element="service-title">
              {card.title}
            </h1>
            <ul className="d-flex flex-wrap gap-1 my-3 list-unstyled">
              <li>
                <div className={`chip chip-simple ${status.active ? 'chip-success' : 'chip-danger'}`} data-element="service-status">
                  <span className="chip-label">{status.chip}</span>
                </div>
              </li>
            </ul>
            <p className="subtitle-small mb-3" data-element="service-description">
              {card.short_description}
            </p>
            {status.message && (
              <div className={`alert ${status.blocking ? 'alert-warning' : 'alert-info'} my-3`} role="status">
                {status.message}
              </div>
            )}
            {card.office.email && (
              <p className="subtitle-small">
                {t('citizen.card.help')} <a href={`mailto:${card.office.email}`}>{t('citizen.card.contactUs')}</a>
              </p>
            )}
          </div>
        </div>
        <hr className="d-none d-lg-block mt-2" />
      </div>

      <div className="row row-column-menu-left mt-4 mt-lg-5 pb-lg-5 pb-4">
        <div className="col-12 col-lg-3 mb-4 border-col">
          <nav className="cmp-navscroll ps-2 pe-3" aria-label={t('citizen.card.index')}>
            <h2 className="h6 text-uppercase fw-semibold mb-3">{t('citizen.card.index')}</h2>
            <ul className="link-list list-unstyled" data-element="page-index">
              {sections.map((s) => (
                <li className="nav-item" key={s.id}>
                  <a className="nav-link px-0" href={`#${s.id}`}>
                    <span className="title-medium">{label(s)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>

        <div className="col-12 col-lg-8 offset-lg-1">
          <div className="it-page-sections-container">
            {sections.map((s) => (
              <section className="it-page-section mb-5" id={s.id} key={s.id} aria-labelledby={`${s.id}-title`}>
                <h2 className="title-xxlarge mb-3" id={`${s.id}-title`}>
                  {label(s)}
                </h2>
                <SectionBody section={s} {...props} links={links} startable={startable} />
                {/* «Accedi al servizio» places its own subsection before the button. */}
                {(s.key === 'access' ? [] : s.subsections).map((sub) => (
                  <Subsection key={sub} sectionId={s.id} subsection={sub} text={card[sub]} t={t} />
                ))}
              </section>
            ))}
            {card.topics.length > 0 && (
              <div className="mt-4 mb-5">
                <h2 className="title-xsmall-semi-bold text-uppercase mb-2 h6">{t('citizen.card.topics')}</h2>
                <ul className="d-flex flex-wrap gap-2 list-unstyled">
                  {card.topics.map((topic) => (
                    <li key={topic}>
                      <a className="chip chip-simple" href={links.topic(topic)} data-element="service-topic">
                        <span className="chip-label">{topic}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {updatedAt && (
              <p className="text-paragraph-small mb-0">{t('citizen.card.updated', { date: formatDate(romeDateOf(new Date(updatedAt)), language) })}</p>
            )}
          </div>
        </div>
      </div>
      <PageFeedback language={language} iconsUrl={props.iconsUrl} />
    </div>
  );
}

/** An optional card text shown as a subsection (h3) of one of the eight sections. */
function Subsection({ sectionId, subsection, text, t }: { sectionId: string; subsection: CardSubsectionKey; text: string; t: Translate }) {
  const id = `${sectionId}-${subsection.replace(/_/g, '-')}`;
  return (
    <div className="mt-4" role="group" aria-labelledby={id}>
      <h3 className="title-large-semi-bold mb-2 h5" id={id}>
        {t(`citizen.card.sections.${subsection}`)}
      </h3>
      <Markdown source={text} className="richtext-wrapper lora" />
    </div>
  );
}

/** The content of one section. */
function SectionBody(props: ServiceCardPageProps & { section: CardSectionInfo; startable: boolean; links: CardPageLinks }) {
  const { section, card, t, iconsUrl, availability, language, startable } = props;
  const text = (source: string, dataElement?: string) =>
    source.trim() ? (
      <Markdown source={withLeadParagraph(source)} className="richtext-wrapper lora" dataElement={dataElement} />
    ) : (
      <p className="text-paragraph lora fst-italic text-secondary" data-element={dataElement}>
        {t('citizen.card.empty')}
      </p>
    );

  switch (section.key) {
    case 'times_and_deadlines': {
      const { opensAt, closesAt } = availability;
      const from = opensAt && openingDate(opensAt, language);
      const to = closesAt && lastDay(closesAt, language);
      const window = from && to ? t('citizen.card.window', { from, to }) : from ? t('citizen.card.windowFrom', { from }) : to ? t('citizen.card.windowTo', { to }) : undefined;
      return (
        <div data-element="service-calendar-text">
          {card.times_and_deadlines.trim() && <Markdown source={withLeadParagraph(card.times_and_deadlines)} className="richtext-wrapper lora" />}
          {window && <p className="text-paragraph lora">{window}</p>}
          <p className="text-paragraph lora mb-0">{t('citizen.card.maxResponse', { count: card.max_response_days })}</p>
        </div>
      );
    }
    case 'access': {
      const channel = card.access.channel;
      const buttonText = t(channel === 'booking' ? 'citizen.card.accessBooking' : channel === 'generic' ? 'citizen.card.accessGeneric' : 'citizen.card.accessOnline');
      const description = card.access.text.trim() ? card.access.text : t('citizen.card.accessDefault');
      const element = ACCESS_DATA_ELEMENT[channel];
      const button = props.onAccess ? (
        <button type="button" className="btn btn-primary fw-bold mobile-full" data-element={element} onClick={props.onAccess} disabled={!startable}>
          <span>{buttonText}</span>
        </button>
      ) : (
        <a className={`btn btn-primary fw-bold mobile-full${startable ? '' : ' disabled'}`} data-element={element} href={props.accessHref || card.access.url || '#'} aria-disabled={startable ? undefined : true}>
          <span>{buttonText}</span>
        </a>
      );
      return (
        <>
          <Markdown source={description} className="richtext-wrapper lora mb-4" />
          {section.subsections.map((sub) => (
            <Subsection key={sub} sectionId={section.id} subsection={sub} text={card[sub]} t={t} />
          ))}
          <div className={section.subsections.length ? 'mt-4' : undefined}>{button}</div>
        </>
      );
    }
    case 'conditions':
      return (
        <>
          {card.conditions.trim() ? <Markdown source={card.conditions} className="richtext-wrapper lora" /> : <p className="text-paragraph lora mb-2">{t('citizen.card.conditionsIntro')}</p>}
          {card.conditions_file_url ? (
            <a className="t-primary text-paragraph d-inline-flex align-items-center gap-2" href={card.conditions_file_url} data-element="service-file">
              <CitizenIcon name="file" iconsUrl={iconsUrl} className="icon-sm icon-primary" />
              {t('citizen.card.conditionsFile')}
            </a>
          ) : (
            // The checker looks for the terms' document; without a file the element still marks where it goes.
            <p className="text-paragraph lora mb-0" data-element="service-file">
              {t('citizen.card.conditionsFile')}: {t('citizen.card.empty')}
            </p>
          )}
        </>
      );
    case 'contacts':
      return (
        <>
          <OfficeCard office={card.office} t={t} iconsUrl={iconsUrl} />
          {props.links?.booking && (
            <p className="mt-4 mb-0">
              <a className="btn btn-outline-primary" href={props.links.booking} data-element="appointment-booking">
                {t('citizen.card.accessBooking')}
              </a>
            </p>
          )}
        </>
      );
    default:
      return text(card[section.key], section.dataElement);
  }
}
