/**
 * The summary before submission: every answer of every visible step, with a
 * "Modifica" link back to its step, the requirements' verdict, and "Invia".
 */
import type { CompiledStep } from '../../../compile/types';
import type { FlowState } from '../../../runtime/engine';
import type { Translate } from '../translate';
import { answerSummary } from './answerSummary';
import { SummaryEntries } from './SummaryEntries';
import { visibleStepSchema } from './visibleStepSchema';

export interface SummaryPageProps {
  steps: readonly CompiledStep[];
  flow: FlowState;
  language: string;
  t: Translate;
  /** Why the application cannot be submitted now (service closed), if so. */
  blockedReason?: string;
  onEdit(stepId: string): void;
  onBack(): void;
  onSubmit(): void;
}

export function SummaryPage({ steps, flow, language, t, blockedReason, onEdit, onBack, onSubmit }: SummaryPageProps) {
  const unmet = flow.requirements.filter((r) => !r.ok);
  const canSubmit = !blockedReason && unmet.length === 0;
  return (
    <div className="citizen-summary-page">
      <h1 className="title-xxlarge mb-3" tabIndex={-1}>
        {t('citizen.summary.title')}
      </h1>
      <p className="text-paragraph lora mb-4">{t('citizen.summary.intro')}</p>
      {steps.map((step) => {
        const form = visibleStepSchema(step, flow.hiddenNodeIds);
        const entries = answerSummary(form.schema, form.uiSchema, flow.answers, t, language);
        return (
          <section className="citizen-box mb-4" key={step.id} aria-labelledby={`summary-${step.id}`}>
            <div className="p-3 p-md-4">
              <div className="d-flex justify-content-between align-items-baseline gap-3 mb-3 border-bottom pb-2">
                <h2 className="title-large-semi-bold mb-0" id={`summary-${step.id}`}>
                  {step.title}
                </h2>
                <button type="button" className="btn btn-link p-0 fw-semibold" onClick={() => onEdit(step.id)} aria-label={t('citizen.summary.editStep', { step: step.title })}>
                  {t('citizen.summary.edit')}
                </button>
              </div>
              {entries.length > 0 ? <SummaryEntries entries={entries} /> : <p className="mb-0 fst-italic">{t('citizen.steps.noFields')}</p>}
            </div>
          </section>
        );
      })}
      {unmet.length > 0 && (
        <div className="alert alert-danger" role="alert">
          <p className="fw-semibold mb-1">{t('citizen.summary.notEligible')}</p>
          <ul className="mb-0">
            {unmet.map((r) => (
              <li key={r.id}>{r.message ?? r.name}</li>
            ))}
          </ul>
        </div>
      )}
      {blockedReason && (
        <div className="alert alert-warning" role="status">
          {blockedReason}
        </div>
      )}
      <div className="d-flex flex-column-reverse flex-md-row justify-content-between gap-3 mt-4 pt-3 border-top">
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {t('citizen.steps.back')}
        </button>
        <button type="button" className="btn btn-primary fw-bold" onClick={onSubmit} disabled={!canSubmit}>
          {t('citizen.summary.submit')}
        </button>
      </div>
    </div>
  );
}
