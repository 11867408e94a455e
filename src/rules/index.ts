/**
 * The rules layer: JsonLogic plus a small documented set of extra operations
 * (README.md). Pure TypeScript, imports only `src/model` types.
 *
 * - evaluation: `evaluateRule`, `evaluateCondition` (never throw; `now` injected);
 * - words: `describeRule` (Italian by default, English);
 * - the visual builder's models: conditions and formulas, to and from JsonLogic;
 * - operators by value kind, with labels;
 * - lint of a rule and of every rule of a service definition.
 */
export { evaluateCondition, evaluateRule, type EvaluateOptions, type EvaluationResult } from './evaluate';
export { isTruthy } from './engine';
export { checkRuleSafety } from './safety';
export {
  EXTRA_OPERATION_INFO,
  STANDARD_OPERATIONS,
  operationInfo,
  type OperationInfo,
  type StaticType,
} from './catalog';

export { describeRule, type DescribeOptions, type FieldLabels } from './describe';

export {
  OPERATORS,
  OPERATORS_BY_KIND,
  VALUE_KINDS,
  isOperatorFor,
  isOperatorId,
  operatorLabel,
  operatorsFor,
  type OperatorDefinition,
  type OperatorId,
  type ValueKind,
  type ValueShape,
} from './operators';
export {
  TODAY,
  conditionFromJsonLogic,
  conditionToJsonLogic,
  decodeCondition,
  defaultConditionValue,
  encodeCondition,
  isConditionGroup,
  isTodayRef,
  type Condition,
  type ConditionGroup,
  type ConditionItem,
  type ConditionValue,
  type FieldKinds,
  type ScalarValue,
  type TodayRef,
} from './conditionModel';
export {
  formulaFromJsonLogic,
  formulaToJsonLogic,
  type ArithmeticOperator,
  type BracketStep,
  type FormulaNode,
  type RoundingMode,
} from './formulaModel';

export { lintRule, type FieldInfo, type FieldMap, type LintIssue, type LintOptions } from './lint';
export { collectRules, lintDefinitionRules, type ExtraRules, type LocatedRule } from './lintDefinition';
