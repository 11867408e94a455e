/**
 * URLs of the citizen pages' assets, emitted by Vite as files of their own.
 * `?url` keeps Bootstrap Italia out of the back office's CSS: only the
 * preview's iframe links it.
 */
import cssUrl from './citizen.css?url';
import iconsUrl from 'bootstrap-italia/dist/svg/sprites.svg?url';

/**
 * The built stylesheet; in development the dev server answers a plain CSS
 * URL with a JavaScript module (for HMR), and `?direct` asks it for the CSS
 * itself, @import inlined and font URLs resolved.
 */
export const citizenCssUrl = import.meta.env.DEV ? `${cssUrl}${cssUrl.includes('?') ? '&' : '?'}direct` : cssUrl;

export { iconsUrl };
