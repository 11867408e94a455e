/**
 * How a simulation is run: in a Web Worker in the browser, inline where there
 * is no Worker (jsdom in tests). Components take a runner so tests and the
 * editor can choose; {@link defaultRunner} picks by what the platform offers.
 */
import { simulateNow } from './simulate';
import type { SimulationProgress, SimulationRequest, SimulationResult, WorkerReply } from './simulationTypes';

/** A running simulation. `cancel()` stops it; the promise then never settles. */
export interface SimulationRun {
  promise: Promise<SimulationResult>;
  cancel(): void;
}

/** Starts a simulation, reporting progress. */
export type SimulationRunner = (request: SimulationRequest, onProgress: (p: SimulationProgress) => void) => SimulationRun;

/**
 * One worker per run: terminating it is the only way to stop a computation
 * mid-way, and a fresh worker costs a few milliseconds next to the run.
 */
export const workerRunner: SimulationRunner = (request, onProgress) => {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  const promise = new Promise<SimulationResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply);
      else {
        worker.terminate();
        if (reply.type === 'result') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Il calcolo si è interrotto per un errore inatteso.'));
    };
  });
  worker.postMessage(request);
  return { promise, cancel: () => worker.terminate() };
};

/**
 * Runs on the calling thread, in one go, after the current task (so the
 * caller can show "running" first). For tests and platforms without workers.
 */
export const inlineRunner: SimulationRunner = (request, onProgress) => {
  let cancelled = false;
  const promise = new Promise<SimulationResult>((resolve, reject) => {
    setTimeout(() => {
      if (cancelled) return;
      try {
        resolve(simulateNow(request, onProgress));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
    },
  };
};

/** The worker where the platform has one, inline otherwise. */
export const defaultRunner = (): SimulationRunner => (typeof Worker === 'undefined' ? inlineRunner : workerRunner);
