/**
 * A simulated pagoPA checkout, as citizens meet it when a service sends them
 * to pay: the payment's data (amount, causale, payee, notice code), an email
 * for the receipt, how to pay (a test card prefilled), the PSP with its fee,
 * then «Paga» → «Pagamento riuscito» with the receipt and «Torna al servizio».
 * Nothing is sent anywhere: the outcome is recorded in the preview's state.
 */
import { useId, useState, type FormEvent } from 'react';
import type { PatternCheckout } from '../../../blocks/shared/citizenOutputs';
import { formatEuro } from '../../../runtime/money';
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';
import { CheckoutHeader } from './CheckoutHeader';
import { PaymentReceiptList } from './PaymentReceiptList';
import { groupedNoticeCode, iuvOf, PSPS, transactionId, withFee, type PaymentRecord } from './payments';

export interface CheckoutPageProps {
  paymentKey: string;
  checkout: PatternCheckout;
  /** The notice code to show (the citizen's, or one issued for this payment). */
  noticeCode: string;
  payee: string;
  /** Email of the signed-in citizen, prefilled. */
  email?: string;
  holder: string;
  now: Date;
  language: string;
  t: Translate;
  iconsUrl: string;
  /** The payment already made for this pattern in this application, if any: the page shows its outcome. */
  paid?: PaymentRecord;
  onPaid(payment: PaymentRecord): void;
  onBack(): void;
}

type Method = 'card' | 'bank' | 'app';
const METHODS: Method[] = ['card', 'bank', 'app'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function CheckoutPage(props: CheckoutPageProps) {
  const { checkout, t, iconsUrl, payee, noticeCode, paid } = props;
  const id = useId();
  const [email, setEmail] = useState(props.email ?? '');
  const [method, setMethod] = useState<Method>('card');
  const [card, setCard] = useState({ number: '4242 4242 4242 4242', expiry: '12/30', cvv: '123', holder: props.holder });
  const [psp, setPsp] = useState(PSPS[0].id);
  const [errors, setErrors] = useState<{ email?: string; card?: string }>({});
  const chosen = PSPS.find((p) => p.id === psp) ?? PSPS[0];
  const total = withFee(checkout.amount, chosen.fee);

  const pay = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!EMAIL.test(email.trim())) next.email = t('citizen.checkout.emailError');
    const cardOk = /^\d{16}$/.test(card.number.replace(/\s+/g, '')) && /^(0[1-9]|1[0-2])\/\d{2}$/.test(card.expiry) && /^\d{3}$/.test(card.cvv);
    if (method === 'card' && !cardOk) next.card = t('citizen.checkout.card.error');
    setErrors(next);
    if (next.email || next.card) {
      const first = event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    const paidAt = props.now.toISOString();
    props.onPaid({
      key: props.paymentKey,
      amount: checkout.amount,
      fee: chosen.fee,
      reason: checkout.reason,
      noticeCode,
      iuv: iuvOf(noticeCode),
      payee,
      paidAt,
      psp: chosen.name,
      method: t(`citizen.checkout.methods.${method}`),
      transactionId: transactionId(`${noticeCode}@${paidAt}`),
      email: email.trim(),
    });
  };

  return (
    <div className="checkout-app">
      <CheckoutHeader t={t} />
      <main id="citizen-main" className="container py-4 py-lg-5">
        <div className="row justify-content-center">
          <div className="col-12 col-lg-7">
            {paid ? (
              <div data-testid="checkout-success">
                <div className="d-flex align-items-center gap-2 mb-3">
                  <CitizenIcon name="check-circle" iconsUrl={iconsUrl} className="icon-success icon-lg" />
                  <h1 className="title-xxlarge mb-0" tabIndex={-1}>
                    {t('citizen.checkout.successTitle')}
                  </h1>
                </div>
                <p className="text-paragraph mb-4">
                  {t('citizen.checkout.successIntro', { total: formatEuro(withFee(paid.amount, paid.fee)), payee: paid.payee, email: paid.email })}
                </p>
                <PaymentReceiptList payments={[paid]} t={t} language={props.language} headingLevel={2} />
                <button type="button" className="btn btn-primary fw-bold" onClick={props.onBack}>
                  {t('citizen.checkout.back')}
                </button>
              </div>
            ) : (
              <>
                <h1 className="title-xxlarge mb-3" tabIndex={-1}>
                  {t('citizen.checkout.title')}
                </h1>
                <p className="alert alert-info">{t('citizen.checkout.simulated')}</p>
                <section className="citizen-box mb-4" aria-labelledby={`${id}-details`}>
                  <div className="p-3 p-md-4">
                    <h2 className="title-large-semi-bold mb-3" id={`${id}-details`}>
                      {t('citizen.checkout.details')}
                    </h2>
                    <dl className="citizen-summary mb-0" data-testid="checkout-details">
                      <div className="citizen-summary-row">
                        <dt>{t('citizen.checkout.amount')}</dt>
                        <dd className="fw-bold" data-testid="checkout-amount">
                          {formatEuro(checkout.amount)}
                        </dd>
                      </div>
                      <div className="citizen-summary-row">
                        <dt>{t('citizen.checkout.reason')}</dt>
                        <dd>{checkout.reason}</dd>
                      </div>
                      <div className="citizen-summary-row">
                        <dt>{t('citizen.checkout.payee')}</dt>
                        <dd>{payee}</dd>
                      </div>
                      <div className="citizen-summary-row">
                        <dt>{t('citizen.checkout.noticeCode')}</dt>
                        <dd className="font-monospace" data-testid="checkout-notice-code">
                          {groupedNoticeCode(noticeCode)}
                        </dd>
                      </div>
                    </dl>
                  </div>
                </section>
                <form className="citizen-form checkout-form" noValidate onSubmit={pay}>
                  <div className="form-group">
                    <label htmlFor={`${id}-email`}>{t('citizen.checkout.email')}</label>
                    <input
                      id={`${id}-email`}
                      type="email"
                      className="form-control"
                      autoComplete="email"
                      value={email}
                      onChange={(e) => setEmail(e.target.value)}
                      aria-invalid={errors.email ? 'true' : undefined}
                      aria-describedby={errors.email ? `${id}-email-error` : undefined}
                    />
                    {errors.email && (
                      <p className="text-danger mb-0" id={`${id}-email-error`}>
                        {errors.email}
                      </p>
                    )}
                  </div>
                  <fieldset className="form-group">
                    <legend>{t('citizen.checkout.method')}</legend>
                    <div className="field-radio-group">
                      {METHODS.map((m) => (
                        <div className="radio" key={m}>
                          <label>
                            <span>
                              <input type="radio" name={`${id}-method`} value={m} checked={method === m} onChange={() => setMethod(m)} />
                              <span>{t(`citizen.checkout.methods.${m}`)}</span>
                            </span>
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                  {method === 'card' && (
                    <fieldset className="form-group checkout-card" aria-describedby={errors.card ? `${id}-card-error` : undefined}>
                      <legend>{t('citizen.checkout.card.legend')}</legend>
                      <div className="row g-3">
                        <CardInput id={`${id}-number`} label={t('citizen.checkout.card.number')} value={card.number} invalid={!!errors.card} autoComplete="cc-number" inputMode="numeric" className="col-12" onChange={(v) => setCard({ ...card, number: v })} />
                        <CardInput id={`${id}-expiry`} label={t('citizen.checkout.card.expiry')} value={card.expiry} invalid={!!errors.card} autoComplete="cc-exp" inputMode="numeric" className="col-6" onChange={(v) => setCard({ ...card, expiry: v })} />
                        <CardInput id={`${id}-cvv`} label={t('citizen.checkout.card.cvv')} value={card.cvv} invalid={!!errors.card} autoComplete="cc-csc" inputMode="numeric" className="col-6" onChange={(v) => setCard({ ...card, cvv: v })} />
                        <CardInput id={`${id}-holder`} label={t('citizen.checkout.card.holder')} value={card.holder} invalid={false} autoComplete="cc-name" className="col-12" onChange={(v) => setCard({ ...card, holder: v })} />
                      </div>
                      {errors.card && (
                        <p className="text-danger mb-0 mt-2" id={`${id}-card-error`}>
                          {errors.card}
                        </p>
                      )}
                    </fieldset>
                  )}
                  <fieldset className="form-group">
                    <legend>{t('citizen.checkout.psp')}</legend>
                    <div className="field-radio-group">
                      {PSPS.map((p) => (
                        <div className="radio" key={p.id}>
                          <label>
                            <span>
                              <input type="radio" name={`${id}-psp`} value={p.id} checked={psp === p.id} onChange={() => setPsp(p.id)} />
                              <span>{t('citizen.checkout.pspOption', { name: p.name, fee: formatEuro(p.fee) })}</span>
                            </span>
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                  <dl className="citizen-summary checkout-total mb-4">
                    <div className="citizen-summary-row">
                      <dt>{t('citizen.checkout.amount')}</dt>
                      <dd className="text-end">{formatEuro(checkout.amount)}</dd>
                    </div>
                    <div className="citizen-summary-row">
                      <dt>{t('citizen.checkout.fee')}</dt>
                      <dd className="text-end">{formatEuro(chosen.fee)}</dd>
                    </div>
                    <div className="citizen-summary-row">
                      <dt>{t('citizen.checkout.total')}</dt>
                      <dd className="text-end fw-bold" data-testid="checkout-total">
                        {formatEuro(total)}
                      </dd>
                    </div>
                  </dl>
                  <div className="d-flex flex-column-reverse flex-md-row justify-content-between gap-3 pt-3 border-top">
                    <button type="button" className="btn btn-outline-primary" onClick={props.onBack}>
                      {t('citizen.checkout.cancel')}
                    </button>
                    <button type="submit" className="btn btn-primary fw-bold">
                      {t('citizen.checkout.pay', { total: formatEuro(total) })}
                    </button>
                  </div>
                </form>
              </>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}

function CardInput(props: {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  autoComplete: string;
  inputMode?: 'numeric';
  className: string;
  onChange(value: string): void;
}) {
  return (
    <div className={props.className}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="form-control"
        value={props.value}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={props.invalid ? 'true' : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
