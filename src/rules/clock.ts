/**
 * The reference instant ("now") of the evaluation in progress.
 *
 * json-logic-js calls operations with the data as `this` and nothing else, so
 * an operation cannot receive evaluation options directly. `evaluateRule` sets
 * the instant here for the duration of one synchronous `apply` and restores the
 * previous one afterwards (nesting-safe). Operations only fall back to the real
 * clock when they are called outside `evaluateRule`.
 */

let current: Date | undefined;

/** Runs `fn` with `now` as the reference instant of every time-dependent operation. */
export function withReferenceNow<T>(now: Date, fn: () => T): T {
  const previous = current;
  current = now;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The injected instant, or the real clock as a last-resort default. */
export function referenceNow(): Date {
  return current ?? new Date();
}
