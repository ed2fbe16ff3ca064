import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import { tallyMatches } from './club-record.ts';
import { computeStandings, type StandingRow } from './compute-standings.ts';

const CLUBS = ['Aurora', 'CNI', 'Garcilaso', 'Mariano Santos', 'Unión Juventud', 'Aurich'];

const matchArbitrary: fc.Arbitrary<Match> = fc
  .tuple(fc.constantFrom(...CLUBS), fc.constantFrom(...CLUBS), fc.nat(5), fc.nat(5), fc.boolean())
  .filter(([home, away]) => home !== away)
  .map(([home, away, homeGoals, awayGoals, neutral]) => ({
    home,
    away,
    status: 'played' as const,
    score: { home: homeGoals, away: awayGoals },
    ...(neutral ? { neutral: true } : {}),
  }));

const RULES: RuleSet = {
  name: 'property',
  points: { win: 3, draw: 1, loss: 0 },
  tiebreakers: [
    { kind: 'points' },
    { kind: 'goalDifference' },
    { kind: 'goalsFor' },
    { kind: 'headToHead', criteria: ['points', 'goalDifference', 'awayGoalsFor'], reapply: true },
    { kind: 'awayGoalsFor' },
    { kind: 'wins' },
  ],
  awardedGoalsCount: true,
  walkoverDeduction: 0,
};

const stats = (row: StandingRow) => [
  row.club,
  row.played,
  row.won,
  row.drawn,
  row.lost,
  row.goalsFor,
  row.goalsAgainst,
  row.points,
];

test.prop([fc.array(matchArbitrary, { maxLength: 40 }), fc.nat()])(
  'the table does not depend on the order of the matches',
  (matches, seed) => {
    const shuffled = fc.sample(fc.shuffledSubarray(matches, { minLength: matches.length }), {
      seed,
      numRuns: 1,
    })[0];
    const a = computeStandings({ matches, rules: RULES });
    const b = computeStandings({ matches: shuffled ?? matches, rules: RULES });
    expect(b.rows).toEqual(a.rows);
  },
);

test.prop([fc.array(matchArbitrary, { maxLength: 40 })])(
  'points, goals and games reconcile with the results',
  (matches) => {
    const { rows } = computeStandings({ matches, rules: RULES });
    const total = (pick: (row: StandingRow) => number) =>
      rows.reduce((sum, row) => sum + pick(row), 0);
    expect(total((row) => row.played)).toBe(2 * matches.length);
    expect(total((row) => row.won)).toBe(total((row) => row.lost));
    expect(total((row) => row.goalsFor)).toBe(total((row) => row.goalsAgainst));
    expect(total((row) => row.goalsFor)).toBe(
      matches.reduce((sum, match) => sum + (match.score?.home ?? 0) + (match.score?.away ?? 0), 0),
    );
    for (const row of rows) {
      expect(row.won + row.drawn + row.lost).toBe(row.played);
      expect(row.points).toBe(3 * row.won + row.drawn);
    }
    rows.forEach((row, index) => {
      const next = rows[index + 1];
      if (next) expect(row.points).toBeGreaterThanOrEqual(next.points);
      if (next && !row.shared) expect(row.explanation?.below).toBe(next.club);
    });
  },
);

test.prop([
  fc.array(matchArbitrary, { maxLength: 30 }),
  fc.constantFrom(...CLUBS),
  fc.constantFrom(...CLUBS),
])('head-to-head between two clubs is symmetric', (matches, a, b) => {
  fc.pre(a !== b);
  const mini = tallyMatches(
    matches.map((match) => ({
      home: match.home,
      away: match.away,
      homeGoals: match.score?.home ?? 0,
      awayGoals: match.score?.away ?? 0,
      goalsCount: true,
      neutral: match.neutral === true,
    })),
    [a, b],
    RULES.points,
    true,
  );
  const ra = mini.get(a);
  const rb = mini.get(b);
  expect(ra?.played).toBe(rb?.played);
  expect(ra?.won).toBe(rb?.lost);
  expect(ra?.drawn).toBe(rb?.drawn);
  expect(ra?.goalsFor).toBe(rb?.goalsAgainst);
  const difference = (record: typeof ra) => (record?.goalsFor ?? 0) - (record?.goalsAgainst ?? 0);
  expect(difference(ra) + difference(rb)).toBe(0);
});

test.prop([fc.array(matchArbitrary, { maxLength: 30 }), matchArbitrary])(
  'adding a match changes only the records of its two clubs, by that match',
  (matches, added) => {
    const before = computeStandings({ matches, rules: RULES });
    const after = computeStandings({ matches: [...matches, added], rules: RULES });
    const byClub = (rows: readonly StandingRow[]) => new Map(rows.map((row) => [row.club, row]));
    const old = byClub(before.rows);
    const now = byClub(after.rows);
    for (const [club, row] of now) {
      const previous = old.get(club);
      if (club !== added.home && club !== added.away) {
        expect(stats(row)).toEqual(previous ? stats(previous) : [club, 0, 0, 0, 0, 0, 0, 0]);
        continue;
      }
      const scored = club === added.home ? (added.score?.home ?? 0) : (added.score?.away ?? 0);
      const conceded = club === added.home ? (added.score?.away ?? 0) : (added.score?.home ?? 0);
      expect(row.played).toBe((previous?.played ?? 0) + 1);
      expect(row.goalsFor).toBe((previous?.goalsFor ?? 0) + scored);
      expect(row.goalsAgainst).toBe((previous?.goalsAgainst ?? 0) + conceded);
      expect(row.points - (previous?.points ?? 0)).toBe(
        scored > conceded ? 3 : scored === conceded ? 1 : 0,
      );
    }
  },
);
