import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { groupByDistance, groupingCost } from '#core/draw/group-by-distance.ts';
import { solveGroupingExactly } from './exact-grouping.ts';

/** A grouping instance of the shared bench, with the optimum it states. */
async function benchInstance(name: string) {
  const url = new URL(`../../../../shared/bench/grouping/${name}.json`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as {
    distances: number[][];
    groupSizes: number[];
    optimum: number;
  };
}

test('proves the optimum of the rnd25_6 instance, groups of the sizes asked', async () => {
  const instance = await benchInstance('rnd25_6');
  const exact = await solveGroupingExactly(instance.distances, instance.groupSizes, {
    seconds: 60,
  });
  expect(exact).toMatchObject({
    status: 'optimal',
    optimal: true,
    cost: instance.optimum,
    bound: instance.optimum,
  });
  expect(exact.groups?.map((group) => group.length).sort()).toEqual(
    [...instance.groupSizes].sort(),
  );
  expect(groupingCost(instance.distances, exact.groups ?? [])).toBe(instance.optimum);
});

test.each([
  { what: 'kilometres', near: 1, far: 9, cost: 2 },
  // Travel hours: two pairs of a quarter hour cost half an hour, not rounded to a whole one.
  { what: 'hours, not whole numbers', near: 0.25, far: 2.5, cost: 0.5 },
])('solves groups of one size, distances in $what', async ({ near, far, cost }) => {
  const distances = [
    [0, near, far, far],
    [near, 0, far, far],
    [far, far, 0, near],
    [far, far, near, 0],
  ];
  expect(await solveGroupingExactly(distances, [2, 2])).toMatchObject({
    optimal: true,
    cost,
    bound: cost,
    groups: [
      [0, 1],
      [2, 3],
    ],
  });
});

test('starts from a grouping it is given and, stopped early, keeps it and bounds the rest', async () => {
  const instance = await benchInstance('rnd50_10');
  const start = groupByDistance(instance.distances, { sizes: instance.groupSizes, seed: 1 });
  const exact = await solveGroupingExactly(instance.distances, instance.groupSizes, {
    seconds: 3,
    start: start.groups,
  });
  // 50 clubs take HiGHS minutes to prove: in 3 s it can only hold on to the start or beat it.
  expect(exact.optimal).toBe(false);
  expect(exact.status).toBe('timeLimit');
  expect(exact.cost).toBeLessThanOrEqual(start.cost);
  expect(groupingCost(instance.distances, exact.groups ?? [])).toBe(exact.cost);
  // Whatever bound it reached is a whole number no grouping can go under.
  if (exact.bound !== undefined) {
    expect(Number.isInteger(exact.bound)).toBe(true);
    expect(exact.bound).toBeLessThanOrEqual(instance.optimum);
  }
});
