/**
 * @module A benchmark worker: compiles the league it is given once, then plays the ranges of
 * seasons it is asked for and answers with their tally.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type KernelInput, LeagueKernel } from '#core/forecast/league-kernel.ts';

const kernel = LeagueKernel.compile(workerData as KernelInput);
parentPort?.on('message', ({ seed, from, to }: { seed: number; from: number; to: number }) => {
  parentPort?.postMessage(kernel?.tally(seed, from, to));
});
