// @vitest-environment jsdom
/**
 * Pattern blocks in the preview: their compute() runs through the engine's
 * providers, and their display slot shows the result live, next to the text
 * compiled from their settings.
 */
import Form from '@rjsf/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { citizenFields } from '../../../blocks/citizenFields';
import { defaultRegistry } from '../../../blocks/registry';
import { PATTERN_FIELD } from '../../../blocks/shared/uiFields';
import { compile } from '../../../compile/compile';
import { stepFormProps } from '../../../compile/formProps';
import { createBlankService } from '../../../model/factory';
import type { ServiceDefinition } from '../../../model/types';
import { runFlow } from '../../../runtime/engine';
import { rulesEvaluator } from '../rulesEvaluator';
import { LivePatternField } from './LivePatternField';
import { registryComputed } from './registryComputed';

afterEach(() => cleanup());

/** "Iscrizione al nido": a yes/no question and a ranking that gives 30 points to working parents. */
function nido(): ServiceDefinition {
  const def = createBlankService('Iscrizione al nido d’infanzia', new Date('2026-01-15T09:00:00Z'), () => 'nido');
  const ranking = defaultRegistry.get('ranking')!;
  def.steps[0].nodes = [
    { id: 'n-lavoro', type: 'yes_no', key: 'genitori_lavoratori', props: { label: 'Entrambi i genitori lavorano?', required: true } },
    {
      id: 'n-graduatoria',
      type: 'ranking',
      key: 'graduatoria',
      props: { ...ranking.defaultProps(), criteria: [{ id: 'lavoro', label: 'Genitori lavoratori', points: { if: [{ var: 'genitori_lavoratori' }, 30, 0] } }] },
    },
  ];
  return def;
}

describe('registryComputed', () => {
  it('runs the ranking’s compute() over the answers, keyed by the node', () => {
    const def = nido();
    const providers = registryComputed(def, defaultRegistry);
    expect(providers.map((p) => p.key)).toEqual(['graduatoria']);
    const flow = runFlow(def, { genitori_lavoratori: true }, new Date('2026-03-10T09:00:00Z'), rulesEvaluator, { computed: providers });
    expect(flow.computed.graduatoria).toMatchObject({ total: 30, text: 'Punteggio: 30 punti' });
    // The result is not an answer: rules and the summary do not see it under the node's key.
    expect(flow.answers).toEqual({ genitori_lavoratori: true });
  });

  it('the display slot shows the live result', () => {
    const def = nido();
    const compiled = compile(def);
    const flow = runFlow(def, { genitori_lavoratori: true }, new Date('2026-03-10T09:00:00Z'), rulesEvaluator, { computed: registryComputed(def, defaultRegistry) });
    const props = stepFormProps(compiled, 0);
    render(
      <Form
        {...props}
        fields={{ ...citizenFields, [PATTERN_FIELD]: LivePatternField }}
        formContext={{ computed: flow.computed }}
        formData={{ genitori_lavoratori: true }}
      />,
    );
    expect(screen.getByTestId('mattoncini-pattern')).toHaveTextContent('Punteggio: 30 punti');
  });
});
