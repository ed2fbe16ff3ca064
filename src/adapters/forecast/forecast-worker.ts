/**
 * @module A forecast worker: plays the simulated seasons it is asked for and answers with their
 * tally. It gets the plan once, when it starts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ForecastPlan, simulateRange } from '#core/forecast/forecast.ts';

const plan = workerData as ForecastPlan;
parentPort?.on('message', (range: { readonly from: number; readonly to: number }) => {
  parentPort?.postMessage(simulateRange(plan, range.from, range.to));
});
