/**
 * css/site.css: the little the site's own markup needs on top of Bootstrap
 * Italia (a menu that needs no JavaScript at any width, the follow-up form of
 * the feedback widget).
 */
export const SITE_CSS = `/* Mattoncini — sito dei servizi */
.site-navbar { background: #0066cc; }
.site-menu { padding: 0.75rem 0; }
.site-menu-link { color: #fff; font-weight: 600; text-decoration: none; display: inline-block; padding: 0.25rem 0; }
.site-menu-link:hover, .site-menu-link:focus { color: #fff; text-decoration: underline; }
.site-menu-link[aria-current="page"] { border-bottom: 3px solid #fff; }
.it-header-center-wrapper .it-brand-wrapper a { color: #fff; }
.cmp-rating .rating { float: none; display: inline-block; }
[hidden] { display: none !important; }
`;
