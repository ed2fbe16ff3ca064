import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { groupByDistance, groupingCost } from './group-by-distance.ts';

const instance = async (name: string) =>
  JSON.parse(
    await readFile(
      new URL(`../../../../shared/bench/grouping/${name}.json`, import.meta.url),
      'utf8',
    ),
  ) as {
    distances: number[][];
    groupSizes: number[];
    optimum: number;
  };

describe('groupByDistance', () => {
  test.each(['peru25', 'rnd25_6', 'rnd40_8', 'rnd50_10'])(
    'reaches the proven optimum of %s',
    async (name) => {
      const { distances, groupSizes, optimum } = await instance(name);
      const draw = groupByDistance(distances, { sizes: groupSizes, seed: 1 });
      // Checked independently: every club once, the sizes asked, the cost recomputed.
      expect(draw.groups.flat().sort((a, b) => a - b)).toEqual(distances.map((_, index) => index));
      expect(draw.groups.map((group) => group.length)).toEqual(groupSizes);
      expect(groupingCost(distances, draw.groups)).toBe(draw.cost);
      expect(draw.cost).toBe(optimum);
      expect(draw.bound).toBeLessThanOrEqual(optimum);
    },
  );

  test('gives the same draw for the same seed', async () => {
    const { distances, groupSizes } = await instance('rnd40_8');
    expect(groupByDistance(distances, { sizes: groupSizes, seed: 7 })).toEqual(
      groupByDistance(distances, { sizes: groupSizes, seed: 7 }),
    );
  });

  test('proves a draw optimal when it meets the bound', () => {
    const distances = [
      [0, 1, 9, 9],
      [1, 0, 9, 9],
      [9, 9, 0, 1],
      [9, 9, 1, 0],
    ];
    expect(groupByDistance(distances, { sizes: [2, 2] })).toMatchObject({
      cost: 2,
      bound: 2,
      optimal: true,
    });
  });

  test('refuses sizes that do not add up', () => {
    expect(() => groupByDistance([[0]], { sizes: [2] })).toThrow(
      'The group sizes 2 do not add up to the 1 clubs',
    );
  });

  test('refuses a group with no club', () => {
    const distances = [
      [0, 1],
      [1, 0],
    ];
    expect(() => groupByDistance(distances, { sizes: [1, 1, 0] })).toThrow(
      '3 groups for 2 clubs would leave 1 of them empty',
    );
    expect(() => groupByDistance(distances, { sizes: [2, 0] })).toThrow(
      'Every group needs a whole number of clubs, one or more: the sizes are 2, 0',
    );
    expect(() => groupByDistance(distances, { sizes: [1.5, 0.5] })).toThrow(
      'Every group needs a whole number of clubs, one or more: the sizes are 1.5, 0.5',
    );
  });
});
