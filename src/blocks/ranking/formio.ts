/**
 * A ranking: the criteria as text, and the score computed in Form.io as the
 * sum of the criteria's points (each a JsonLogic formula, translated).
 */
import { objectsOf } from '../shared/patterns';
import { formioContent, type FormioComponent, type FormioExport } from '../shared/formio';
import { isRule } from '../shared/patterns';
import type { JsonLogicRule } from '../../model/types';

export const rankingFormio: FormioExport = (node, ctx) => {
  const compiled = ctx.compiled(node);
  const options = (compiled.uiSchema['ui:options'] ?? {}) as { markdown?: string };
  const points = objectsOf(node.props.criteria)
    .map((c) => c.points)
    .filter((p): p is JsonLogicRule => isRule(p));
  const score: FormioComponent = {
    type: 'number',
    key: `${node.key}_score`,
    label: ctx.language === 'en' ? 'Score' : 'Punteggio',
    input: true,
    disabled: true,
    tableView: true,
  };
  if (points.length) ctx.calculate(score, { '+': points }, '/props/criteria');
  return [formioContent(`${node.key}_info`, options.markdown ?? ''), score];
};
