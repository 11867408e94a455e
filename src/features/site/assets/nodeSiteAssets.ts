/** Bootstrap Italia's files for the site, read from node_modules (CLI and tests). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SiteFile } from '../buildSite';
import { PACKAGE_FILES, STYLESHEET } from './siteAssetFiles';

export async function nodeSiteAssets(): Promise<Map<string, SiteFile>> {
  const dist = join(dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json')), 'dist');
  const entries = await Promise.all(
    PACKAGE_FILES.map(async (file): Promise<[string, SiteFile]> => {
      const path = join(dist, file.packagePath);
      return [file.sitePath, file === STYLESHEET ? await readFile(path, 'utf8') : new Uint8Array(await readFile(path))];
    }),
  );
  return new Map(entries);
}
