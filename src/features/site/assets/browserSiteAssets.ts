/**
 * Bootstrap Italia's files for the site, in the browser: Vite emits each as a
 * file of its own (`?url`), fetched only when an export runs. This module is
 * reached only through the export dialog's dynamic import, so none of it
 * enters the catalog's or the editor's first load.
 */
import stylesheet from 'bootstrap-italia/dist/css/bootstrap-italia.min.css?url';
import sprite from 'bootstrap-italia/dist/svg/sprites.svg?url';
import titillium300 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-300.woff2?url';
import titillium300i from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-300italic.woff2?url';
import titillium400 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2?url';
import titillium400i from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-italic.woff2?url';
import titillium600 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-600.woff2?url';
import titillium600i from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-600italic.woff2?url';
import titillium700 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700.woff2?url';
import titillium700i from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700italic.woff2?url';
import lora400 from 'bootstrap-italia/dist/fonts/Lora/lora-v20-latin-ext_latin-regular.woff2?url';
import lora400i from 'bootstrap-italia/dist/fonts/Lora/lora-v20-latin-ext_latin-italic.woff2?url';
import lora700 from 'bootstrap-italia/dist/fonts/Lora/lora-v20-latin-ext_latin-700.woff2?url';
import lora700i from 'bootstrap-italia/dist/fonts/Lora/lora-v20-latin-ext_latin-700italic.woff2?url';
import mono400 from 'bootstrap-italia/dist/fonts/Roboto_Mono/roboto-mono-v13-latin-ext_latin-regular.woff2?url';
import mono400i from 'bootstrap-italia/dist/fonts/Roboto_Mono/roboto-mono-v13-latin-ext_latin-italic.woff2?url';
import mono700 from 'bootstrap-italia/dist/fonts/Roboto_Mono/roboto-mono-v13-latin-ext_latin-700.woff2?url';
import mono700i from 'bootstrap-italia/dist/fonts/Roboto_Mono/roboto-mono-v13-latin-ext_latin-700italic.woff2?url';
import type { SiteFile } from '../buildSite';
import { FONT_FILES, SPRITE, STYLESHEET } from './siteAssetFiles';

// Same order as FONT_FACES in siteAssetFiles.ts (its test checks the names match).
const FONT_URLS = [
  titillium300, titillium300i, titillium400, titillium400i, titillium600, titillium600i, titillium700, titillium700i,
  lora400, lora400i, lora700, lora700i,
  mono400, mono400i, mono700, mono700i,
];

/** In development the dev server answers a CSS URL with a JS module (for HMR); `?direct` asks for the CSS itself. */
const cssUrl = import.meta.env.DEV ? `${stylesheet}${stylesheet.includes('?') ? '&' : '?'}direct` : stylesheet;

async function fetchFile(url: string, asText: boolean): Promise<SiteFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return asText ? response.text() : new Uint8Array(await response.arrayBuffer());
}

export async function browserSiteAssets(): Promise<Map<string, SiteFile>> {
  const sources: Array<[string, string, boolean]> = [
    [STYLESHEET.sitePath, cssUrl, true],
    [SPRITE.sitePath, sprite, false],
    ...FONT_FILES.map((file, i): [string, string, boolean] => [file.sitePath, FONT_URLS[i], false]),
  ];
  const files = await Promise.all(sources.map(async ([path, url, asText]) => [path, await fetchFile(url, asText)] as const));
  return new Map(files);
}
