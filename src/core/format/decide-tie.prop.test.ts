import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Match } from '../model/match.ts';
import { decideTie } from './decide-tie.ts';

const goals = fc.integer({ min: 0, max: 5 });
const leg = (home: string, away: string) =>
  fc
    .record({
      h: goals,
      a: goals,
      extra: fc.option(fc.record({ h: goals, a: goals }), { nil: undefined }),
      pens: fc.option(fc.record({ h: goals, a: goals }), { nil: undefined }),
    })
    .map(
      ({ h, a, extra, pens }): Match => ({
        home,
        away,
        status: 'played',
        score: { home: h, away: a },
        ...(extra ? { extraTime: { home: h + extra.h, away: a + extra.a } } : {}),
        ...(pens ? { penalties: { home: pens.h, away: pens.a } } : {}),
      }),
    );

test.prop([
  fc.integer({ min: 1, max: 2 }),
  leg('a', 'b'),
  leg('b', 'a'),
  fc.constantFrom('a', 'b'),
])(
  'a tie whose legs are all played has exactly one winner, one of its two clubs, when the chain ends in lots',
  (legs, first, second, lotsWinner) => {
    const matches = legs === 1 ? [first] : [first, second];
    const decision = decideTie('a', 'b', matches, undefined, {
      rules: [
        { kind: 'aggregate' },
        { kind: 'awayGoals' },
        { kind: 'extraTime' },
        { kind: 'penalties' },
        { kind: 'lots' },
      ],
      legs: legs as 1 | 2,
      singleVenue: false,
      placeIn: () => undefined,
      lots: { winner: lotsWinner },
    });
    expect(['a', 'b']).toContain(decision.winner);
    expect(decision.decidedBy).toEqual(expect.any(String));
  },
);

test.prop([leg('a', 'b'), leg('b', 'a')])(
  'the decision does not depend on which club is named first',
  (first, second) => {
    const rules = [
      { kind: 'aggregate' },
      { kind: 'awayGoals' },
      { kind: 'extraTime' },
      { kind: 'penalties' },
    ] as const;
    const options = { rules, legs: 2 as const, singleVenue: false, placeIn: () => undefined };
    const ab = decideTie('a', 'b', [first, second], undefined, options);
    const ba = decideTie('b', 'a', [first, second], undefined, options);
    expect(ab.winner).toBe(ba.winner);
  },
);
