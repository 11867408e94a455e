/**
 * "Argomenti": a comma-separated line edited as text and stored as a list.
 * The text is kept locally while typing (a trailing comma must not vanish);
 * the list is dispatched whenever it is valid.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardCoalesceKey } from '../../../store/coalesceKeys';
import { useCardActions, useCardDefinition } from '../session/CardSession';
import { cardLimits } from './cardLimits';

const parse = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function TopicsField() {
  const { t } = useTranslation('card');
  const topics = useCardDefinition((d) => d.card.topics);
  const { dispatch, commitTyping } = useCardActions();
  const [text, setText] = useState(() => topics.join(', '));
  const typed = useRef(parse(text));
  const limits = cardLimits('topics');
  const maxItems = limits.maxItems ?? 30;
  const maxLength = limits.items?.maxLength ?? 120;

  // Undo/redo changed the list: show it (unless it is what is being typed).
  useEffect(() => {
    if (!same(topics, typed.current)) {
      typed.current = [...topics];
      setText(topics.join(', '));
    }
  }, [topics]);

  const list = parse(text);
  const invalid = list.length > maxItems || list.some((s) => s.length > maxLength);
  const label = t('card.fields.topics');
  return (
    <div className={`field${invalid ? ' has-error' : ''}`}>
      <label htmlFor="card-topics">{label}</label>
      <p id="card-topics-hint" className="field-hint">
        {t('card.fields.topicsHint')}
      </p>
      <input
        id="card-topics"
        type="text"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'card-topics-hint card-topics-error' : 'card-topics-hint'}
        onChange={(e) => {
          setText(e.target.value);
          const next = parse(e.target.value);
          typed.current = next;
          if (next.length <= maxItems && next.every((s) => s.length <= maxLength)) {
            dispatch({ name: 'updateCard', args: { topics: next } }, { coalesceKey: cardCoalesceKey('topics') });
          }
        }}
        onBlur={() => {
          commitTyping();
          if (!invalid) setText(list.join(', '));
        }}
      />
      {list.length > 0 && (
        <ul className="topic-chips" aria-hidden="true">
          {list.map((topic, i) => (
            <li key={`${topic}-${i}`} className="tag">
              {topic}
            </li>
          ))}
        </ul>
      )}
      {invalid && (
        <p id="card-topics-error" className="field-error">
          {t('errors.tooMany', { max: maxItems, length: maxLength })} <span className="field-error-note">{t('errors.notSaved')}</span>
        </p>
      )}
    </div>
  );
}
