/**
 * Registers the rule builders for the `formula` and `condition` hints, loaded
 * on first use. Until loaded (or if loading fails) the rule shows in words.
 */
import { lazy, Suspense } from 'react';
import { registerInspectorWidget } from './customWidgets';
import { RuleWidget } from './RuleWidget';
import type { FieldProps } from './fieldTypes';

const FormulaField = lazy(() => import('./ruleBuilders').then((m) => ({ default: m.FormulaField })));
const ConditionField = lazy(() => import('./ruleBuilders').then((m) => ({ default: m.ConditionField })));
export const VisibilityBuilder = lazy(() => import('./ruleBuilders').then((m) => ({ default: m.VisibilityBuilder })));

function LazyFormula(props: FieldProps) {
  return (
    <Suspense fallback={<RuleWidget {...props} />}>
      <FormulaField {...props} />
    </Suspense>
  );
}

function LazyCondition(props: FieldProps) {
  return (
    <Suspense fallback={<RuleWidget {...props} />}>
      <ConditionField {...props} />
    </Suspense>
  );
}

registerInspectorWidget('formula', LazyFormula);
registerInspectorWidget('condition', LazyCondition);
