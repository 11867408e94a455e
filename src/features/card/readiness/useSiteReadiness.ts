/** The open service's site-readiness issues, re-rendering only when they change. */
import { siteReadiness, type ReadinessIssue } from '../../../compile/exporters/siteReadiness';
import { useCardDefinition } from '../session/CardSession';
import { sameIssues } from './sectionReadiness';

export function useSiteReadiness(): ReadinessIssue[] {
  return useCardDefinition(siteReadiness, sameIssues);
}
