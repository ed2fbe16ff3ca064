import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { RuleError } from '../errors.ts';
import { drawFromPots } from './ceremony.ts';
import { groupByDistance, groupingCost } from './group-by-distance.ts';

/** Every grouping of clubs into groups of the sizes (in group order), for small instances. */
function* groupings(n: number, sizes: readonly number[]): Generator<number[][]> {
  const assign = new Array<number>(n).fill(-1);
  const room = [...sizes];
  function* place(club: number): Generator<number[][]> {
    if (club === n) {
      yield sizes.map((_, g) => assign.flatMap((value, index) => (value === g ? [index] : [])));
      return;
    }
    for (let g = 0; g < sizes.length; g += 1) {
      if ((room[g] ?? 0) === 0) continue;
      assign[club] = g;
      room[g] = (room[g] ?? 0) - 1;
      yield* place(club + 1);
      room[g] = (room[g] ?? 0) + 1;
    }
    assign[club] = -1;
  }
  yield* place(0);
}

const instance = fc
  .record({
    points: fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })), {
      minLength: 8,
      maxLength: 8,
    }),
    classes: fc.array(
      fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 2, maxLength: 2 }),
      {
        maxLength: 3,
      },
    ),
    fixedClub: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
    seed: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ points, classes, fixedClub, seed }) => ({
    distances: points.map(([ax, ay]) =>
      points.map(([bx, by]) => Math.round(Math.hypot(ax - bx, ay - by))),
    ),
    classes,
    fixed: fixedClub === undefined ? [] : [{ club: fixedClub, group: 1 }],
    seed,
  }));

const respects = (
  groups: readonly (readonly number[])[],
  classes: readonly (readonly number[])[],
  fixed: readonly { club: number; group: number }[],
) =>
  classes.every((members) =>
    groups.every((group) => members.filter((club) => group.includes(club)).length <= 1),
  ) && fixed.every(({ club, group }) => groups[group]?.includes(club));

test.prop([instance], { numRuns: 150 })(
  'the search finds the best grouping that keeps classes apart and fixed clubs in place (against every grouping)',
  ({ distances, classes, fixed, seed }) => {
    const sizes = [3, 3, 2];
    let best = Number.POSITIVE_INFINITY;
    for (const groups of groupings(8, sizes)) {
      if (respects(groups, classes, fixed)) best = Math.min(best, groupingCost(distances, groups));
    }
    const draw = groupByDistance(distances, { sizes, apart: classes, fixed, seed });
    expect(respects(draw.groups, classes, fixed)).toBe(true);
    expect(draw.groups.map((group) => group.length)).toEqual(sizes);
    expect(draw.cost).toBe(groupingCost(distances, draw.groups));
    expect(draw.cost).toBe(best);
  },
);

test.prop([instance], { numRuns: 60 })(
  'a ceremony places every club once, keeps pots and classes apart, and repeats by seed',
  ({ classes, fixed, seed }) => {
    const sizes = [3, 3, 2];
    const pots = [[0, 1, 2]];
    const draw = () => drawFromPots(8, { sizes, pots, apart: classes, fixed, seed });
    // Some instances have no draw at all (a club kept apart from every club of the pot): the
    // ceremony must say so rather than break a rule.
    let feasible = false;
    for (const candidate of groupings(8, sizes)) {
      if (respects(candidate, [...pots, ...classes], fixed)) {
        feasible = true;
        break;
      }
    }
    if (!feasible) {
      expect(draw).toThrow(RuleError);
      return;
    }
    const { groups, steps } = draw();
    expect(groups.flat().sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(groups.map((group) => group.length)).toEqual(sizes);
    expect(respects(groups, [...pots, ...classes], fixed)).toBe(true);
    expect(steps).toHaveLength(8);
    expect(draw()).toEqual({ groups, steps });
  },
);
