/**
 * What every block of a formula tree needs: the service's fields and the
 * component that draws a child block. Passing the component through context
 * keeps the composite editors from importing the node editor (no import cycle).
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { FormulaNode } from '../../rules';
import type { FieldCatalog } from './fieldCatalog';
import type { FieldChoices } from './formulaEdits';

export interface NodeEditorProps {
  node: FormulaNode;
  onChange(node: FormulaNode): void;
  /** What this block is in its parent ("Primo termine", "Allora"); its fieldset legend. */
  legend: string;
}

export interface FormulaContextValue {
  fields: FieldCatalog;
  choices: FieldChoices;
  NodeEditor: ComponentType<NodeEditorProps>;
}

export const FormulaContext = createContext<FormulaContextValue | null>(null);

export function useFormulaContext(): FormulaContextValue {
  const value = useContext(FormulaContext);
  if (!value) throw new Error('useFormulaContext: nessun FormulaBuilder attorno');
  return value;
}
