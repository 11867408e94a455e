/**
 * The budget simulator of the "Beneficio economico" pattern: what the measure
 * costs over loaded or generated applications, funded in order of
 * submission, and how many the budget covers; by household size as a chart.
 *
 * Standalone: give it the service definition and the benefit block's node.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { BudgetChart } from './BudgetChart';
import { BudgetTable } from './BudgetTable';
import { downloadText } from './download';
import { householdField } from './householdField';
import { budgetCsv } from './outcomes';
import { evaluationInstant, type ServiceContext } from './serviceContext';
import { benefitSettingsOf, type BenefitSettings } from './settings';
import { SimulatorFrame } from './SimulatorFrame';
import type { SimulationRequest } from './simulationTypes';
import { Stats } from './Stats';
import { simulatorStrings } from './strings';
import type { Applicant, SimulatorProps } from './types';
import { useFormat } from './useFormat';
import { useSimulatorSession } from './useSimulatorSession';
import './simulators.css';

registerStrings('simulators', simulatorStrings);

/** The run's request: the household path, when the amount depends on it, lets the simulation group by household size. */
function budgetRequest(applicants: Applicant[], settings: BenefitSettings, context: ServiceContext): SimulationRequest {
  const household = householdField(context.fields, settings.config.amount, settings.householdSizeField);
  return { kind: 'budget', applicants, config: settings.config, ...(household && { householdPath: household.path }), now: evaluationInstant(context) };
}

export function BudgetSimulator(props: SimulatorProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const { settings, context, state, frame } = useSimulatorSession(props, benefitSettingsOf, budgetRequest);
  const household = useMemo(
    () => householdField(context.fields, settings.config.amount, settings.householdSizeField),
    [context, settings],
  );
  const result = state.status === 'done' && state.result.kind === 'budget' ? state.result.budget : null;

  const { config } = settings;
  const settingsLine = t('budget.settings', {
    budget: format.euro(config.budget),
    cap: config.cap === undefined ? t('budget.noCap') : format.euro(config.cap),
    household: household ? `«${household.label ?? household.path}»` : t('budget.noHousehold'),
  });
  const shortfall = result ? Math.max(0, result.totalRequested - result.budget) : 0;

  return (
    <SimulatorFrame {...frame} title={t('budget.title')} intro={t('budget.intro')} settingsLine={settingsLine}>
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
