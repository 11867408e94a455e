/**
 * The receipt after submission: request number, date and time, and the date
 * by which the Comune must answer (maximum response time, L. 241/1990);
 * then what the service's patterns add (the appointment confirmed, the
 * provisional score, the amount granted, the permit's dates) and the pagoPA
 * receipts of the payments made.
 */
import { CitizenIcon } from '../card/CitizenIcon';
import { PaymentReceiptList } from '../checkout/PaymentReceiptList';
import { PatternReceiptBox } from '../patterns/PatternReceiptView';
import { formatDateTime, formatLongDate } from '../format';
import type { Translate } from '../translate';
import { JourneyColumn } from './JourneyColumn';
import type { Receipt } from './journeyState';

export interface ReceiptPageProps {
  receipt: Receipt;
  serviceTitle: string;
  language: string;
  t: Translate;
  iconsUrl: string;
  onBack(): void;
}

export function ReceiptPage({ receipt, serviceTitle, language, t, iconsUrl, onBack }: ReceiptPageProps) {
  return (
    <JourneyColumn>
      <div className="d-flex align-items-center gap-2 mb-3">
        <CitizenIcon name="check-circle" iconsUrl={iconsUrl} className="icon-success icon-lg" />
        <h1 className="title-xxlarge mb-0" tabIndex={-1}>
          {t('citizen.receipt.title')}
        </h1>
      </div>
      <p className="text-paragraph lora mb-4">{t('citizen.receipt.intro', { service: serviceTitle })}</p>
      <div className="citizen-box mb-4">
        <div className="p-3 p-md-4">
          <dl className="citizen-summary mb-0" data-testid="receipt">
            <div className="citizen-summary-row">
              <dt>{t('citizen.receipt.number')}</dt>
              <dd className="font-monospace fw-semibold" data-testid="receipt-number">
                {receipt.number}
              </dd>
            </div>
            <div className="citizen-summary-row">
              <dt>{t('citizen.receipt.date')}</dt>
              <dd>{formatDateTime(new Date(receipt.submittedAt), language)}</dd>
            </div>
            <div className="citizen-summary-row">
              <dt>{t('citizen.receipt.expected')}</dt>
              <dd data-testid="receipt-expected">
                <span className="fw-semibold">{formatLongDate(receipt.expectedBy, language)}</span>
                <br />
                <span className="text-paragraph-small">{t('citizen.receipt.expectedNote', { count: receipt.maxResponseDays })}</span>
              </dd>
            </div>
          </dl>
        </div>
      </div>
      {receipt.patterns.map((p) => (
        <PatternReceiptBox key={p.key} receipt={p.receipt} t={t} testId={`receipt-pattern-${p.key}`} />
      ))}
      <PaymentReceiptList payments={receipt.payments} t={t} language={language} />
      <div className="callout note">
        <div className="callout-title">
          <CitizenIcon name="info-circle" iconsUrl={iconsUrl} />
          <span className="text">{t('citizen.login.noteTitle')}</span>
        </div>
        <p>{t('citizen.receipt.preview')}</p>
      </div>
      <button type="button" className="btn btn-primary" onClick={onBack}>
        {t('citizen.receipt.back')}
      </button>
    </JourneyColumn>
  );
}
