/**
 * @module The exact-grouping worker: solves each grouping it is sent and answers with what HiGHS
 * proved, tagged with the request's id. HiGHS then blocks this thread, not the one that asked.
 */
import { parentPort } from 'node:worker_threads';
import { type ExactGroupingOptions, solveGroupingExactly } from './exact-grouping.ts';

parentPort?.on(
  'message',
  async (request: {
    readonly id: number;
    readonly distances: readonly (readonly number[])[];
    readonly sizes: readonly number[];
    readonly options: ExactGroupingOptions;
  }) => {
    const answer = await solveGroupingExactly(request.distances, request.sizes, request.options);
    parentPort?.postMessage({ id: request.id, answer });
  },
);
