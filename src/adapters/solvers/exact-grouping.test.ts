import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { groupByDistance, groupingCost } from '#core/draw/group-by-distance.ts';
import { solveGroupingExactly } from './exact-grouping.ts';

test('proves the optimum of the rnd25_6 instance, groups of the sizes asked', async () => {
  const instance = JSON.parse(
    await readFile(
      new URL('../../../../shared/bench/grouping/rnd25_6.json', import.meta.url),
      'utf8',
    ),
  ) as {
    distances: number[][];
    groupSizes: number[];
    optimum: number;
  };
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

test('solves groups of one size', async () => {
  const distances = [
    [0, 1, 9, 9],
    [1, 0, 9, 9],
    [9, 9, 0, 1],
    [9, 9, 1, 0],
  ];
  expect(await solveGroupingExactly(distances, [2, 2])).toMatchObject({
    optimal: true,
    cost: 2,
    groups: [
      [0, 1],
      [2, 3],
    ],
  });
});

test('starts from a grouping it is given and, stopped early, keeps it and bounds the rest', async () => {
  const instance = JSON.parse(
    await readFile(
      new URL('../../../../shared/bench/grouping/rnd50_10.json', import.meta.url),
      'utf8',
    ),
  ) as { distances: number[][]; groupSizes: number[]; optimum: number };
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

test('gives a bound that holds for distances that are not whole numbers', async () => {
  // Travel hours: the pairs {0,1} and {2,3} cost 0.25 + 0.5 = 0.75 hours, not rounded.
  const hours = [
    [0, 0.25, 2.5, 3.75],
    [0.25, 0, 3.5, 2.25],
    [2.5, 3.5, 0, 0.5],
    [3.75, 2.25, 0.5, 0],
  ];
  expect(await solveGroupingExactly(hours, [2, 2])).toMatchObject({
    optimal: true,
    cost: 0.75,
    bound: 0.75,
    groups: [
      [0, 1],
      [2, 3],
    ],
  });
});
