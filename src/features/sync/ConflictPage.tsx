/**
 * /sincronizzazione/conflitti/:serviceId — both versions side by side: who saved the
 * server's and when, a table of the fields that differ with both values, and
 * the three choices. Reached from the catalogue's sync badge and the panel.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { diffDefinitions } from '../../model/diff';
import type { ServiceDefinition } from '../../model/types';
import { getDatabase, type SyncConflict } from '../../persistence/db';
import { resolveConflict, type Resolution } from '../../persistence/sync/resolve';
import { serviceRepository } from '../catalog/data/catalogServices';
import { formatValue } from './formatValue';
import { formatWhen } from './formatWhen';
import './i18n';
import { roleLabel } from './roleLabel';
import './sync.css';
import { syncRunner } from './syncServices';

type Loaded = { state: 'loading' } | { state: 'none' } | { state: 'ready'; mine: ServiceDefinition; conflict: SyncConflict };
type Outcome = { choice: Resolution; copyId: string | null; copyTitle: string } | { error: string };

export function ConflictPage({ serviceId }: { serviceId: string }) {
  const { t, i18n } = useTranslation('sync');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const state = await getDatabase().syncState.get(serviceId);
      const local = await serviceRepository.get(serviceId);
      if (!alive) return;
      setLoaded(state?.conflict && local.ok ? { state: 'ready', mine: local.definition, conflict: state.conflict } : { state: 'none' });
    })();
    return () => {
      alive = false;
    };
  }, [serviceId]);

  const differences = useMemo(() => (loaded.state === 'ready' ? diffDefinitions(loaded.mine, loaded.conflict.current) : []), [loaded]);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  if (loaded.state === 'loading') return <p className="page">{t('conflict.working')}</p>;
  if (loaded.state === 'none' && !outcome) {
    return (
      <div className="page sync-page">
        <h1>{t('title')}</h1>
        <p>{t('conflict.none')}</p>
        <p>
          <Link to="/">{t('conflict.back')}</Link>
        </p>
      </div>
    );
  }

  const choose = async (choice: Resolution) => {
    if (loaded.state !== 'ready') return;
    setBusy(true);
    try {
      const copyId = await resolveConflict({ db: getDatabase(), repository: serviceRepository }, serviceId, choice);
      const copy = copyId ? await serviceRepository.get(copyId) : null;
      setOutcome({ choice, copyId, copyTitle: copy?.ok ? copy.definition.card.title : '' });
      void syncRunner().syncNow();
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  if (outcome && 'choice' in outcome) {
    const done = { mine: 'conflict.doneMine', theirs: 'conflict.doneTheirs', both: 'conflict.doneBoth' }[outcome.choice];
    return (
      <div className="page sync-page">
        <h1>{t('title')}</h1>
        <div ref={outcomeRef} tabIndex={-1} role="status" className="sync-message sync-message-info">
          {t(done, { title: outcome.copyTitle })}
        </div>
        <p className="sync-actions">
          <Link className="btn btn-primary" to="/">
            {t('conflict.back')}
          </Link>
          {outcome.copyId && (
            <Link className="btn" to={`/servizi/${outcome.copyId}/scheda`}>
              {t('conflict.openCopy', { title: outcome.copyTitle })}
            </Link>
          )}
        </p>
      </div>
    );
  }
  if (loaded.state !== 'ready') return null;

  const { mine, conflict } = loaded;
  const words = { absent: t('conflict.absent'), empty: t('conflict.empty'), yes: t('conflict.yes'), no: t('conflict.no') };
  const theirsMeta = conflict.savedBy
    ? t('conflict.theirsMeta', { user: conflict.savedBy, role: roleLabel(t, conflict.role), when: formatWhen(conflict.savedAt, i18n.language), revision: conflict.revision })
    : t('conflict.theirsMetaUnknown', { revision: conflict.revision });

  return (
    <div className="page sync-page conflict-page">
      <div>
        <h1>{t('conflict.title', { title: mine.card.title })}</h1>
        <p className="muted">{t('conflict.intro')}</p>
      </div>
      {outcome && 'error' in outcome && (
        <div ref={outcomeRef} tabIndex={-1} role="alert" className="sync-message sync-message-error">
          {t('conflict.failed', { message: outcome.error })}
        </div>
      )}
      <div className="conflict-versions">
        <section className="conflict-version" aria-labelledby="conflict-mine-h">
          <h2 id="conflict-mine-h">{t('conflict.mine')}</h2>
          <p>{t('conflict.mineMeta', { when: formatWhen(mine.updatedAt, i18n.language) })}</p>
          <p className="conflict-version-title" data-testid="conflict-mine-title">
            {mine.card.title}
          </p>
        </section>
        <section className="conflict-version" aria-labelledby="conflict-theirs-h">
          <h2 id="conflict-theirs-h">{t('conflict.theirs')}</h2>
          <p>{theirsMeta}</p>
          <p className="conflict-version-title" data-testid="conflict-theirs-title">
            {conflict.current.card.title}
          </p>
        </section>
      </div>
      {differences.length === 0 ? (
        <p>{t('conflict.noDifferences')}</p>
      ) : (
        <table className="conflict-table">
          <caption>{t('conflict.differences', { count: differences.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={d.path + d.label}>
                <th scope="row">{d.label}</th>
                {[d.mine, d.theirs].map((value, i) => (
                  <td key={i}>
                    <pre className={`conflict-value${value === undefined ? ' conflict-absent' : ''}`}>{formatValue(value, words)}</pre>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="sync-panel" aria-labelledby="conflict-choose-h">
        <h2 id="conflict-choose-h">{t('conflict.choose')}</h2>
        <div className="conflict-choices">
          {(['mine', 'theirs', 'both'] as const).map((choice) => {
            const name = { mine: 'keepMine', theirs: 'keepTheirs', both: 'keepBoth' }[choice];
            return (
              <div className="conflict-choice" key={choice}>
                <button type="button" className={`btn${choice === 'both' ? ' btn-primary' : ''}`} disabled={busy} aria-describedby={`conflict-${choice}-hint`} onClick={() => void choose(choice)}>
                  {t(`conflict.${name}`)}
                </button>
                <p id={`conflict-${choice}-hint`}>{t(`conflict.${name}Hint`)}</p>
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}
