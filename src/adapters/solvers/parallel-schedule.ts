import type { Worker } from 'node:worker_threads';
import { typescriptWorker } from '#adapters/threads/typescript-worker.ts';
import {
  scheduleTravellingTournament,
  type TravellingTournamentOptions,
  type TravelSchedule,
} from '#core/fixtures/travelling-tournament.ts';

/** Options of {@link scheduleOnWorkers}. */
export interface ParallelScheduleOptions extends TravellingTournamentOptions {
  /** Searches side by side, each on a worker thread of its own (1: one search, in this thread). */
  readonly workers?: number;
  /**
   * Even one search on a worker thread: the calling thread goes on with its work meanwhile (a
   * server answers other requests).
   */
  readonly thread?: boolean;
}

/** A schedule of {@link scheduleOnWorkers}, with the seed of the search that found it. */
export interface SeededSchedule extends TravelSchedule {
  /** Running this seed alone with the same `iterations` gives this schedule again. */
  readonly seed: number;
}

/** @internal What a schedule worker starts with. */
export interface ScheduleWorkerStart {
  readonly distances: readonly (readonly number[])[];
  readonly options: Omit<TravellingTournamentOptions, 'onProgress' | 'milliseconds'>;
  /** `Date.now()` when the search must stop (none: `iterations` alone bounds it). */
  readonly until?: number;
}

/** At most this many searches side by side. */
const workerLimit = 64;

/**
 * {@link scheduleTravellingTournament} on several cores: `workers` searches side by side, each from
 * its own seed (`seed`, `seed + 1`, …) and each with the whole budget (the same time, or the same
 * `iterations`); the answer is the shortest valid schedule among them, the lowest seed on a tie, so
 * that with `iterations` the same options give the same schedule. The progress callback is told
 * the shortest of all the searches so far. With one worker, the search runs in this thread unless
 * `thread` says otherwise.
 */
export async function scheduleOnWorkers(
  distances: readonly (readonly number[])[],
  options: ParallelScheduleOptions = {},
): Promise<SeededSchedule> {
  const { workers = 1, thread = false, onProgress, milliseconds, ...search } = options;
  const seed = search.seed ?? 1;
  const count = Math.max(1, Math.min(Math.floor(workers), workerLimit));
  if (count === 1 && !thread) {
    return { ...scheduleTravellingTournament(distances, options), seed };
  }
  const until = milliseconds === undefined ? undefined : Date.now() + milliseconds;
  const shortest: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  const pool: Worker[] = [];
  try {
    const schedules = await Promise.all(
      Array.from({ length: count }, (_, index) => {
        const start: ScheduleWorkerStart = {
          distances,
          options: { ...search, seed: seed + index },
          ...(until === undefined ? {} : { until }),
        };
        const worker = typescriptWorker(new URL('./schedule-worker.ts', import.meta.url), start);
        pool.push(worker);
        return new Promise<SeededSchedule>((resolve, reject) => {
          worker.on('message', (message: { shortest?: number; schedule?: TravelSchedule }) => {
            if (message.schedule) {
              resolve({ ...message.schedule, seed: seed + index });
              return;
            }
            shortest[index] = message.shortest;
            const known = shortest.filter((value): value is number => value !== undefined);
            onProgress?.(Math.min(...known));
          });
          worker.once('error', reject);
          worker.once('exit', (code) =>
            reject(new Error(`a schedule worker ended (code ${code}) before its answer`)),
          );
        });
      }),
    );
    // Valid before broken, then shorter, then the lower seed (the order of the array).
    const best = schedules.reduce((a, b) =>
      b.violations < a.violations || (b.violations === a.violations && b.distance < a.distance)
        ? b
        : a,
    );
    // A search that proved its schedule optimal proves every schedule as short.
    const proved = schedules.some(
      (each) => each.optimal && each.violations === 0 && each.distance <= best.distance,
    );
    return {
      ...best,
      optimal: best.violations === 0 && proved,
      moves: schedules.reduce((sum, each) => sum + each.moves, 0),
    };
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
