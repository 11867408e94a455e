/**
 * A number typed the Italian way ("16.500", "3,50"). Keeps what the official
 * types while it is not a number yet ("3,"), and reports a number only when
 * there is one, so a half-typed value never reaches the rule.
 */
import { useId, useState, type Ref } from 'react';
import { formatNumberText, parseNumberText } from './numberText';
import { useRulesI18n } from './useRulesI18n';

export interface NumberInputProps {
  value: number | null;
  onChange(value: number): void;
  /** Accessible name. */
  label: string;
  /** Shown after the input and read with it: "€", "anni", "elementi". */
  suffix?: string;
  /** Only whole numbers (counts, ages, decimals). */
  integer?: boolean;
  min?: number;
  max?: number;
  inputRef?: Ref<HTMLInputElement>;
}

export function NumberInput({ value, onChange, label, suffix, integer, min, max, inputRef }: NumberInputProps) {
  const { t, language } = useRulesI18n();
  const errorId = useId();
  const suffixId = useId();
  const shown = value === null ? '' : formatNumberText(value, language);
  const [text, setText] = useState(shown);
  const parsed = parseNumberText(text);
  // A new value from outside (undo, another row's value after a removal) replaces what is typed.
  const [lastValue, setLastValue] = useState(value);
  if (lastValue !== value) {
    setLastValue(value);
    if (parsed !== value) setText(shown);
  }
  const valid = (n: number | null): n is number =>
    n !== null && (!integer || Number.isInteger(n)) && (min === undefined || n >= min) && (max === undefined || n <= max);
  const invalid = text.trim() !== '' && !valid(parsed);
  const problem =
    parsed === null
      ? t('number.invalid')
      : integer && !Number.isInteger(parsed)
        ? t('number.integer')
        : min !== undefined && parsed < min
          ? t('number.min', { min: formatNumberText(min, language) })
          : t('number.max', { max: formatNumberText(max ?? 0, language) });

  return (
    <span className="rb-number">
      <input
        ref={inputRef}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="input"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={[suffix ? suffixId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined}
        value={text}
        size={integer ? 4 : 9}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseNumberText(e.target.value);
          if (valid(n)) {
            setLastValue(n);
            onChange(n);
          }
        }}
      />
      {suffix && (
        <span className="rb-suffix" id={suffixId}>
          {suffix}
        </span>
      )}
      {invalid && (
        <span className="field-error rb-error" id={errorId}>
          {problem}
        </span>
      )}
    </span>
  );
}
