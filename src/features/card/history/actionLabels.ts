/**
 * A history entry's `action` ("updateCard, setStatus", "undo:insertNode") in
 * words for the "Modifiche" list. Unknown names (a newer editor) are shown
 * as they are rather than hidden.
 */
import type { TFunction } from 'i18next';

function one(action: string, t: TFunction): string {
  const [prefix, rest] = action.includes(':') ? (action.split(/:(.*)/s) as [string, string]) : [null, action];
  if (prefix === 'undo' || prefix === 'redo') return t(`card:history.actions.${prefix}`, { action: one(rest, t).toLowerCase() });
  const key = `card:history.actions.${action}`;
  const text = t(key);
  return text === key || text === `history.actions.${action}` ? action : text;
}

/** "Modificata la scheda; Cambiato lo stato". Repeated actions appear once. */
export function describeActions(action: string, t: TFunction): string {
  const parts = action.split(',').map((a) => a.trim()).filter(Boolean);
  return [...new Set(parts.map((p) => one(p, t)))].join('; ');
}
