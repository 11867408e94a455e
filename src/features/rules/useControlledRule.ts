/**
 * A controlled rule editor over a richer local model. The parent owns the
 * JsonLogic (`value`/`onChange`); the builder edits a model that may hold
 * more than the rule says (a condition row whose field is not chosen yet).
 * When the parent echoes back what we emitted, the local model is kept;
 * any other new value (undo, another selection) is decoded afresh.
 */
import { useCallback, useState } from 'react';
import type { JsonLogicRule } from '../../model/types';

/** Stable identity of a rule's content; `undefined` is "no rule". */
const ruleKey = (rule: JsonLogicRule | undefined): string => (rule === undefined ? '\u2205' : JSON.stringify(rule));

export interface RuleCodec<M> {
  /** The model of a stored rule, or `null` when the builder cannot show it. */
  decode(rule: JsonLogicRule): M | null;
  /** The model when there is no rule yet. */
  empty(): M;
  /** The rule of a model (`undefined`: no rule). */
  encode(model: M): JsonLogicRule | undefined;
}

interface State<M> {
  source: string;
  model: M | null;
}

/**
 * `model` is `null` when `value` is a rule the builder cannot show; `update`
 * sets the model and emits its rule when the rule changed; `reset` starts
 * over from an empty model (emitting "no rule").
 */
export function useControlledRule<M>(value: JsonLogicRule | undefined, onChange: (rule: JsonLogicRule | undefined) => void, codec: RuleCodec<M>) {
  const key = ruleKey(value);
  const [state, setState] = useState<State<M>>(() => ({ source: key, model: value === undefined ? codec.empty() : codec.decode(value) }));
  let current = state;
  if (state.source !== key) {
    // A value we did not emit: React's "adjust state while rendering" pattern, no effect and no flash.
    current = { source: key, model: value === undefined ? codec.empty() : codec.decode(value) };
    setState(current);
  }

  const update = useCallback(
    (model: M) => {
      const rule = codec.encode(model);
      const next = ruleKey(rule);
      setState({ source: next, model });
      // Draft-only edits (a row without a field) change nothing stored: no change, no undo step.
      if (next !== key) onChange(rule);
    },
    [codec, key, onChange],
  );

  const reset = useCallback(() => {
    setState({ source: ruleKey(undefined), model: codec.empty() });
    if (key !== ruleKey(undefined)) onChange(undefined);
  }, [codec, key, onChange]);

  return { model: current.model, update, reset };
}
