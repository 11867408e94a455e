/**
 * The files the exported site carries besides its pages, all from the
 * bootstrap-italia package (no CDN): its stylesheet, its icon sprite and the
 * woff2 files of its three fonts. Bootstrap Italia 2.x declares the fonts
 * from its JavaScript loader, not in its CSS, so the site gets its own
 * css/fonts.css with the @font-face rules, pointing at ../fonts/… as the
 * package's own loader does.
 */

/** Path in the site → path under node_modules/bootstrap-italia/dist/. */
export interface PackageFile {
  sitePath: string;
  packagePath: string;
}

interface FontFace {
  family: string;
  folder: string;
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

const face = (family: string, folder: string, prefix: string, weight: number, style: 'normal' | 'italic', variant: string): FontFace => ({
  family,
  folder,
  file: `${prefix}-${variant}.woff2`,
  weight,
  style,
});

const TITILLIUM = 'titillium-web-v10-latin-ext_latin';
const LORA = 'lora-v20-latin-ext_latin';
const ROBOTO_MONO = 'roboto-mono-v13-latin-ext_latin';

export const FONT_FACES: readonly FontFace[] = [
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 300, 'normal', '300'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 300, 'italic', '300italic'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 400, 'normal', 'regular'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 400, 'italic', 'italic'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 600, 'normal', '600'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 600, 'italic', '600italic'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 700, 'normal', '700'),
  face('Titillium Web', 'Titillium_Web', TITILLIUM, 700, 'italic', '700italic'),
  face('Lora', 'Lora', LORA, 400, 'normal', 'regular'),
  face('Lora', 'Lora', LORA, 400, 'italic', 'italic'),
  face('Lora', 'Lora', LORA, 700, 'normal', '700'),
  face('Lora', 'Lora', LORA, 700, 'italic', '700italic'),
  face('Roboto Mono', 'Roboto_Mono', ROBOTO_MONO, 400, 'normal', 'regular'),
  face('Roboto Mono', 'Roboto_Mono', ROBOTO_MONO, 400, 'italic', 'italic'),
  face('Roboto Mono', 'Roboto_Mono', ROBOTO_MONO, 700, 'normal', '700'),
  face('Roboto Mono', 'Roboto_Mono', ROBOTO_MONO, 700, 'italic', '700italic'),
];

export const STYLESHEET: PackageFile = { sitePath: 'css/bootstrap-italia.min.css', packagePath: 'css/bootstrap-italia.min.css' };
export const SPRITE: PackageFile = { sitePath: 'svg/sprites.svg', packagePath: 'svg/sprites.svg' };
export const FONT_FILES: readonly PackageFile[] = FONT_FACES.map((f) => ({
  sitePath: `fonts/${f.folder}/${f.file}`,
  packagePath: `fonts/${f.folder}/${f.file}`,
}));

/** Every file copied from the package. */
export const PACKAGE_FILES: readonly PackageFile[] = [STYLESHEET, SPRITE, ...FONT_FILES];

/** css/fonts.css: one @font-face per bundled file, relative to the css folder. */
export function fontsCss(): string {
  return FONT_FACES.map(
    (f) =>
      `@font-face { font-family: '${f.family}'; font-style: ${f.style}; font-weight: ${f.weight}; font-display: swap; src: url('../fonts/${f.folder}/${f.file}') format('woff2'); }`,
  ).join('\n');
}

/** The published stylesheet points at a source map the site does not carry. */
export function withoutSourceMap(css: string): string {
  return css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '');
}
