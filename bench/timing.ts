/**
 * @module The bench's clocks: medians of warmed, timed runs, shared by bench/run.ts and the
 * processes it starts for measurements that want a fresh heap (bench/fixtures-one.ts).
 */
import { performance } from 'node:perf_hooks';

/** At least this long of warm-up before any timing (`BENCH_WARM_MS`, 1,000 by default). */
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 1000);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The median of `runs` timed runs, after a warm-up of the same number of runs and at least
 * {@link WARM_MS} of running, so that both sides are measured with their code optimised by the JIT.
 */
export async function time(run: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const warmUntil = performance.now() + WARM_MS;
  for (let i = 0; i < runs || performance.now() < warmUntil; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * The median time of one call of a synchronous `run` that takes microseconds: each of `samples`
 * samples times `batch` calls in a row and divides, so that the clock's own cost and an `await`
 * per call (a microtask, about as long as the call itself) do not weigh on both sides alike and
 * pull their ratio toward 1. Warmed as {@link time} is.
 */
export function timeEach(run: () => unknown, samples: number, batch: number): number {
  const warmUntil = performance.now() + WARM_MS;
  let sink = 0;
  for (let i = 0; i < samples * batch || performance.now() < warmUntil; i += 1) {
    if (run() !== undefined) sink += 1;
  }
  const perCall: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    for (let k = 0; k < batch; k += 1) if (run() !== undefined) sink += 1;
    perCall.push((performance.now() - start) / batch);
  }
  // Every result was looked at, so that no call can be left out as unused.
  if (sink === 0) throw new Error('the timed function returned nothing');
  return median(perCall);
}
