/**
 * Everything under /sincronizzazione, behind one lazy route (each route entry
 * weighs on every first load, the editor's included): the panel at the root,
 * a conflict screen at `conflitti/:serviceId`.
 */
import { useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { ConflictPage } from './ConflictPage';
import { SyncPage } from './SyncPage';

/** The service id in `conflitti/<id>`, '' for the panel, null for anything else. */
export function screenOf(rest: string): { screen: 'panel' } | { screen: 'conflict'; serviceId: string } | null {
  const path = rest.replace(/\/+$/, '');
  if (path === '') return { screen: 'panel' };
  const match = /^conflitti\/([^/]+)$/.exec(path);
  return match ? { screen: 'conflict', serviceId: decodeURIComponent(match[1]) } : null;
}

export function SyncScreens() {
  const screen = screenOf(useParams()['*'] ?? '');
  if (!screen) return <NotFound />;
  return screen.screen === 'panel' ? <SyncPage /> : <ConflictPage key={screen.serviceId} serviceId={screen.serviceId} />;
}

/** React Router's lazy route takes the module's `Component`. */
export { SyncScreens as Component };
