/**
 * What both simulators do before showing results: read the block's settings
 * (by content), the service's context, the applications loaded or generated,
 * and the run, restarted whenever one of them changes. Returns what the
 * SimulatorFrame needs as `frame`, so each simulator only adds its texts and
 * its results.
 */
import { useMemo, useState } from 'react';
import { serviceContextOf, type ServiceContext } from './serviceContext';
import type { PatternNode } from './settings';
import type { SimulationRequest } from './simulationTypes';
import type { Applicant, SimulatorProps } from './types';
import { useAutoRun } from './useAutoRun';

interface SettingsWithProblems {
  problems: { message: string; blocking: boolean }[];
}

/**
 * `settingsOf` and `requestOf` must be module-level functions: a new one on
 * each render would restart the run.
 */
export function useSimulatorSession<S extends SettingsWithProblems>(
  { definition, node, runner, hideTitle, titleId }: SimulatorProps,
  settingsOf: (node: PatternNode) => S,
  requestOf: (applicants: Applicant[], settings: S, context: ServiceContext) => SimulationRequest,
) {
  // Keyed by content: a parent that rebuilds the node object on each render must not restart the run.
  const propsKey = JSON.stringify(node.props);
  const settings = useMemo(() => settingsOf({ props: JSON.parse(propsKey) as Record<string, unknown> }), [propsKey, settingsOf]);
  const context = useMemo(() => serviceContextOf(definition), [definition]);
  const [applicants, setApplicants] = useState<Applicant[] | null>(null);
  const blocked = settings.problems.some((p) => p.blocking);
  const request = useMemo(
    () => (applicants && !blocked ? requestOf(applicants, settings, context) : null),
    [applicants, blocked, settings, context, requestOf],
  );
  const { state, cancel, rerun } = useAutoRun(request, runner);
  const frame = {
    titleId,
    hideTitle,
    problems: settings.problems,
    context,
    applicants,
    onApplicants: setApplicants,
    state,
    onCancel: cancel,
    onRerun: rerun,
  };
  return { settings, context, state, frame };
}
