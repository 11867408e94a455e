// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_SECTION_LABELS } from '../../compile/exporters/siteSections';
import { createBlankService } from '../../model/factory';
import { nodeSiteAssets } from './assets/nodeSiteAssets';
import { buildSite, type BuiltSite, type SiteFile } from './buildSite';
import { flagshipTemplates } from './templatesForTests';

const now = new Date('2026-11-26T10:00:00Z');
let site: BuiltSite;
let assets: Map<string, SiteFile>;

beforeAll(async () => {
  assets = await nodeSiteAssets();
  const draft = { ...createBlankService('Bozza che non va pubblicata'), status: 'draft' as const };
  site = buildSite([...flagshipTemplates(), draft], { municipality: 'Comune di Borgo Esempio', now, assets });
});

const doc = (path: string) => new DOMParser().parseFromString(site.files.get(path) as string, 'text/html');
const pages = () => [...site.files.keys()].filter((p) => p.endsWith('.html'));

/** Resolves a relative href against a page's path; undefined for external, mailto:, tel: and in-page links. */
function resolve(page: string, href: string): string | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return undefined;
  const url = new URL(href, `http://site/${page}`);
  const path = url.pathname.slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('buildSite', () => {
  it('has the home, the list, the booking page and one page per published service (drafts left out)', () => {
    expect(site.pages.map((p) => p.title)).not.toContain('Bozza che non va pubblicata');
    expect(site.pages).toHaveLength(6);
    expect(pages().sort()).toEqual(['index.html', 'prenota-appuntamento/index.html', 'servizi/index.html', ...site.pages.map((p) => p.path)].sort());
    for (const page of site.pages) expect(page.path).toMatch(/^servizi\/[a-z0-9-]+\/index\.html$/);
  });

  it('every link, stylesheet, script and icon of every page leads to a file of the site', () => {
    for (const page of pages()) {
      const d = doc(page);
      const refs = [
        ...Array.from(d.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!),
        ...Array.from(d.querySelectorAll('link[href]'), (l) => l.getAttribute('href')!),
        ...Array.from(d.querySelectorAll('script[src]'), (s) => s.getAttribute('src')!),
        ...Array.from(d.querySelectorAll('use'), (u) => u.getAttribute('href')!.split('#')[0]),
      ];
      for (const ref of refs) {
        const target = resolve(page, ref);
        if (target !== undefined) expect(site.files.has(target), `${page} → ${ref}`).toBe(true);
      }
      // In-page anchors exist.
      for (const a of d.querySelectorAll('a[href^="#"]')) {
        const id = a.getAttribute('href')!.slice(1);
        if (id) expect(d.getElementById(id), `${page} #${id}`).not.toBeNull();
      }
    }
  });

  it('every page: lang="it", a header link to the list (all-services), a skip link, the feedback widget', () => {
    for (const page of pages()) {
      const d = doc(page);
      expect(d.documentElement.lang, page).toBe('it');
      const all = d.querySelectorAll('header [data-element="all-services"]');
      expect(all, page).toHaveLength(1);
      expect(resolve(page, all[0].getAttribute('href')!)).toBe('servizi/index.html');
      expect(d.querySelector('.skiplink a')?.getAttribute('href')).toBe('#contenuto');
      expect(d.querySelectorAll('[data-element="feedback"]'), page).toHaveLength(1);
    }
  });

  it('the list links each service page (service-link) and the booking page (appointment-booking), by category', () => {
    const d = doc('servizi/index.html');
    const links = Array.from(d.querySelectorAll('a[data-element="service-link"]'), (a) => resolve('servizi/index.html', a.getAttribute('href')!));
    expect(links.sort()).toEqual(site.pages.map((p) => p.path).sort());
    expect(resolve('servizi/index.html', d.querySelector('[data-element="appointment-booking"]')!.getAttribute('href')!)).toBe('prenota-appuntamento/index.html');
    expect(Array.from(d.querySelectorAll('main section h2'), (h) => h.textContent)).toContain('Salute, benessere e assistenza');
  });

  it('each service page: the eight index entries in order, the checker’s data-elements, a breadcrumb Home › Servizi › category, the booking link', () => {
    for (const { path, title } of site.pages) {
      const d = doc(path);
      expect(Array.from(d.querySelectorAll('[data-element="page-index"] > li > a'), (a) => a.textContent!.trim()), path).toEqual(SITE_SECTION_LABELS);
      expect(d.querySelector('[data-element="service-title"]')?.textContent).toBe(title);
      for (const element of ['service-description', 'service-status', 'service-topic', 'service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-file', 'service-area']) {
        expect(d.querySelector(`[data-element="${element}"]`), `${path} ${element}`).not.toBeNull();
      }
      expect(d.querySelector('[data-element="service-online-access"], [data-element="service-booking-access"], [data-element="service-generic-access"]'), path).not.toBeNull();
      // The checker measures the first paragraph of each text section.
      for (const element of ['service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text']) {
        expect(d.querySelector(`[data-element="${element}"] p`)?.textContent?.trim().length ?? 0, `${path} ${element}`).toBeGreaterThanOrEqual(3);
      }
      const crumbs = Array.from(d.querySelectorAll('[data-element="breadcrumb"] li'), (li) => li.textContent!.replace(/\/$/, '').trim());
      expect(crumbs.slice(0, 2)).toEqual(['Home', 'Servizi']);
      expect(crumbs[2].length).toBeGreaterThanOrEqual(3);
      expect(resolve(path, d.querySelector('[data-element="appointment-booking"]')!.getAttribute('href')!)).toBe('prenota-appuntamento/index.html');
    }
  });

  it('each service page carries its GovernmentService JSON-LD (data-element="metatag")', () => {
    for (const { path, title } of site.pages) {
      const data = JSON.parse(doc(path).querySelector('script[data-element="metatag"]')!.textContent!);
      expect(data).toMatchObject({ '@type': 'GovernmentService', name: title, serviceOperator: { name: 'Comune di Borgo Esempio' }, areaServed: { name: 'Comune di Borgo Esempio' } });
      expect(data.serviceType.length).toBeGreaterThan(0);
      expect(data.audience.name.length).toBeGreaterThan(0);
      expect(data.availableChannel.serviceUrl).toMatch(/^https:\/\//);
      expect(data.availableChannel.serviceLocation.name.length).toBeGreaterThan(0);
      expect(data.availableChannel.serviceLocation.address.streetAddress.length).toBeGreaterThan(0);
    }
  });

  it('the booking service leads «Accedi al servizio» to the booking page, which lists it and the offices with their hours', () => {
    const booking = site.pages.find((p) => p.path.includes('anagrafe'))!;
    const access = doc(booking.path).querySelector('[data-element="service-booking-access"]')!;
    expect(resolve(booking.path, access.getAttribute('href')!)).toBe('prenota-appuntamento/index.html');
    const d = doc('prenota-appuntamento/index.html');
    expect(d.querySelector('#prenotabili')!.parentElement!.textContent).toContain(booking.title);
    expect(d.querySelectorAll('[data-element="service-area"]').length).toBeGreaterThanOrEqual(2);
    expect(d.body.textContent).toContain('Orari di apertura');
  });

  it('carries Bootstrap Italia’s stylesheet (no source map), its sprite and the woff2 of Titillium Web, Lora and Roboto Mono, with @font-face rules that point at them', () => {
    const css = site.files.get('css/bootstrap-italia.min.css') as string;
    expect(css.length).toBeGreaterThan(100_000);
    expect(css).not.toContain('sourceMappingURL');
    const fonts = site.files.get('css/fonts.css') as string;
    for (const family of ['Titillium Web', 'Lora', 'Roboto Mono']) expect(fonts).toContain(`font-family: '${family}'`);
    for (const url of fonts.match(/url\('([^']+)'\)/g)!.map((u) => u.slice(5, -2))) {
      expect(site.files.get(new URL(url, 'http://site/css/fonts.css').pathname.slice(1)), url).toBeInstanceOf(Uint8Array);
    }
    expect(site.files.get('svg/sprites.svg')).toBeInstanceOf(Uint8Array);
    expect(() => buildSite([], { municipality: 'Comune di Pisa', now, assets: new Map() })).toThrow(/Bootstrap Italia/);
  });

  it('with no published service the site still has its pages and says so', () => {
    const empty = buildSite([], { municipality: 'Comune di Pisa', now, assets });
    expect(new DOMParser().parseFromString(empty.files.get('servizi/index.html') as string, 'text/html').body.textContent).toContain('Non ci sono ancora servizi pubblicati.');
  });
});
