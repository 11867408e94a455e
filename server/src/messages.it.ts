/**
 * Every Italian message the server answers with, in one place so that the
 * wording stays consistent (and can be checked by tests).
 */
import type { ForbiddenOption } from '../../src/model';

export const messages = {
  unauthorized: 'Accesso negato: serve un token valido nell’intestazione Authorization (Bearer).',
  notFound: (id: string) => `Il servizio «${id}» non esiste sul server.`,
  revisionNotFound: (id: string, revision: number) =>
    `Il servizio «${id}» non ha una revisione ${revision} con un contenuto (non esiste o è un’eliminazione).`,
  deleted: (id: string, revision: number) => `Il servizio «${id}» è stato eliminato sul server (revisione ${revision}).`,
  exists: (id: string) => `Esiste già un servizio con id «${id}» sul server.`,
  stale: (id: string, revision: number) =>
    `Il servizio «${id}» è stato modificato da qualcun altro: la revisione sul server è la ${revision}. Nessuna modifica è stata scritta.`,
  preconditionRequired:
    'Manca l’intestazione If-Match con la revisione su cui si basa la modifica (per esempio If-Match: "3").',
  badIfMatch: (value: string) => `L’intestazione If-Match «${value}» non è una revisione valida (per esempio "3").`,
  idMismatch: (bodyId: string, pathId: string) =>
    `L’id nel corpo («${bodyId}») è diverso da quello nell’indirizzo («${pathId}»).`,
  invalid: (count: number) =>
    count === 1 ? 'La definizione del servizio non è valida: 1 errore.' : `La definizione del servizio non è valida: ${count} errori.`,
  emptyBody: 'Il corpo della richiesta è vuoto: serve la definizione del servizio in JSON.',
  unsupportedType: (type: string) =>
    `Il corpo deve essere JSON (Content-Type: application/json), non «${type}».`,
  tooLarge: (limit: number) =>
    `Il corpo della richiesta supera il limite di ${Math.round(limit / 1024)} KiB.`,
  badRevision: (value: string) => `«${value}» non è un numero di revisione.`,
  forbiddenOption: (options: readonly ForbiddenOption[]) =>
    `Solo i responsabili tecnici possono modificare: ${options.map((o) => `«${o.label}» (${o.path})`).join(', ')}. Nessuna modifica è stata scritta.`,
  routeNotFound: (method: string, url: string) => `Nessuna risorsa per ${method} ${url}.`,
  internal: 'Errore interno del server: la richiesta non è stata eseguita. Riprovare più tardi.',
} as const;
