/** "Tempo massimo di risposta (giorni)": a whole number within the schema's bounds. */
import { useTranslation } from 'react-i18next';
import { cardCoalesceKey } from '../../../store/coalesceKeys';
import { useCardActions, useCardDefinition } from '../session/CardSession';
import { cardLimits } from './cardLimits';
import { useValidatedText } from './useValidatedText';

export function ResponseDaysField() {
  const { t } = useTranslation('card');
  const days = useCardDefinition((d) => d.card.max_response_days);
  const { dispatch, commitTyping } = useCardActions();
  const { minimum = 0, maximum = 3650 } = cardLimits('max_response_days');
  const check = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) >= minimum && Number(text) <= maximum ? null : t('errors.number', { min: minimum, max: maximum }));
  const field = useValidatedText(String(days), check, (text) =>
    dispatch({ name: 'updateCard', args: { max_response_days: Number(text) } }, { coalesceKey: cardCoalesceKey('max_response_days') }),
  );
  return (
    <div className={`field field-narrow${field.error ? ' has-error' : ''}`}>
      <label htmlFor="card-max_response_days">{t('card.fields.max_response_days')}</label>
      <p id="card-days-hint" className="field-hint">
        {t('card.fields.max_response_daysHint')}
      </p>
      <input
        id="card-max_response_days"
        type="number"
        inputMode="numeric"
        min={minimum}
        max={maximum}
        step={1}
        value={field.shown}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? 'card-days-hint card-days-error' : 'card-days-hint'}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={commitTyping}
      />
      {field.error && (
        <p id="card-days-error" className="field-error">
          {field.error}
        </p>
      )}
    </div>
  );
}
