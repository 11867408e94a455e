/**
 * The simulation worker: runs {@link simulate} off the main thread so that
 * 10,000 applicants never freeze the page, posting progress after every
 * chunk. Cancelling is `worker.terminate()` from the page: nothing here needs
 * to listen for it.
 */
import { simulate } from './simulate';
import type { SimulationRequest, WorkerReply } from './simulationTypes';

// The app's TypeScript lib is DOM, not WebWorker: describe the one call used.
const scope = self as unknown as { postMessage(message: WorkerReply): void };

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  try {
    const steps = simulate(event.data);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        scope.postMessage({ type: 'result', result: step.value });
        return;
      }
      scope.postMessage({ type: 'progress', ...step.value });
    }
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
