import { describe, expect, it } from 'vitest';
import { siteReadiness } from '../../../compile/exporters/siteReadiness';
import { createBlankService } from '../../../model/factory';
import { EDITOR_SECTION_READINESS, issuesOfSection, sameIssues, sectionOfIssue } from './sectionReadiness';

describe('sectionReadiness', () => {
  const issues = siteReadiness(createBlankService('Nuovo servizio'));

  it('puts every issue of a blank service under exactly one editor section', () => {
    const shown = Object.keys(EDITOR_SECTION_READINESS).flatMap((id) => issuesOfSection(issues, id));
    expect(shown).toHaveLength(issues.length);
    expect(issuesOfSection(issues, 'generale').map((i) => i.path)).toEqual(['/card/category', '/card/topics', '/card/audience']);
    expect(issuesOfSection(issues, 'contatti').map((i) => i.path)).toEqual(['/card/office/name', '/card/office/email', '/card/office/address']);
  });

  it('knows where each issue is fixed', () => {
    expect(issues.map(sectionOfIssue)).toContain('accedi-al-servizio');
    expect(sectionOfIssue(issues.find((i) => i.path === '/card/who')!)).toBe('a-chi-e-rivolto');
  });

  it('compares issue lists by content', () => {
    expect(sameIssues(issues, siteReadiness(createBlankService('Nuovo servizio')))).toBe(true);
    expect(sameIssues(issues, issues.slice(1))).toBe(false);
  });
});
