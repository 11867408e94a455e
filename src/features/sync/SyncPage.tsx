/**
 * /sincronizzazione — the sync panel: server address and token, «Verifica
 * connessione» (which connects when the server accepts the token), then the
 * state of sync: last sync, changes waiting, conflicts, «Sincronizza ora»
 * and «Disconnetti» (which keeps every local service).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../persistence/db';
import { clearConfig, writeConfig } from '../../persistence/sync/syncStore';
import { sessionStore } from '../../store/sessionStore';
import { checkConnection, type ConnectionField } from './checkConnection';
import { formatWhen } from './formatWhen';
import './i18n';
import { roleLabel } from './roleLabel';
import './sync.css';
import { syncRunner } from './syncServices';
import { useSyncOverview, type SyncOverview } from './useSyncOverview';

interface FieldError {
  field: ConnectionField;
  text: string;
}

function ConnectionForm({ overview }: { overview: SyncOverview }) {
  const { t } = useTranslation('sync');
  const ids = { url: useId(), token: useId(), urlHelp: useId(), tokenHelp: useId(), error: useId() };
  const [url, setUrl] = useState(overview.config?.url ?? window.location.origin);
  const [token, setToken] = useState(overview.config?.token ?? '');
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const [connected, setConnected] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setConnected(null);
    const result = await checkConnection(url, token);
    setBusy(false);
    if (!result.ok) {
      setError({ field: result.field, text: t(result.key, { message: result.message }) });
      (result.field === 'url' ? urlRef : tokenRef).current?.focus();
      return;
    }
    setError(null);
    await writeConfig(getDatabase(), { url: result.url, token: token.trim(), user: result.who.user, role: result.who.role });
    // The server enforces the token's role; the app takes it too, so an official
    // is not offered technical options that the server would refuse (403).
    sessionStore.getState().setRole(result.who.role);
    setConnected(t('connectedAs', { user: result.who.user, role: roleLabel(t, result.who.role) }) + ' ' + t('roleFollowsToken'));
    void syncRunner().syncNow();
  };

  const describedBy = (field: ConnectionField) =>
    [field === 'url' ? ids.urlHelp : ids.tokenHelp, error?.field === field ? ids.error : ''].filter(Boolean).join(' ');

  return (
    <form className="sync-panel sync-form" onSubmit={submit} noValidate aria-labelledby={`${ids.url}-legend`}>
      <h2 id={`${ids.url}-legend`}>{t('form.legend')}</h2>
      <fieldset>
        <legend className="visually-hidden">{t('form.legend')}</legend>
        <div className="sync-field">
          <label htmlFor={ids.url}>{t('form.url')}</label>
          <input
            ref={urlRef}
            id={ids.url}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error?.field === 'url'}
            aria-describedby={describedBy('url')}
          />
          <p className="sync-hint" id={ids.urlHelp}>
            {t('form.urlHint')}
          </p>
          {error?.field === 'url' && (
            <p className="sync-field-error" id={ids.error}>
              {error.text}
            </p>
          )}
        </div>
        <div className="sync-field">
          <label htmlFor={ids.token}>{t('form.token')}</label>
          <input
            ref={tokenRef}
            id={ids.token}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={error?.field === 'token'}
            aria-describedby={describedBy('token')}
          />
          <p className="sync-hint" id={ids.tokenHelp}>
            {t('form.tokenHint')}
          </p>
          {error?.field === 'token' && (
            <p className="sync-field-error" id={ids.error}>
              {error.text}
            </p>
          )}
        </div>
      </fieldset>
      <div className="sync-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('form.verifying') : t('form.verify')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {connected && <p className="sync-ok">{connected}</p>}
      </div>
    </form>
  );
}

function SyncStatusPanel({ overview, titles }: { overview: SyncOverview; titles: Map<string, string> }) {
  const { t, i18n } = useTranslation('sync');
  const [notice, setNotice] = useState<string | null>(null);
  // Local, not the stored health: a tab closed mid-pass must not leave the button disabled for good.
  const [busy, setBusy] = useState(false);
  const { config, health } = overview;
  if (!config) return notice ? <p className="sync-message sync-message-info" role="status">{notice}</p> : null;
  const conflicts = [...overview.states.values()].filter((s) => s.conflict);
  const syncNow = async () => {
    setBusy(true);
    try {
      await syncRunner().syncNow();
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async () => {
    await clearConfig(getDatabase());
    setNotice(t('status.disconnected'));
  };
  return (
    <section className="sync-panel" aria-labelledby="sync-status-h">
      <h2 id="sync-status-h">{t('status.title')}</h2>
      <dl className="sync-facts">
        <dt>{t('status.server')}</dt>
        <dd>
          {config.url}
          {config.user && ` — ${t('connectedAs', { user: config.user, role: roleLabel(t, config.role) })}`}
        </dd>
        <dt>{t('status.lastSync')}</dt>
        <dd data-testid="sync-last">{health.lastSyncAt ? formatWhen(health.lastSyncAt, i18n.language) : t('status.never')}</dd>
        <dt>{t('status.pending')}</dt>
        <dd data-testid="sync-pending">{overview.pendingTotal}</dd>
        <dt>{t('status.conflicts')}</dt>
        <dd>{conflicts.length}</dd>
      </dl>
      <div role="status" aria-live="polite">
        <p className={`sync-message sync-message-${health.state === 'error' ? 'error' : health.state === 'offline' ? 'offline' : 'info'}`}>
          {t(`status.health.${health.state}`)}
          {health.state === 'error' && health.message ? `: ${health.message}` : ''}
        </p>
      </div>
      {conflicts.length > 0 && (
        <ul className="sync-conflict-list">
          {conflicts.map((c) => (
            <li key={c.serviceId}>
              <Link to={`/sincronizzazione/conflitti/${c.serviceId}`}>
                {t('status.resolve', { title: titles.get(c.serviceId) ?? c.conflict!.current.card.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="sync-actions">
        <button type="button" className="btn btn-primary" onClick={() => void syncNow()} disabled={busy}>
          {t('status.syncNow')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void disconnect()}>
          {t('status.disconnect')}
        </button>
      </div>
    </section>
  );
}

export function SyncPage() {
  const { t } = useTranslation('sync');
  const overview = useSyncOverview();
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    void getDatabase()
      .services.toArray()
      .then((rows) => setTitles(new Map(rows.map((r) => [r.id, r.title]))));
  }, [overview?.states]);
  return (
    <div className="page sync-page">
      <div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      {overview && (
        <>
          <ConnectionForm overview={overview} />
          <SyncStatusPanel overview={overview} titles={titles} />
        </>
      )}
    </div>
  );
}
