/**
 * Runs one simulation at a time for a component: starting a new one or
 * unmounting cancels the previous, so a late result never overwrites a newer
 * one. Also measures the wall time seen by the official (transfer included).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultRunner, type SimulationRun, type SimulationRunner } from './simulationRunner';
import type { SimulationProgress, SimulationRequest, SimulationResult } from './simulationTypes';

/** What the component shows. */
export type SimulationState =
  | { status: 'idle' }
  | { status: 'running'; progress: SimulationProgress }
  | { status: 'done'; result: SimulationResult; wallMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** The state, `run(request)` and `cancel()`. */
export function useSimulation(runner: SimulationRunner = defaultRunner()) {
  const [state, setState] = useState<SimulationState>({ status: 'idle' });
  const current = useRef<SimulationRun | null>(null);

  const stop = () => {
    current.current?.cancel();
    current.current = null;
  };

  const run = useCallback(
    (request: SimulationRequest) => {
      stop();
      const started = performance.now();
      setState({ status: 'running', progress: { done: 0, total: request.applicants.length } });
      const handle = runner(request, (progress) => {
        if (current.current === handle) setState({ status: 'running', progress });
      });
      current.current = handle;
      handle.promise.then(
        (result) => {
          if (current.current !== handle) return;
          current.current = null;
          setState({ status: 'done', result, wallMs: performance.now() - started });
        },
        (error: unknown) => {
          if (current.current !== handle) return;
          current.current = null;
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    [runner],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    stop();
    setState({ status: 'cancelled' });
  }, []);

  useEffect(() => stop, []);

  return { state, run, cancel };
}
