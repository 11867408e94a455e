/**
 * The summary before submission: every answer of every visible step, with a
 * "Modifica" link back to its step (pattern blocks show their own part: the
 * appointment, the score, the amount), the payments to make with pagoPA,
 * the requirements' verdict, and "Invia".
 */
import type { CompiledStep } from '../../../compile/types';
import type { FlowState } from '../../../runtime/engine';
import { covers, type PaymentRecord } from '../checkout/payments';
import { SummaryPayments, type DuePayment } from '../checkout/SummaryPayments';
import { receiptsByKey, type VisiblePattern } from '../patterns/visiblePatterns';
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
  /** The visible patterns' results (`visiblePatterns`). */
  patterns: readonly VisiblePattern[];
  /** Payments made so far, by pattern key. */
  payments: Readonly<Record<string, PaymentRecord>>;
  onPay(key: string): void;
  onEdit(stepId: string): void;
  onBack(): void;
  onSubmit(): void;
}

export function SummaryPage({ steps, flow, language, t, blockedReason, patterns, payments, onPay, onEdit, onBack, onSubmit }: SummaryPageProps) {
  const unmet = flow.requirements.filter((r) => !r.ok);
  const receipts = receiptsByKey(patterns);
  const due: DuePayment[] = patterns.flatMap((p) => (p.checkout ? [{ key: p.key, title: p.receipt?.title ?? p.key, checkout: p.checkout }] : []));
  const unpaid = due.some((d) => !covers(payments[d.key], d.checkout));
  // A pattern's warning is something to fix first (a slot no longer free, a notice code that does not check).
  const warnings = patterns.flatMap((p) => (p.receipt?.warning ? [{ key: p.key, title: p.receipt.title, warning: p.receipt.warning }] : []));
  const canSubmit = !blockedReason && unmet.length === 0 && !unpaid && warnings.length === 0;
  return (
    <div className="citizen-summary-page">
      <h1 className="title-xxlarge mb-3" tabIndex={-1}>
        {t('citizen.summary.title')}
      </h1>
      <p className="text-paragraph lora mb-4">{t('citizen.summary.intro')}</p>
      {steps.map((step) => {
        const form = visibleStepSchema(step, flow.hiddenNodeIds);
        const entries = answerSummary(form.schema, form.uiSchema, flow.answers, t, language, receipts);
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
              {entries.length > 0 ? <SummaryEntries entries={entries} t={t} /> : <p className="mb-0 fst-italic">{t('citizen.steps.noFields')}</p>}
            </div>
          </section>
        );
      })}
      <SummaryPayments due={due} payments={payments} language={language} t={t} onPay={onPay} />
      {warnings.length > 0 && (
        <div className="alert alert-warning" role="alert" data-testid="summary-pattern-warnings">
          <p className="fw-semibold mb-1">{t('citizen.patterns.fixFirst')}</p>
          <ul className="mb-0">
            {warnings.map((w) => (
              <li key={w.key}>
                {w.title}: {w.warning}
              </li>
            ))}
          </ul>
        </div>
      )}
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
      {!blockedReason && unmet.length === 0 && unpaid && (
        <p className="alert alert-info" id="summary-unpaid">
          {t('citizen.payments.required')}
        </p>
      )}
      <div className="d-flex flex-column-reverse flex-md-row justify-content-between gap-3 mt-4 pt-3 border-top">
        <button type="button" className="btn btn-outline-primary" onClick={onBack}>
          {t('citizen.steps.back')}
        </button>
        <button
          type="button"
          className="btn btn-primary fw-bold"
          onClick={onSubmit}
          disabled={!canSubmit}
          aria-describedby={!blockedReason && unmet.length === 0 && unpaid ? 'summary-unpaid' : undefined}
        >
          {t('citizen.summary.submit')}
        </button>
      </div>
    </div>
  );
}
