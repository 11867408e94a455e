/**
 * Runs the simulation whenever its request changes (new applications, or the
 * block's settings edited while the simulator is open), cancelling the run in
 * progress. `rerun` runs the current request again.
 */
import { useCallback, useEffect } from 'react';
import type { SimulationRunner } from './simulationRunner';
import type { SimulationRequest } from './simulationTypes';
import { useSimulation } from './useSimulation';

export function useAutoRun(request: SimulationRequest | null, runner?: SimulationRunner) {
  const { state, run, cancel } = useSimulation(runner);
  useEffect(() => {
    if (request) run(request);
  }, [request, run]);
  const rerun = useCallback(() => {
    if (request) run(request);
  }, [request, run]);
  return { state, cancel, rerun };
}
