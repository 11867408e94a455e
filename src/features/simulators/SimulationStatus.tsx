/**
 * The state of a run: a progress bar with Cancel while it computes, then the
 * time it took, or why it stopped. Announced politely to screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { SimulationState } from './useSimulation';
import { useFormat } from './useFormat';

export interface SimulationStatusProps {
  state: SimulationState;
  onCancel: () => void;
  onRerun: () => void;
  /** False when there is nothing to compute again (no applicants, blocked settings). */
  canRerun: boolean;
}

export function SimulationStatus({ state, onCancel, onRerun, canRerun }: SimulationStatusProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  if (state.status === 'running') {
    const { done, total } = state.progress;
    const percent = total === 0 ? 0 : Math.round((done / total) * 100);
    return (
      <div className="sim-status">
        <div
          className="sim-progress"
          role="progressbar"
          aria-label={t('run.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('run.running', { done: format.number(done), total: format.number(total) })}
        >
          <div className="sim-progress-bar" style={{ width: `${percent}%` }} />
        </div>
        <span className="sim-status-text">{t('run.running', { done: format.number(done), total: format.number(total) })}</span>
        <button type="button" className="btn btn-small btn-danger" onClick={onCancel}>
          {t('run.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="sim-status" aria-live="polite">
      {state.status === 'done' && <span className="sim-status-text">{t('run.time', { seconds: format.seconds(state.wallMs) })}</span>}
      {state.status === 'cancelled' && <span className="sim-status-text">{t('run.cancelled')}</span>}
      {state.status === 'error' && (
        <span className="sim-status-text sim-status-error" role="alert">
          {t('run.error', { message: state.message })}
        </span>
      )}
      {state.status !== 'idle' && canRerun && (
        <button type="button" className="btn btn-small" onClick={onRerun}>
          {t('run.rerun')}
        </button>
      )}
    </div>
  );
}
