import { describe, expect, test } from 'vitest';
import { drawFromPots } from './ceremony.ts';

describe('drawFromPots', () => {
  test('passes over a group that would leave a later ball nowhere to go', () => {
    // Two groups of two, the balls in a fixed order. Club 2 could join club 0 in group 1, but then
    // club 3 would have to join club 1, from whom it must be kept apart.
    const { groups, steps } = drawFromPots(4, {
      sizes: [2, 2],
      pots: [[0], [1], [2], [3]],
      apart: [[1, 3]],
    });
    expect(groups).toEqual([
      [0, 3],
      [1, 2],
    ]);
    expect(steps[2]).toEqual({
      club: 2,
      pot: 2,
      group: 1,
      skipped: [{ group: 0, reason: { kind: 'deadEnd' } }],
    });
  });

  test('places hosts first, then draws the rest in turn', () => {
    const { groups, steps } = drawFromPots(6, {
      sizes: [3, 3],
      pots: [[2, 3]],
      fixed: [
        { club: 0, group: 0 },
        { club: 1, group: 1 },
      ],
      apart: [[0, 1]],
      seed: 5,
    });
    expect(steps.slice(0, 2)).toEqual([
      { club: 0, pot: -1, group: 0, skipped: [] },
      { club: 1, pot: -1, group: 1, skipped: [] },
    ]);
    expect(groups[0]).toContain(0);
    expect(groups[1]).toContain(1);
    expect(groups.map((group) => group.filter((club) => club === 2 || club === 3).length)).toEqual([
      1, 1,
    ]);
  });

  test('says when no draw can keep the classes apart', () => {
    expect(() =>
      drawFromPots(4, {
        sizes: [2, 2],
        pots: [[0, 1]],
        apart: [
          [0, 2],
          [1, 2],
        ],
        fixed: [{ club: 2, group: 0 }],
      }),
    ).toThrow('No draw can keep every class apart');
    expect(() => drawFromPots(3, { sizes: [2, 1], pots: [[0, 1, 2]] })).toThrow(
      '3 clubs must be kept apart (club 1, club 2, club 3) but there are only 2 groups',
    );
  });
});
