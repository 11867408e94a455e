/**
 * Which readiness issues belong under which section of the card editor: the
 * header elements (title, short description, category, topics, audience)
 * are edited in «Informazioni generali», the rest in the section of the same
 * name as on the citizen's page.
 */
import type { ReadinessIssue, ReadinessSection } from '../../../compile/exporters/siteReadiness';

/** Card editor section id → the readiness sections it edits. */
export const EDITOR_SECTION_READINESS: Record<string, readonly ReadinessSection[]> = {
  generale: ['title', 'short_description', 'category', 'topics', 'audience'],
  'a-chi-e-rivolto': ['who'],
  'come-fare': ['how_to_do'],
  'cosa-serve': ['what_you_need'],
  'cosa-si-ottiene': ['what_you_get'],
  'tempi-e-scadenze': ['times_and_deadlines'],
  'accedi-al-servizio': ['access'],
  'condizioni-di-servizio': ['conditions'],
  contatti: ['contacts'],
};

/** The issues shown under one editor section. */
export function issuesOfSection(issues: readonly ReadinessIssue[], sectionId: string): ReadinessIssue[] {
  const sections = EDITOR_SECTION_READINESS[sectionId] ?? [];
  return issues.filter((issue) => sections.includes(issue.section));
}

/** The editor section where an issue is fixed. */
export function sectionOfIssue(issue: ReadinessIssue): string {
  return Object.entries(EDITOR_SECTION_READINESS).find(([, sections]) => sections.includes(issue.section))?.[0] ?? 'generale';
}

/** Same messages in the same order: a re-render would show the same notes. */
export function sameIssues(a: readonly ReadinessIssue[], b: readonly ReadinessIssue[]): boolean {
  return a.length === b.length && a.every((issue, i) => issue.path === b[i].path && issue.message === b[i].message);
}
