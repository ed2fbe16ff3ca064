import { describe, expect, test } from 'vitest';
import type { Match } from '../model/match.ts';
import { type DecideTieOptions, decideTie } from './decide-tie.ts';
import type { TieRule } from './edition-format.ts';

const leg = (
  home: string,
  away: string,
  h: number,
  a: number,
  extra: Partial<Match> = {},
): Match => ({
  home,
  away,
  status: 'played',
  score: { home: h, away: a },
  ...extra,
});

const options = (rules: TieRule[], extra: Partial<DecideTieOptions> = {}): DecideTieOptions => ({
  rules,
  legs: 2,
  singleVenue: false,
  placeIn: () => undefined,
  ...extra,
});

describe('decideTie', () => {
  test('goes through on aggregate', () => {
    expect(
      decideTie(
        'a',
        'b',
        [leg('a', 'b', 0, 1), leg('b', 'a', 2, 2)],
        undefined,
        options([{ kind: 'aggregate' }]),
      ),
    ).toEqual({
      winner: 'b',
      decidedBy: 'on aggregate 3-2',
      aggregate: [2, 3],
    });
  });

  test('counts points first, then goal difference, when each club wins a leg', () => {
    const legs = [leg('a', 'b', 3, 0), leg('b', 'a', 1, 0)];
    const decision = decideTie(
      'a',
      'b',
      legs,
      undefined,
      options([{ kind: 'points' }, { kind: 'goalDifference' }]),
    );
    expect(decision).toMatchObject({
      winner: 'a',
      decidedBy: 'on goal difference (3-1 on aggregate)',
    });
    const points = decideTie(
      'a',
      'b',
      [leg('a', 'b', 1, 0), leg('b', 'a', 4, 4)],
      undefined,
      options([{ kind: 'points' }]),
    );
    expect(points.decidedBy).toBe('on points 4-1 (5-4 on aggregate)');
  });

  test('goes through on away goals, but not at a single venue', () => {
    const legs = [leg('a', 'b', 2, 1), leg('b', 'a', 1, 0)];
    expect(
      decideTie('a', 'b', legs, undefined, options([{ kind: 'aggregate' }, { kind: 'awayGoals' }]))
        .decidedBy,
    ).toBe('on away goals (1-0), 2-2 on aggregate');
    const level = decideTie(
      'a',
      'b',
      legs,
      undefined,
      options([{ kind: 'aggregate' }, { kind: 'awayGoals' }], { singleVenue: true }),
    );
    expect(level.winner).toBeNull();
  });

  test('lets the better-placed club through on a draw', () => {
    const placeIn = (_stage: string, club: string) => ({
      position: club === 'a' ? 12 : 3,
      stageName: 'Tabla Única',
    });
    const decision = decideTie(
      'a',
      'b',
      [leg('a', 'b', 1, 1), leg('b', 'a', 2, 2)],
      undefined,
      options([{ kind: 'aggregate' }, { kind: 'betterPlaced', stage: 't' }], { placeIn }),
    );
    expect(decision).toMatchObject({
      winner: 'b',
      decidedBy: 'better placed in the Tabla Única (3rd v 12th), 3-3 on aggregate',
    });
  });

  test('decides by an extra match, extra time, penalties and lots, in the order the chain gives', () => {
    const level = [leg('a', 'b', 1, 0), leg('b', 'a', 1, 0)];
    const extra = leg('a', 'b', 0, 0, { neutral: true, penalties: { home: 5, away: 4 } });
    expect(
      decideTie('a', 'b', level, extra, options([{ kind: 'aggregate' }, { kind: 'extraMatch' }]))
        .decidedBy,
    ).toBe('won the extra match on penalties 5-4');
    const afterExtraTime = [
      leg('a', 'b', 1, 0),
      leg('b', 'a', 1, 0, { extraTime: { home: 2, away: 0 } }),
    ];
    expect(
      decideTie(
        'a',
        'b',
        afterExtraTime,
        undefined,
        options([{ kind: 'aggregate' }, { kind: 'extraTime' }]),
      ).decidedBy,
    ).toBe('after extra time, 1-2 on aggregate');
    const shootOut = [
      leg('a', 'b', 1, 0),
      leg('b', 'a', 1, 0, { extraTime: { home: 1, away: 0 }, penalties: { home: 3, away: 4 } }),
    ];
    expect(
      decideTie(
        'a',
        'b',
        shootOut,
        undefined,
        options([{ kind: 'aggregate' }, { kind: 'extraTime' }, { kind: 'penalties' }]),
      ),
    ).toMatchObject({
      winner: 'a',
      decidedBy: 'on penalties 4-3',
    });
    expect(
      decideTie(
        'a',
        'b',
        level,
        undefined,
        options([{ kind: 'aggregate' }, { kind: 'lots' }], {
          lots: { winner: 'b', date: '2014-10-01' },
        }),
      ).decidedBy,
    ).toBe('by drawing of lots (2014-10-01)');
  });

  test('leaves a tie open until every leg is played', () => {
    const pending = decideTie(
      'a',
      'b',
      [leg('a', 'b', 5, 0), { home: 'b', away: 'a', status: 'scheduled' }],
      undefined,
      options([{ kind: 'aggregate' }]),
    );
    expect(pending).toEqual({ winner: null, decidedBy: null, aggregate: [5, 0] });
  });

  test('counts an awarded score instead of the one played', () => {
    const awarded = leg('b', 'a', 2, 0, { awarded: { home: 0, away: 3 }, status: 'played' });
    expect(
      decideTie(
        'a',
        'b',
        [leg('a', 'b', 0, 1), awarded],
        undefined,
        options([{ kind: 'aggregate' }]),
      ).winner,
    ).toBe('a');
  });
});
