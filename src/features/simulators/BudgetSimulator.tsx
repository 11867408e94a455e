/**
 * The budget simulator of the "Beneficio economico" pattern: what the measure
 * costs over loaded or generated applications, funded in order of
 * submission, and how many the budget covers; by household size as a chart.
 *
 * Standalone: give it the service definition and the benefit block's node.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { BudgetChart } from './BudgetChart';
import { BudgetTable } from './BudgetTable';
import { downloadText } from './download';
import { householdField } from './householdField';
import { budgetCsv } from './outcomes';
import { evaluationInstant, serviceContextOf } from './serviceContext';
import { benefitSettingsOf } from './settings';
import { SimulatorFrame } from './SimulatorFrame';
import type { SimulationRequest } from './simulationTypes';
import { Stats } from './Stats';
import { simulatorStrings } from './strings';
import type { Applicant, SimulatorProps } from './types';
import { useAutoRun } from './useAutoRun';
import { useFormat } from './useFormat';
import './simulators.css';

registerStrings('simulators', simulatorStrings);

export function BudgetSimulator({ definition, node, runner, hideTitle, titleId }: SimulatorProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const propsKey = JSON.stringify(node.props);
  const settings = useMemo(() => benefitSettingsOf({ props: JSON.parse(propsKey) as Record<string, unknown> }), [propsKey]);
  const context = useMemo(() => serviceContextOf(definition), [definition]);
  const household = useMemo(
    () => householdField(context.fields, settings.config.amount, settings.householdSizeField),
    [context, settings],
  );
  const [applicants, setApplicants] = useState<Applicant[] | null>(null);
  const blocked = settings.problems.some((p) => p.blocking);
  const now = evaluationInstant(context);

  const request = useMemo<SimulationRequest | null>(
    () =>
      applicants && !blocked
        ? { kind: 'budget', applicants, config: settings.config, ...(household && { householdPath: household.path }), now }
        : null,
    [applicants, blocked, settings, household, now],
  );
  const { state, cancel, rerun } = useAutoRun(request, runner);
  const result = state.status === 'done' && state.result.kind === 'budget' ? state.result.budget : null;

  const { config } = settings;
  const settingsLine = t('budget.settings', {
    budget: format.euro(config.budget),
    cap: config.cap === undefined ? t('budget.noCap') : format.euro(config.cap),
    household: household ? `«${household.label ?? household.path}»` : t('budget.noHousehold'),
  });
  const shortfall = result ? Math.max(0, result.totalRequested - result.budget) : 0;

  return (
    <SimulatorFrame
      title={t('budget.title')}
      titleId={titleId}
      hideTitle={hideTitle}
      intro={t('budget.intro')}
      settingsLine={settingsLine}
      problems={settings.problems}
      context={context}
      applicants={applicants}
      onApplicants={setApplicants}
      state={state}
      onCancel={cancel}
      onRerun={rerun}
    >
      {result && (
        <div className="sim-results">
          <Stats
            items={[
              { label: t('stats.budget'), value: format.euro(result.budget) },
              { label: t('stats.requested'), value: format.euro(result.totalRequested) },
              { label: t('stats.granted'), value: format.euro(result.totalGranted) },
              shortfall > 0
                ? { label: t('stats.shortfall'), value: format.euro(shortfall), tone: 'danger' }
                : { label: t('stats.remaining'), value: format.euro(result.remaining), tone: 'success' },
            ]}
          />
          <Stats
            items={[
              { label: t('stats.covered'), value: format.number(result.covered), tone: 'success' },
              { label: t('stats.notCovered'), value: format.number(result.notCovered), ...(result.notCovered > 0 ? { tone: 'danger' as const } : {}) },
              { label: t('stats.ineligible'), value: format.number(result.ineligible) },
            ]}
          />
          <BudgetChart budget={result} />
          <div className="sim-actions">
            <button type="button" className="btn" onClick={() => downloadText('esiti-budget-simulato.csv', budgetCsv(result.outcomes))}>
              {t('table.exportBudget')}
            </button>
          </div>
          <BudgetTable outcomes={result.outcomes} />
        </div>
      )}
    </SimulatorFrame>
  );
}
