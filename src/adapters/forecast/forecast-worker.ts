/**
 * @module A forecast worker: plays the simulated seasons it is asked for and answers with their
 * tally. It gets the plan once, when it starts.
 */
import { parentPort } from 'node:worker_threads';
import { startData } from '#adapters/threads/typescript-worker.ts';
import { type ForecastPlan, simulateRange } from '#core/forecast/forecast.ts';

const plan = startData<ForecastPlan>();
parentPort?.on('message', (range: { readonly from: number; readonly to: number }) => {
  parentPort?.postMessage(simulateRange(plan, range.from, range.to));
});
