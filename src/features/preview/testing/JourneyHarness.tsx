/**
 * The citizen's journey as the preview wires it, for component tests: the
 * journey reducer, the compiled flow and the engine run with the pattern
 * blocks' computed values (as PreviewWorkbench does), at a fixed instant, in
 * Italian, logged in as the first demo identity. A test rerenders it with an
 * edited definition or a later `now` to see the journey follow.
 */
import { useMemo, useReducer } from 'react';
import { defaultRegistry } from '../../../blocks/registry';
import { compile } from '../../../compile/compile';
import type { ServiceDefinition } from '../../../model/types';
import { runFlow } from '../../../runtime/engine';
import { CitizenJourney } from '../journey/CitizenJourney';
import { DEMO_IDENTITIES } from '../journey/identities';
import { initialJourney, journeyReducer } from '../journey/journeyState';
import { registryComputed } from '../patterns/registryComputed';
import { rulesEvaluator } from '../rulesEvaluator';
import { previewTranslate } from './translate';

const t = previewTranslate();

interface Props {
  definition: ServiceDefinition;
  now: Date;
  municipality: string;
}

export function JourneyHarness({ definition, now, municipality }: Props) {
  const [journey, dispatch] = useReducer(journeyReducer, initialJourney);
  const compiled = useMemo(() => compile(definition), [definition]);
  const providers = useMemo(() => registryComputed(definition, defaultRegistry), [definition]);
  const flow = useMemo(() => runFlow(definition, journey.answers, now, rulesEvaluator, { computed: providers }), [definition, journey.answers, providers, now]);
  return (
    <CitizenJourney
      definition={definition}
      compiled={compiled}
      flow={flow}
      journey={journey}
      dispatch={dispatch}
      now={now}
      language="it"
      t={t}
      loginIdentity={DEMO_IDENTITIES[0]}
      startable={flow.availability.open}
      municipality={municipality}
      iconsUrl="/sprites.svg"
    />
  );
}
