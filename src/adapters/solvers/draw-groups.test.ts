import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readDrawInput } from '#adapters/formats/draw/read-draw-input.ts';
import { evenSizes } from '#core/draw/group-by-distance.ts';
import { drawGroups, exactClubLimit } from './draw-groups.ts';

const rnd40 = fileURLToPath(
  new URL('../../../../shared/bench/grouping/rnd40_8.json', import.meta.url),
);
/** The optimum the bench instance states (proved by HiGHS in 40 s without a start). */
const rnd40Optimum = 15579;

test('proves a 40-club draw optimal on a worker thread: HiGHS starts from the local search and closes its gap while this thread goes on', async () => {
  const input = await readDrawInput(rnd40, undefined);
  const told: number[] = [];
  // A timer of this thread, running from HiGHS's start to its answer.
  let ticks = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  // About 2 s here (the worker's start included); 50 s leave room for a slower machine.
  const draw = await drawGroups(input, {
    sizes: input.sizes ?? [],
    seconds: 50,
    onWorker: true,
    onExact: (seconds) => {
      told.push(seconds);
      timer = setInterval(() => {
        ticks += 1;
      }, 1);
    },
  });
  clearInterval(timer);
  expect(told).toEqual([50]);
  // HiGHS on this thread would block the timer from the moment it starts solving (3 ticks,
  // while it loaded, against 10,531 on the worker, when this test was written).
  expect(ticks).toBeGreaterThan(100);
  expect(draw).toMatchObject({
    cost: rnd40Optimum,
    bound: rnd40Optimum,
    optimal: true,
    method: 'exact',
    gap: 0,
  });
  expect(draw.groups.map((group) => group.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
  expect(draw.groupCosts.reduce((sum, cost) => sum + cost, 0)).toBe(rnd40Optimum);
});

test('the local search alone says it is not proved, with its own weaker bound', async () => {
  const input = await readDrawInput(rnd40, undefined);
  const told: number[] = [];
  const draw = await drawGroups(input, {
    sizes: input.sizes ?? [],
    method: 'fast',
    onExact: (seconds) => told.push(seconds),
  });
  expect(told).toEqual([]);
  expect(draw.method).toBe('search');
  expect(draw.optimal).toBe(false);
  expect(draw.cost).toBeGreaterThanOrEqual(rnd40Optimum);
  expect(draw.bound).toBeLessThan(rnd40Optimum);
  expect(draw.gap).toBeCloseTo((draw.cost - draw.bound) / draw.cost, 6);
});

test("beyond the clubs HiGHS's model of every pair can hold, the exact method works on the partition alone", async () => {
  // 151 clubs on a road, groups of 5 or 6 (the model of every pair would need about 3 GB): the
  // groups of neighbours along it, proved by the relaxation where every group is a column.
  const n = 151;
  expect(n).toBeGreaterThan(exactClubLimit);
  const input = {
    names: Array.from({ length: n }, (_, club) => `Club ${club}`),
    distances: Array.from({ length: n }, (_, a) =>
      Array.from({ length: n }, (_, b) => Math.abs(a - b)),
    ),
    byIndex: false,
  };
  const sizes = evenSizes(n, 30);
  const draw = await drawGroups(input, { sizes, method: 'exact', seconds: 50 });
  expect(draw).toMatchObject({ optimal: true, gap: 0 });
  expect(draw.bound).toBe(draw.cost);
  for (const group of draw.groups) {
    const sorted = [...group].sort((a, b) => a - b);
    expect((sorted.at(-1) ?? 0) - (sorted[0] ?? 0)).toBe(group.length - 1);
  }
});

test('weighs a pair given one way longer than the other at the mean of its two ways', async () => {
  // From 0 to 1 takes 1, back takes 99: as a group they travel 50 each way on average.
  const distances = [
    [0, 1, 20, 30],
    [99, 0, 30, 20],
    [20, 30, 0, 10],
    [30, 20, 10, 0],
  ];
  const input = { names: ['A', 'B', 'C', 'D'], distances, byIndex: false };
  const draw = await drawGroups(input, { sizes: [2, 2] });
  expect(draw.groups.map((group) => [...group].sort())).toEqual([
    [0, 2],
    [1, 3],
  ]);
  expect(draw).toMatchObject({ cost: 40, groupCosts: [20, 20], optimal: true });
  // By lot, the draw is measured the same way: 0 with 1 or with 3 costs 60 in all, with 2 40.
  const ceremony = await drawGroups(input, { sizes: [2, 2], method: 'ceremony', seed: 3 });
  const mate = ceremony.groups.find((group) => group.includes(0))?.find((club) => club !== 0);
  expect(ceremony.cost).toBe(mate === 2 ? 40 : 60);
});
