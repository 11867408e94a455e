/**
 * The ranking simulator of the "Graduatoria" pattern: load or generate
 * applications, rank them with the block's criteria and tie-breakers, and
 * see who is admitted, who waits, where the cut-off falls; export the list.
 *
 * Standalone: give it the service definition and the ranking block's node.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { downloadText } from './download';
import { rankingCounts, rankingCsv } from './outcomes';
import { RankingTable } from './RankingTable';
import { ScoreChart } from './ScoreChart';
import { evaluationInstant, type ServiceContext } from './serviceContext';
import { rankingSettingsOf, type RankingSettings } from './settings';
import { SimulatorFrame } from './SimulatorFrame';
import type { SimulationRequest } from './simulationTypes';
import { Stats } from './Stats';
import { simulatorStrings } from './strings';
import type { Applicant, SimulatorProps } from './types';
import { useFormat } from './useFormat';
import { useSimulatorSession } from './useSimulatorSession';
import './simulators.css';

registerStrings('simulators', simulatorStrings);

/** The run's request: ranked as of the publication date when there is one, else at the close of applications. */
function rankingRequest(applicants: Applicant[], settings: RankingSettings, context: ServiceContext): SimulationRequest {
  return { kind: 'ranking', applicants, config: settings.config, now: evaluationInstant(context, settings.publicationDate) };
}

export function RankingSimulator(props: SimulatorProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const { settings, state, frame } = useSimulatorSession(props, rankingSettingsOf, rankingRequest);
  const result = state.status === 'done' && state.result.kind === 'ranking' ? state.result.ranking : null;
  const counts = useMemo(() => (result ? rankingCounts(result.ranked, settings.waitingListSize) : null), [result, settings]);
  const cutoff = result?.ranked.reduce<number | undefined>((c, r) => (r.admitted ? r.total : c), undefined);

  const { config } = settings;
  const settingsLine =
    t('ranking.settings', {
      places: format.number(config.places),
      criteria: config.criteria.length,
      tieBreakers: config.tieBreakers.length ? config.tieBreakers.map((b) => b.label).join(t('ranking.then')) : t('ranking.noTieBreakers'),
    }) + (settings.publicationDate ? ` ${t('ranking.asOf', { date: format.date(settings.publicationDate) })}` : '');

  return (
    <SimulatorFrame {...frame} title={t('ranking.title')} intro={t('ranking.intro')} settingsLine={settingsLine}>
      {result && counts && (
        <div className="sim-results">
          <Stats
            items={[
              { label: t('stats.applicants'), value: format.number(result.ranked.length) },
              { label: t('stats.admitted'), value: format.number(counts.admitted), tone: 'success' },
              { label: t('stats.waiting'), value: format.number(counts.waiting), tone: 'warning' },
              ...(counts.excluded > 0 ? [{ label: t('stats.excluded'), value: format.number(counts.excluded) }] : []),
              { label: t('stats.cutoff'), value: cutoff === undefined ? t('stats.noCutoff') : t('stats.cutoffValue', { score: format.number(cutoff) }) },
              { label: t('stats.ties'), value: format.number(counts.ties), ...(counts.ties > 0 ? { tone: 'danger' as const } : {}) },
            ]}
          />
          <ScoreChart ranked={result.ranked} />
          <div className="sim-actions">
            <button type="button" className="btn" onClick={() => downloadText('graduatoria-simulata.csv', rankingCsv(result.ranked, settings.waitingListSize))}>
              {t('table.export')}
            </button>
            {counts.ties > 0 && <p className="field-hint">{t('table.tieHint')}</p>}
          </div>
          <RankingTable ranked={result.ranked} waitingListSize={settings.waitingListSize} />
        </div>
      )}
    </SimulatorFrame>
  );
}
