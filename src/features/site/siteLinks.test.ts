import { describe, expect, it } from 'vitest';
import { linkTo, rootOf, SITE_PATHS } from './siteLinks';

describe('siteLinks', () => {
  it('goes up one folder per level', () => {
    expect(rootOf(SITE_PATHS.home)).toBe('');
    expect(rootOf(SITE_PATHS.services)).toBe('../');
    expect(rootOf(SITE_PATHS.service('mensa'))).toBe('../../');
  });

  it('links folders with a trailing slash, the root as "./"', () => {
    expect(linkTo(SITE_PATHS.service('mensa'), SITE_PATHS.booking)).toBe('../../prenota-appuntamento/');
    expect(linkTo(SITE_PATHS.services, SITE_PATHS.home)).toBe('../');
    expect(linkTo(SITE_PATHS.home, SITE_PATHS.home)).toBe('./');
    expect(linkTo(SITE_PATHS.home, 'css/bootstrap-italia.min.css')).toBe('css/bootstrap-italia.min.css');
  });
});
