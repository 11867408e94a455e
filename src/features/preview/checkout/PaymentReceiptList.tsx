/** The pagoPA receipts of the payments made: outcome, amounts, notice code, IUV, date, PSP. */
import { formatEuro } from '../../../runtime/money';
import { formatDateTime } from '../format';
import type { Translate } from '../translate';
import { groupedNoticeCode, withFee, type PaymentRecord } from './payments';

export function PaymentReceiptList({ payments, t, language, headingLevel = 2 }: { payments: readonly PaymentRecord[]; t: Translate; language: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {payments.map((p) => {
        const rows: Array<[string, string, string?]> = [
          [t('citizen.payments.outcome'), t('citizen.payments.outcomeOk')],
          [t('citizen.checkout.amount'), formatEuro(p.amount), 'payment-amount'],
          [t('citizen.checkout.fee'), formatEuro(p.fee)],
          [t('citizen.checkout.total'), formatEuro(withFee(p.amount, p.fee))],
          [t('citizen.checkout.reason'), p.reason],
          [t('citizen.checkout.payee'), p.payee],
          [t('citizen.checkout.noticeCode'), groupedNoticeCode(p.noticeCode), 'payment-notice-code'],
          [t('citizen.payments.iuv'), p.iuv, 'payment-iuv'],
          [t('citizen.payments.paidAt'), formatDateTime(new Date(p.paidAt), language), 'payment-date'],
          [t('citizen.payments.method'), p.method],
          [t('citizen.payments.psp'), p.psp],
          [t('citizen.payments.transaction'), p.transactionId],
        ];
        return (
          <section className="citizen-box mb-4" key={p.key} data-testid="payment-receipt" aria-label={t('citizen.payments.receiptTitle')}>
            <div className="p-3 p-md-4">
              <Heading className="title-large-semi-bold mb-3">{t('citizen.payments.receiptTitle')}</Heading>
              <dl className="citizen-summary mb-0">
                {rows.map(([label, value, testId]) => (
                  <div className="citizen-summary-row" key={label}>
                    <dt>{label}</dt>
                    <dd data-testid={testId} className={testId === 'payment-notice-code' || testId === 'payment-iuv' ? 'font-monospace' : undefined}>
                      {value}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>
        );
      })}
    </>
  );
}
