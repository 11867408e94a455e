/**
 * At the top of the card editor: whether the service's page on the Comune's
 * site would pass the national checker, and if not, what is missing, each
 * with a link to the section where it is fixed.
 */
import { useTranslation } from 'react-i18next';
import { sectionOfIssue } from './sectionReadiness';
import { useSiteReadiness } from './useSiteReadiness';
import './i18n';

export function ReadinessSummary({ sectionLabel }: { sectionLabel: (sectionId: string) => string }) {
  const { t } = useTranslation('cardReadiness');
  const issues = useSiteReadiness();
  return (
    <section className={`card-panel readiness-summary ${issues.length ? 'readiness-missing' : 'readiness-ready'}`} aria-labelledby="readiness-summary-h">
      <h2 id="readiness-summary-h">{t('summaryTitle')}</h2>
      {issues.length === 0 ? (
        <p>{t('ready')}</p>
      ) : (
        <>
          <p>{t('missing', { count: issues.length })}</p>
          <ul>
            {issues.map((issue) => {
              const section = sectionOfIssue(issue);
              return (
                <li key={`${issue.path} ${issue.message}`}>
                  {issue.message}{' '}
                  <a href={`#${section}`} aria-label={`${t('goTo', { section: sectionLabel(section) })}: ${issue.message}`}>
                    {t('goTo', { section: sectionLabel(section) })}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
