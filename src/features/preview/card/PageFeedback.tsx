/**
 * The page-feedback widget of Designers Italia's "Modello Comuni": five stars
 * ("Quanto sono chiare le informazioni su questa pagina?"), then the follow-up
 * question for a low (1–3) or high (4–5) rating, a free text and «Invia».
 * The data-elements are the ones the national checker clicks and reads.
 *
 * One markup, two uses: in the live preview React holds the state; on the
 * exported site the same markup (rendered with renderToStaticMarkup, so
 * without handlers) is driven by the site's small feedback.js, which toggles
 * the same `hidden` attributes. Nothing is sent anywhere: the static site has
 * no server to receive it (see docs/site-export.md).
 */
import { useState, type FormEvent } from 'react';
import { feedbackStrings, NEGATIVE_UP_TO } from './feedbackStrings';

const STARS = [5, 4, 3, 2, 1]; // Bootstrap Italia's .rating floats labels right: DOM order 5→1 shows 1→5.

export function PageFeedback({ language, iconsUrl }: { language: string; iconsUrl: string }) {
  const s = feedbackStrings(language);
  const [rating, setRating] = useState(0);
  const [sent, setSent] = useState(false);
  const negative = rating > 0 && rating <= NEGATIVE_UP_TO;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(true);
  };

  return (
    <section className="cmp-rating py-5" aria-labelledby="feedback-title">
      <div className="card shadow card-wrapper p-4 p-lg-5 rounded border border-light" data-element="feedback">
        <div className="cmp-rating__card-first">
          <h2 className="title-medium-2-semi-bold mb-3 h4" id="feedback-title" data-element="feedback-title">
            {s.title}
          </h2>
          <fieldset className="rating" hidden={sent}>
            <legend className="visually-hidden">{s.rateLegend}</legend>
            {STARS.flatMap((stars) => [
              <input
                key={`input-${stars}`}
                type="radio"
                id={`feedback-star-${stars}`}
                name="feedback-rating"
                value={stars}
                checked={rating === stars}
                onChange={() => setRating(stars)}
              />,
              <label key={`label-${stars}`} className="full rating-star" htmlFor={`feedback-star-${stars}`} data-element={`feedback-rate-${stars}`}>
                <svg className="icon icon-sm" aria-hidden="true" focusable="false">
                  <use href={`${iconsUrl}#it-star-full`} />
                </svg>
                <span className="visually-hidden">{s.rate(stars)}</span>
              </label>,
            ])}
          </fieldset>
        </div>
        <form className="cmp-rating__card-second mt-4" data-feedback-form="" hidden={rating === 0 || sent} onSubmit={submit}>
          <FollowUp kind="negative" question={s.negativeQuestion} answers={s.negativeAnswers} hidden={!negative} />
          <FollowUp kind="positive" question={s.positiveQuestion} answers={s.positiveAnswers} hidden={rating === 0 || negative} />
          <div className="form-group mt-4">
            <label htmlFor="feedback-details" className="active">
              {s.detailsLabel}
            </label>
            <input type="text" className="form-control" id="feedback-details" maxLength={200} aria-describedby="feedback-details-hint" data-element="feedback-input-text" />
            <small id="feedback-details-hint" className="form-text">
              {s.detailsHint}
            </small>
          </div>
          <button type="submit" className="btn btn-primary mt-2">
            {s.send}
          </button>
        </form>
        {/* A live region present from the start, filled on «Invia» (the static site's script reads the text from data-feedback-thanks). */}
        <p className="mt-3 mb-0 fw-semibold" role="status" data-feedback-thanks={s.thanks} hidden={!sent}>
          {sent ? s.thanks : ''}
        </p>
      </div>
    </section>
  );
}

function FollowUp({ kind, question, answers, hidden }: { kind: 'negative' | 'positive'; question: string; answers: string[]; hidden: boolean }) {
  return (
    <fieldset className="mb-0" data-element={`feedback-rating-${kind}`} hidden={hidden}>
      <legend className="title-medium-2-semi-bold h5" data-element="feedback-rating-question">
        {question}
      </legend>
      {answers.map((answer, i) => (
        <div className="form-check" key={answer}>
          <input className="form-check-input" type="radio" name={`feedback-${kind}`} id={`feedback-${kind}-${i}`} value={answer} />
          <label className="form-check-label" htmlFor={`feedback-${kind}-${i}`} data-element="feedback-rating-answer">
            {answer}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
