/**
 * What both simulators share: title, what the settings are, their problems,
 * the source of applications and the state of the run. The results go in
 * `children`, shown once a run has finished.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicantsSource } from './ApplicantsSource';
import type { ServiceContext } from './serviceContext';
import type { EvaluationProblem } from './simulationTypes';
import { SimulationStatus } from './SimulationStatus';
import type { Applicant } from './types';
import { useFormat } from './useFormat';
import type { SimulationState } from './useSimulation';

export interface SimulatorFrameProps {
  title: string;
  /** Render the title as an h2 with this id; the dialog renders its own title instead. */
  titleId?: string;
  hideTitle?: boolean;
  intro: string;
  settingsLine: string;
  problems: { message: string; blocking: boolean }[];
  context: ServiceContext;
  applicants: Applicant[] | null;
  onApplicants: (applicants: Applicant[]) => void;
  state: SimulationState;
  onCancel: () => void;
  onRerun: () => void;
  children?: ReactNode;
}

export function SimulatorFrame(props: SimulatorFrameProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const { state, problems, applicants } = props;
  const blocked = problems.some((p) => p.blocking);
  const running = state.status === 'running';
  const evaluationProblems: EvaluationProblem[] = state.status === 'done' ? state.result.evaluationProblems : [];
  return (
    <div className="sim">
      {!props.hideTitle && <h2 id={props.titleId}>{props.title}</h2>}
      <p className="sim-intro">{props.intro}</p>
      <p className="sim-settings">{props.settingsLine}</p>
      {problems.map((p) => (
        <p key={p.message} className={`notice ${p.blocking ? 'notice-error' : 'notice-warning'}`}>
          {p.message}
        </p>
      ))}
      {blocked && <p className="notice notice-error">{t('run.blocked')}</p>}
      <ApplicantsSource
        fields={props.context.fields}
        window={props.context.window}
        applicants={applicants}
        onLoad={props.onApplicants}
        disabled={running}
      />
      <SimulationStatus state={state} onCancel={props.onCancel} onRerun={props.onRerun} canRerun={!blocked && applicants !== null} />
      {evaluationProblems.map((p) => (
        <p key={p.label} className="notice notice-warning">
          {t('run.ruleProblem', { label: p.label, count: format.number(p.count), example: p.example })}
        </p>
      ))}
      {applicants === null && !blocked && <p className="sim-empty">{t('run.empty')}</p>}
      {state.status === 'done' && props.children}
    </div>
  );
}
