/** The editor's few interface icons (24×24 stroke paths, like the block icons). */
import { PathIcon } from '../../app/PathIcon';

/** Block icons come from the registry as raw path data. */
export { PathIcon };

const paths = {
  up: 'M12 19V5M5 12l7-7 7 7',
  down: 'M12 5v14M19 12l-7 7-7-7',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
  copy: 'M9 9h10v10H9zM5 15V5h10',
  plus: 'M12 5v14M5 12h14',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  check: 'M5 12l5 5 9-10',
  cloud: 'M7 18a5 5 0 0 1-.9-9.9A6 6 0 0 1 17.7 9 4.5 4.5 0 0 1 17 18z',
  alert: 'M12 9v4M12 17h.01M10.3 3.9L2 18a2 2 0 0 0 1.7 3h16.6a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-5-5',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  lock: 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4',
  block: 'M4 4h16v16H4z',
  arrowLeft: 'M19 12H5M12 19l-7-7 7-7',
  chart: 'M4 20h16M7 16v-4M12 16V6M17 16v-7',
  chevron: 'M9 6l6 6-6 6',
} as const;

export type IconName = keyof typeof paths;

/** A decorative icon: hidden from assistive technology, the button names itself. */
export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return <PathIcon d={paths[name]} size={size} />;
}
