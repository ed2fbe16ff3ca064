import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { groupingCost } from '#core/draw/group-by-distance.ts';
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
    status: 'Optimal',
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
