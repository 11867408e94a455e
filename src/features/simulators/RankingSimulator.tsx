/**
 * The ranking simulator of the "Graduatoria" pattern: load or generate
 * applications, rank them with the block's criteria and tie-breakers, and
 * see who is admitted, who waits, where the cut-off falls; export the list.
 *
 * Standalone: give it the service definition and the ranking block's node.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { downloadText } from './download';
import { rankingCounts, rankingCsv } from './outcomes';
import { RankingTable } from './RankingTable';
import { ScoreChart } from './ScoreChart';
import { evaluationInstant, serviceContextOf } from './serviceContext';
import { rankingSettingsOf } from './settings';
import { SimulatorFrame } from './SimulatorFrame';
import type { SimulationRequest } from './simulationTypes';
import { Stats } from './Stats';
import { simulatorStrings } from './strings';
import type { Applicant, SimulatorProps } from './types';
import { useAutoRun } from './useAutoRun';
import { useFormat } from './useFormat';
import './simulators.css';

registerStrings('simulators', simulatorStrings);


export function RankingSimulator({ definition, node, runner, hideTitle, titleId }: SimulatorProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  // Keyed by content: a parent that rebuilds the node object on each render must not restart the run.
  const propsKey = JSON.stringify(node.props);
  const settings = useMemo(() => rankingSettingsOf({ props: JSON.parse(propsKey) as Record<string, unknown> }), [propsKey]);
  const context = useMemo(() => serviceContextOf(definition), [definition]);
  const [applicants, setApplicants] = useState<Applicant[] | null>(null);
  const blocked = settings.problems.some((p) => p.blocking);
  const now = evaluationInstant(context, settings.publicationDate);

  const request = useMemo<SimulationRequest | null>(
    () => (applicants && !blocked ? { kind: 'ranking', applicants, config: settings.config, now } : null),
    [applicants, blocked, settings, now],
  );
  const { state, cancel, rerun } = useAutoRun(request, runner);
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
    <SimulatorFrame
      title={t('ranking.title')}
      titleId={titleId}
      hideTitle={hideTitle}
      intro={t('ranking.intro')}
      settingsLine={settingsLine}
      problems={settings.problems}
      context={context}
      applicants={applicants}
      onApplicants={setApplicants}
      state={state}
      onCancel={cancel}
      onRerun={rerun}
    >
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
