import { describe, expect, test } from 'vitest';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { distancePairsOfCsv, withDistancePairs } from './distance-overrides.ts';
import type { DrawInput } from './read-draw-input.ts';

/** Three clubs, Gama placed nowhere: its distances wait for the user's. */
const input: DrawInput = {
  names: ['Alfa', 'Beta', 'Gama'],
  ids: ['alfa', 'beta', 'gama'],
  byIndex: false,
  distances: [
    [0, 100, Number.NaN],
    [100, 0, Number.NaN],
    [Number.NaN, Number.NaN, 0],
  ],
  unplaced: [{ club: 2, issue: issueOf }],
};

function issueOf(missing: readonly string[]) {
  return {
    subject: 'club location',
    path: 'test',
    expected: `a place, or distances to ${missing.join(', ')}`,
    received: '"Gama"',
    message: `Gama lacks ${missing.join(', ')}`,
  };
}

const problems = inputIssues;

describe("a user's own distances", () => {
  test('read from a spreadsheet in Spanish: semicolons, decimal commas, a byte-order mark, CRLF', () => {
    const text = '\uFEFFDesde;Hasta;Horas\r\nalfa;Gama;2,5\r\nBeta;gama;4\r\nalfa;beta;1,5\r\n';
    const measured = withDistancePairs(input, distancePairsOfCsv(text, 'upload'), 'distances');
    expect(measured.distances).toEqual([
      [0, 1.5, 2.5],
      [1.5, 0, 4],
      [2.5, 4, 0],
    ]);
    expect(measured.unit).toBe('h');
    // Measured, the club is no longer waiting for distances.
    expect(measured.unplaced).toBeUndefined();
  });

  test('a pair given both ways counts each its own way; one way given twice must agree', () => {
    const text = 'from,to,hours\nAlfa,Gama,2\nGama,Alfa,5\nBeta,Gama,4\nBeta,Gama,4\nAlfa,Beta,1\n';
    expect(
      withDistancePairs(input, distancePairsOfCsv(text, 'upload'), 'distances').distances,
    ).toEqual([
      [0, 1, 2],
      [1, 0, 4],
      [5, 4, 0],
    ]);
    const twice = `${text}Gama,Alfa,6\n`;
    expect(
      problems(() => withDistancePairs(input, distancePairsOfCsv(twice, 'upload'), 'distances')),
    ).toEqual([
      'Invalid distances at upload line 7: expected the distance from Gama to Alfa given once (upload line 3 gives 5), received 6',
    ]);
  });

  test('in hours or minutes every pair is needed, since the pairs left out would stay in km', () => {
    const placed: DrawInput = {
      ...input,
      distances: [
        [0, 100, 300],
        [100, 0, 250],
        [300, 250, 0],
      ],
      unplaced: [],
    };
    const text = (header: string) => `from,to,${header}\nAlfa,Beta,2\n`;
    expect(
      problems(() =>
        withDistancePairs(placed, distancePairsOfCsv(text('minutos'), 'upload'), 'distances'),
      ),
    ).toEqual([
      'Invalid distances at upload: expected a distance in minutes for every pair of clubs (a pair left out would keep its km), received none for Alfa–Gama, Beta–Gama',
    ]);
    // Road km, or a measure the header does not name, may leave pairs at their great-circle km.
    for (const [header, unit] of [
      ['km', 'km'],
      ['distance', ''],
    ] as const) {
      const measured = withDistancePairs(
        placed,
        distancePairsOfCsv(text(header), 'upload'),
        'distances',
      );
      expect(measured.unit).toBe(unit);
      expect(measured.distances[0]).toEqual([0, 2, 300]);
    }
  });

  test("pairs with the edition's clubs outside the stage are passed over; unknown clubs are not", () => {
    const stage: DrawInput = { ...input, elsewhere: new Set(['omega']) };
    const text = 'from,to,km\nAlfa,Gama,7\nBeta,Gama,8\nOmega,Alfa,9\n';
    const wrong = `${text}Zeta,Alfa,1\nOmega,Zetta,2\n`;
    expect(
      problems(() => withDistancePairs(stage, distancePairsOfCsv(wrong, 'upload'), 'distances')),
    ).toEqual([
      'Invalid distances at upload line 5: expected a club of the edition, received "Zeta"',
      'Invalid distances at upload line 6: expected a club of the edition, received "Zetta"',
    ]);
    const measured = withDistancePairs(stage, distancePairsOfCsv(text, 'upload'), 'distances');
    expect(measured.distances[2]).toEqual([7, 8, 0]);
  });

  test('a club placed nowhere needs its distance to every other club, and is told which it lacks', () => {
    const text = 'from,to,km\nAlfa,Gama,7\n';
    expect(
      problems(() => withDistancePairs(input, distancePairsOfCsv(text, 'upload'), 'distances')),
    ).toEqual(['Gama lacks Beta']);
  });

  test('every wrong pair is named by its line, and a text without the header by its first', () => {
    const text = 'from,to,km\nAlfa,Omega,7\nBeta,Beta,1\nAlfa,Beta,-3\nBeta,Gama,2e9\n';
    expect(
      problems(() => withDistancePairs(input, distancePairsOfCsv(text, 'upload'), 'distances')),
    ).toEqual([
      'Invalid distances at upload line 2: expected a club of the draw, received "Omega"',
      'Invalid distances at upload line 3: expected another club, received "Beta" twice',
      'Invalid distances at upload line 4: expected a distance of 0 or more, received "-3"',
      'Invalid distances at upload line 5: expected a distance of 0 or more, up to 1,000,000,000, received "2e9"',
      'Gama lacks Alfa, Beta',
    ]);
    expect(problems(() => distancePairsOfCsv('Alfa,Beta,3\n', 'upload'))).toEqual([
      'Invalid distances at upload line 1: expected a header with from, to and distance (or km, hours, minutes), received "Alfa,Beta,3"',
    ]);
  });
});
