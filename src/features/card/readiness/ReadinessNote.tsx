/**
 * Under a section of the card editor: what this section lacks for the
 * service's page on the Comune's site to pass the national checker. Shown
 * only when something is missing; it updates as the official types.
 */
import { useTranslation } from 'react-i18next';
import { issuesOfSection } from './sectionReadiness';
import { useSiteReadiness } from './useSiteReadiness';
import './i18n';
import './readiness.css';

export function ReadinessNote({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation('cardReadiness');
  const issues = issuesOfSection(useSiteReadiness(), sectionId);
  if (issues.length === 0) return null;
  return (
    <div className="notice notice-warning readiness-note" data-readiness-section={sectionId}>
      <p className="readiness-note-title">{t('noteTitle')}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path} ${issue.message}`}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}
