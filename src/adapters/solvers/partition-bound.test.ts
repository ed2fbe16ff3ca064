import { readFile } from 'node:fs/promises';
import highsModule, { type Highs } from 'highs';
import { describe, expect, test } from 'vitest';
import { groupByDistance, groupingLowerBound } from '#core/draw/group-by-distance.ts';
import { partitionBound } from './partition-bound.ts';

const loadHighs = highsModule as unknown as () => Promise<Highs>;
const bench = (name: string) =>
  new URL(`../../../../shared/bench/grouping/${name}.json`, import.meta.url);
const instance = async (name: string) =>
  JSON.parse(await readFile(bench(name), 'utf8')) as {
    distances: number[][];
    groupSizes: number[];
    optimum: number;
  };

/** Whole distances between random points of a 1000 × 1000 square, from a seed. */
function randomDistances(n: number, seed: number): number[][] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const points = Array.from({ length: n }, () => [next() * 1000, next() * 1000] as const);
  return points.map(([x, y]) => points.map(([u, v]) => Math.round(Math.hypot(x - u, y - v))));
}

describe('the bound of the relaxation where every group is a column', () => {
  test('never lies above the optimum, which weighing every grouping gives, with classes kept apart or not', async () => {
    const highs = await loadHighs();
    for (let seed = 1; seed <= 12; seed += 1) {
      const n = seed % 2 === 0 ? 12 : 9;
      const sizes = n === 12 ? [4, 4, 4] : [3, 3, 3];
      const distances = randomDistances(n, seed);
      const apart = seed % 3 === 0 ? [[0, 1, 2]] : [];
      // So few clubs are weighed in every grouping: the optimum itself.
      const best = groupByDistance(distances, { sizes, apart, seed: 1 });
      expect(best.exhaustive).toBe(true);
      const { bound, solved } = partitionBound(highs, distances, sizes, {
        start: best.groups,
        apart,
        deadline: Date.now() + 10_000,
      });
      expect(solved).toBe(true);
      expect(bound).toBeLessThanOrEqual(best.cost);
      expect(bound).toBeGreaterThanOrEqual(groupingLowerBound(distances, sizes));
    }
  });

  test("meets the optimum of the bench's 25-club instances, and lies far above the nearest-mates bound at 50", async () => {
    const highs = await loadHighs();
    for (const name of ['peru25', 'rnd25_6']) {
      const { distances, groupSizes, optimum } = await instance(name);
      const start = groupByDistance(distances, { sizes: groupSizes, seed: 1 });
      const { bound } = partitionBound(highs, distances, groupSizes, {
        start: start.groups,
        deadline: Date.now() + 30_000,
      });
      expect(bound).toBe(optimum);
    }
    const { distances, groupSizes, optimum } = await instance('rnd50_10');
    const start = groupByDistance(distances, { sizes: groupSizes, seed: 1 });
    const { bound, solved } = partitionBound(highs, distances, groupSizes, {
      start: start.groups,
      deadline: Date.now() + 60_000,
    });
    expect(solved).toBe(true);
    // 16,938 when this test was written; the nearest-mates bound is 13,873.
    expect(bound).toBeLessThanOrEqual(optimum);
    expect(bound).toBeGreaterThan(0.97 * optimum);
    expect(groupingLowerBound(distances, groupSizes)).toBeLessThan(0.8 * optimum);
  });

  test('gives no bound when no round of pricing finishes in time', async () => {
    const highs = await loadHighs();
    const distances = randomDistances(40, 3);
    const sizes = [10, 10, 10, 10];
    const start = groupByDistance(distances, { sizes, seed: 1 });
    expect(
      partitionBound(highs, distances, sizes, { start: start.groups, deadline: Date.now() - 1 }),
    ).toEqual({ bound: undefined, solved: false });
  });
});
