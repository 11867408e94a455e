/**
 * The checkout's own header: the citizen has left the Comune's site for
 * pagoPA's, as in a real payment. A wordmark, not pagoPA's logo (the
 * preview never pretends to be the real service).
 */
import type { Translate } from '../translate';

export function CheckoutHeader({ t }: { t: Translate }) {
  return (
    <header className="checkout-header">
      <div className="container d-flex align-items-center justify-content-between gap-3 py-3">
        <span className="checkout-brand">{t('citizen.checkout.brand')}</span>
        <span className="checkout-brand-note">{t('citizen.checkout.brandNote')}</span>
      </div>
    </header>
  );
}
