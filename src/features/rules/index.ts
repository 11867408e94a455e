/**
 * The visual rule builders, for the requirements editor, the visibility
 * section of fields/sections/steps, ranking criteria, benefit and fee amounts.
 *
 * ```tsx
 * const fields = buildFieldCatalog(definition); // memoised on definition.steps
 * <ConditionBuilder label="Requisito" value={rule} onChange={setRule} fields={fields} path="/requirements/0/rule" />
 * <FormulaBuilder label="Importo del buono" unit="€" value={amount} onChange={setAmount} fields={fields} sample={answers} />
 * <RuleSentence rule={node.visibleIf} fields={fields} />
 * <LintMessages rule={rule} fields={fields} path="/requirements/0/rule" />
 * ```
 *
 * All are controlled and emit plain JsonLogic (src/rules); importing any of
 * them registers the `rules` string namespace.
 */
export { ConditionBuilder, conditionCodec, type ConditionBuilderProps } from './ConditionBuilder';
export { FormulaBuilder, formulaCodec, type FormulaBuilderProps } from './FormulaBuilder';
export { RuleSentence, useRuleSentence, type RuleSentenceProps } from './RuleSentence';
export { LintMessages, type LintMessagesProps } from './LintMessages';
export { FieldSelect, type FieldSelectProps } from './FieldSelect';
export { SampleResult, type FormulaUnit, type SampleResultProps } from './SampleResult';
// The field catalog's names, as fieldCatalog.ts lists them (one list to keep up to date).
export * from './fieldCatalog';
export { rulesStrings } from './strings';
