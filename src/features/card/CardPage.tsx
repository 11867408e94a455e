/**
 * /servizi/:id/scheda — the service card editor: status and schedule, then
 * the card in the Designers Italia order with its exact Italian labels
 * (A chi è rivolto, Come fare, Cosa serve, Cosa si ottiene, Tempi e scadenze,
 * Accedi al servizio, Condizioni di servizio, Contatti), general information
 * before and further information after, with an index on the side.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BoundMarkdownField, BoundTextField } from './fields/BoundCardField';
import { ChannelField } from './fields/ChannelField';
import { ResponseDaysField } from './fields/ResponseDaysField';
import { TopicsField } from './fields/TopicsField';
import { ReadinessNote } from './readiness/ReadinessNote';
import { ReadinessSummary } from './readiness/ReadinessSummary';
import { StatusSchedulePanel } from './status/StatusSchedulePanel';

/** The sections of the card, in order: anchors and label keys of the index. */
const SECTIONS = [
  { id: 'generale', label: 'card.general' },
  { id: 'a-chi-e-rivolto', label: 'card.fields.who', designers: true },
  { id: 'come-fare', label: 'card.fields.how_to_do', designers: true },
  { id: 'cosa-serve', label: 'card.fields.what_you_need', designers: true },
  { id: 'cosa-si-ottiene', label: 'card.fields.what_you_get', designers: true },
  { id: 'tempi-e-scadenze', label: 'card.fields.times_and_deadlines', designers: true },
  { id: 'accedi-al-servizio', label: 'card.fields.access', designers: true },
  { id: 'condizioni-di-servizio', label: 'card.fields.conditions', designers: true },
  { id: 'contatti', label: 'card.fields.contacts', designers: true },
  { id: 'altre-informazioni', label: 'card.more' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const { t } = useTranslation('card');
  const label = SECTIONS.find((s) => s.id === id)!.label;
  return (
    <section id={id} className="card-panel card-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t(label)}</h2>
      {children}
      {/* What this section lacks for the page on the Comune's site (siteReadiness). */}
      <ReadinessNote sectionId={id} />
    </section>
  );
}

export function CardPage() {
  const { t } = useTranslation('card');
  const f = (key: string) => t(`card.fields.${key}`);
  return (
    <div className="card-layout">
      <nav className="card-toc" aria-label={t('card.toc')}>
        <p className="card-toc-title">{t('card.toc')}</p>
        <ol>
          <li>
            <a href="#status-heading">{t('schedule.title')}</a>
          </li>
          {SECTIONS.map((s) => (
            <li key={s.id} className={'designers' in s ? 'toc-designers' : undefined}>
              <a href={`#${s.id}`}>{t(s.label)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="card-content">
        <div className="card-intro">
          <h1>{t('card.title')}</h1>
          <p className="muted">{t('card.intro')}</p>
        </div>
        <StatusSchedulePanel />
        <ReadinessSummary sectionLabel={(id) => t(SECTIONS.find((s) => s.id === id)?.label ?? 'card.general')} />
        <Section id="generale">
          <BoundTextField path="title" label={f('title')} />
          <BoundTextField path="short_description" label={f('short_description')} hint={f('short_descriptionHint')} rows={2} />
          <div className="field-row">
            <BoundTextField path="category" label={f('category')} hint={f('categoryHint')} />
            <BoundTextField path="audience" label={f('audience')} hint={f('audienceHint')} />
          </div>
          <TopicsField />
          <BoundMarkdownField path="description" label={f('description')} />
        </Section>
        <Section id="a-chi-e-rivolto">
          <BoundMarkdownField path="who" label={f('who')} hideLabel />
        </Section>
        <Section id="come-fare">
          <BoundMarkdownField path="how_to_do" label={f('how_to_do')} hideLabel />
        </Section>
        <Section id="cosa-serve">
          <BoundMarkdownField path="what_you_need" label={f('what_you_need')} hideLabel />
        </Section>
        <Section id="cosa-si-ottiene">
          <BoundMarkdownField path="what_you_get" label={f('what_you_get')} hideLabel />
        </Section>
        <Section id="tempi-e-scadenze">
          <BoundMarkdownField path="times_and_deadlines" label={f('times_and_deadlines')} hideLabel />
          <ResponseDaysField />
        </Section>
        <Section id="accedi-al-servizio">
          <ChannelField />
          <BoundTextField path="access.text" label={f('accessText')} />
          <BoundTextField path="access.url" label={f('accessUrl')} type="url" />
        </Section>
        <Section id="condizioni-di-servizio">
          <BoundMarkdownField path="conditions" label={f('conditions')} hideLabel />
          <BoundTextField path="conditions_file_url" label={f('conditions_file_url')} type="url" />
        </Section>
        <Section id="contatti">
          <BoundTextField path="office.name" label={f('officeName')} />
          <BoundTextField path="office.address" label={f('officeAddress')} />
          <div className="field-row">
            <BoundTextField path="office.phone" label={f('officePhone')} type="tel" />
            <BoundTextField path="office.email" label={f('officeEmail')} type="email" />
            <BoundTextField path="office.pec" label={f('officePec')} type="email" />
          </div>
          <BoundTextField path="office.openingHours" label={f('officeHours')} rows={2} />
        </Section>
        <Section id="altre-informazioni">
          <BoundMarkdownField path="costs" label={f('costs')} />
          <BoundMarkdownField path="special_cases" label={f('special_cases')} />
          <BoundMarkdownField path="more_info" label={f('more_info')} />
        </Section>
      </div>
    </div>
  );
}
