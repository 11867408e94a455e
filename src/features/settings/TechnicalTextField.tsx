/** A technical text setting: the card's validated text field, dispatching `updateTechnical`. */
import { CardTextField } from '../card/fields/CardTextField';
import { useCardActions } from '../card/session/CardSession';
import { technicalMaxLength } from './technicalLimits';

export interface TechnicalTextFieldProps {
  id: string;
  /** Schema path for the limit, e.g. `payment.taxonomyCode`. */
  path: string;
  label: string;
  value: string;
  hint?: string;
  type?: 'text' | 'url';
  onCommit(value: string): void;
}

export function TechnicalTextField({ id, path, label, value, hint, type, onCommit }: TechnicalTextFieldProps) {
  const { commitTyping } = useCardActions();
  return (
    <CardTextField
      id={id}
      label={label}
      value={value}
      hint={hint}
      type={type}
      maxLength={technicalMaxLength(path)}
      showCount={false}
      onCommit={onCommit}
      onBlur={commitTyping}
    />
  );
}
