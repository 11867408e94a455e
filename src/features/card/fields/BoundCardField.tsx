/** A card text field bound to the open service: reads its slice, dispatches `updateCard` as one undo step per field. */
import { cardCoalesceKey } from '../../../store/coalesceKeys';
import { useCardActions, useCardDefinition, useCardSession } from '../session/CardSession';
import { cardLimits } from './cardLimits';
import { cardPatch, readCardText, type CardTextPath } from './cardValue';
import { CardTextField, type CardTextFieldProps } from './CardTextField';
import { MarkdownField } from './MarkdownField';

type Common = { path: CardTextPath; label: string; hint?: string };

function useBinding(path: CardTextPath) {
  const { store } = useCardSession();
  const { dispatch, commitTyping } = useCardActions();
  const value = useCardDefinition((d) => readCardText(d.card, path));
  const commit = (next: string) =>
    dispatch({ name: 'updateCard', args: cardPatch(store.getState().definition.card, path, next) }, { coalesceKey: cardCoalesceKey(path) });
  const { minLength, maxLength } = cardLimits(path);
  return { value, commit, commitTyping, required: (minLength ?? 0) > 0, maxLength };
}

const idOf = (path: CardTextPath) => `card-${path.replace('.', '-')}`;

export function BoundTextField({ path, label, hint, ...rest }: Common & Pick<CardTextFieldProps, 'type' | 'rows' | 'showCount' | 'autoComplete' | 'list'>) {
  const b = useBinding(path);
  return (
    <CardTextField
      id={idOf(path)}
      label={label}
      hint={hint}
      value={b.value}
      onCommit={b.commit}
      onBlur={b.commitTyping}
      required={b.required}
      maxLength={b.maxLength}
      {...rest}
    />
  );
}

export function BoundMarkdownField({ path, label, hint, hideLabel }: Common & { hideLabel?: boolean }) {
  const b = useBinding(path);
  return (
    <MarkdownField
      id={idOf(path)}
      label={label}
      hint={hint}
      value={b.value}
      onCommit={b.commit}
      onBlur={b.commitTyping}
      maxLength={b.maxLength}
      hideLabel={hideLabel}
    />
  );
}
