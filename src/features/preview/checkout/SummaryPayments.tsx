/**
 * The summary's payments box: each payment a visible pattern asks for before
 * submission, with «Paga con pagoPA» until it is paid, then its outcome.
 * «Invia la domanda» waits until every one is paid.
 */
import type { PatternCheckout } from '../../../blocks/shared/citizenOutputs';
import { formatEuro } from '../../../runtime/money';
import { formatDateTime } from '../format';
import type { Translate } from '../translate';
import { covers, type PaymentRecord } from './payments';

export interface DuePayment {
  key: string;
  title: string;
  checkout: PatternCheckout;
}

export interface SummaryPaymentsProps {
  due: readonly DuePayment[];
  payments: Readonly<Record<string, PaymentRecord>>;
  language: string;
  t: Translate;
  onPay(key: string): void;
}

export function SummaryPayments({ due, payments, language, t, onPay }: SummaryPaymentsProps) {
  if (due.length === 0) return null;
  return (
    <section className="citizen-box mb-4 summary-payments" aria-labelledby="summary-payments">
      <div className="p-3 p-md-4">
        <h2 className="title-large-semi-bold mb-3 border-bottom pb-2" id="summary-payments">
          {t('citizen.payments.title')}
        </h2>
        {due.map(({ key, title, checkout }) => {
          const record = payments[key];
          const paid = covers(record, checkout);
          return (
            <div className="summary-payment" key={key} data-testid={`summary-payment-${key}`}>
              <p className="mb-1 fw-semibold">{title}</p>
              <p className="pattern-headline mb-1">
                <span className="pattern-headline-label">{paid ? t('citizen.payments.paid') : t('citizen.payments.due')}:</span>{' '}
                <strong className="pattern-headline-value">{formatEuro(checkout.amount)}</strong>
              </p>
              <p className="text-paragraph-small mb-3">{checkout.reason}</p>
              {paid ? (
                <p className="d-flex align-items-center gap-2 mb-0" role="status">
                  <span className="badge bg-success">{t('citizen.payments.paid')}</span>
                  <span>{t('citizen.payments.paidOn', { date: formatDateTime(new Date(record!.paidAt), language), iuv: record!.iuv })}</span>
                </p>
              ) : (
                <>
                  {record && <p className="alert alert-warning">{t('citizen.payments.changed')}</p>}
                  <button type="button" className="btn btn-primary fw-bold" onClick={() => onPay(key)}>
                    {t('citizen.payments.pay')}
                  </button>
                </>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
