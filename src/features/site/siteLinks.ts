/**
 * The site's paths and the relative links between them. Links are relative
 * ("../servizi/") so the exported folder works at a domain root or in a
 * sub-folder alike; directory links end with "/" and a static server answers
 * them with the folder's index.html.
 */
export const SITE_PATHS = {
  home: 'index.html',
  services: 'servizi/index.html',
  booking: 'prenota-appuntamento/index.html',
  service: (slug: string) => `servizi/${slug}/index.html`,
} as const;

/** "../" once per folder between `fromPage` and the site root ("" at the root). */
export function rootOf(fromPage: string): string {
  return '../'.repeat(fromPage.split('/').length - 1);
}

/** A relative link from one page to another page's folder (or to a file). */
export function linkTo(fromPage: string, target: string): string {
  const href = target.endsWith('index.html') ? target.slice(0, -'index.html'.length) : target;
  return `${rootOf(fromPage)}${href}` || './';
}
