/**
 * The simulators of the "Graduatoria" and "Beneficio economico" patterns.
 *
 * Mount one with a service definition and its pattern block node:
 *   <RankingSimulator definition={def} node={rankingNode} />
 *   <BudgetSimulator definition={def} node={benefitNode} />
 * or in a modal, choosing by `kind` (never by node type):
 *   <SimulatorDialog kind="ranking" open={open} onClose={close} definition={def} node={node} />
 * Computation runs in a Web Worker; pass `runner={inlineRunner}` to run inline.
 */
export { RankingSimulator } from './RankingSimulator';
export { BudgetSimulator } from './BudgetSimulator';
export { SimulatorDialog, type SimulatorDialogProps } from './SimulatorDialog';
export type { SimulatorProps, Applicant, SimulatorField } from './types';
export type { PatternNode } from './settings';
export { inlineRunner, workerRunner, defaultRunner, type SimulationRunner } from './simulationRunner';
export { applicantsFromCsv, applicantsToCsv } from './applicantsCsv';
export { parseCsv, writeCsv, CsvError } from './csv';
export { generateApplicants } from './generateApplicants';
export { simulatorStrings } from './strings';
