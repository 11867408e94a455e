/**
 * URLs of the citizen pages' assets, emitted by Vite as files of their own.
 * `?url` keeps Bootstrap Italia out of the back office's CSS: only the
 * preview's iframe links it.
 */
import citizenCssUrl from './citizen.css?url';
import iconsUrl from 'bootstrap-italia/dist/svg/sprites.svg?url';

export { citizenCssUrl, iconsUrl };
