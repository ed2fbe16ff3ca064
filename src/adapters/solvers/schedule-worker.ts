/**
 * @module A travel schedule worker: runs one search of `scheduleOnWorkers` from the seed it was
 * started with, tells the shortest schedule so far now and then, and answers with its schedule.
 */
import { parentPort } from 'node:worker_threads';
import { startData } from '#adapters/threads/typescript-worker.ts';
import { scheduleTravellingTournament } from '#core/fixtures/travelling-tournament.ts';
import type { ScheduleWorkerStart } from './parallel-schedule.ts';

const { distances, options, until } = startData<ScheduleWorkerStart>();
/** Progress is told at most this often (the search calls back many times a second). */
const progressMs = 100;
let told = 0;
const schedule = scheduleTravellingTournament(distances, {
  ...options,
  // The time runs from when the searches were asked for, not from when this thread started.
  ...(until === undefined ? {} : { milliseconds: Math.max(1, until - Date.now()) }),
  onProgress: (shortest) => {
    const now = Date.now();
    if (shortest === undefined || now - told < progressMs) return;
    told = now;
    parentPort?.postMessage({ shortest });
  },
});
parentPort?.postMessage({ schedule });
