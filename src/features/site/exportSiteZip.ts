/**
 * Builds the site in the browser and hands back the .zip: loaded on demand by
 * the export dialog (it brings react-dom/server, fflate and the site's assets).
 */
import type { ServiceDefinition } from '../../model/types';
import { browserSiteAssets } from './assets/browserSiteAssets';
import { buildSite } from './buildSite';
import { siteZipName, zipSite } from './zipSite';

export async function exportSiteZip(definitions: readonly ServiceDefinition[], municipality: string, now = new Date()) {
  const site = buildSite(definitions, { municipality, now, assets: await browserSiteAssets() });
  return { name: siteZipName(now), zip: zipSite(site.files), pages: site.pages.length };
}
