/**
 * `src/runtime`: the pure computations behind the citizen flow. No React, no
 * DOM, no storage, no rules engine: where a rule must be evaluated, callers
 * pass an evaluator (normally from `src/rules`). Every function that depends
 * on the current time takes `now` as a parameter.
 */
export * from './romeTime';
export * from './holidays';
export * from './evaluate';
export * from './readPath';
export * from './money';
export * from './schedule';
export * from './bookingConfig';
export * from './bookingSlots';
export * from './ranking';
export * from './scoreDistribution';
export * from './benefit';
export * from './budgetSimulation';
export * from './payment';
export * from './receipt';
