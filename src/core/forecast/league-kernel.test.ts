import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { FULL_CHAIN } from '../../../bench/full-chain.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import { computeStandings } from '../standings/compute-standings.ts';
import { LeagueKernel } from './league-kernel.ts';
import { scoreDistribution } from './score-model.ts';

const NAMES = ['Delta', 'Alfa', 'Echo', 'Charlie', 'Bravo', 'Foxtrot'];

/** Chains the kernel follows, the engine's presets among them. */
const CHAINS: RuleSet[] = [
  {
    name: 'head to head, reapplied, then the whole table',
    points: { win: 3, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      {
        kind: 'headToHead',
        criteria: ['points', 'goalDifference', 'goalsFor', 'awayGoalsFor'],
        reapply: true,
      },
      { kind: 'goalDifference' },
      { kind: 'goalsFor' },
      { kind: 'alphabetical' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
  },
  FULL_CHAIN,
  {
    name: 'two points a win, goal average',
    points: { win: 2, draw: 1, loss: 0 },
    tiebreakers: [
      { kind: 'points' },
      { kind: 'goalAverage' },
      { kind: 'goalsAgainst' },
      { kind: 'alphabetical' },
    ],
    awardedGoalsCount: true,
    walkoverDeduction: 0,
  },
];

/** A double round robin of the six clubs, scores small so that ties are frequent. */
const season = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
  minLength: 30,
  maxLength: 30,
});

describe('the league kernel', () => {
  test.prop([season, fc.integer({ min: 0, max: CHAINS.length - 1 })], { numRuns: 300 })(
    'ranks a season as the engine does, whatever the chain',
    (scores, chain) => {
      const rules = CHAINS[chain] as RuleSet;
      const pairs: [number, number][] = [];
      for (let h = 0; h < NAMES.length; h += 1)
        for (let a = 0; a < NAMES.length; a += 1) if (h !== a) pairs.push([h, a]);
      const kernel = LeagueKernel.compile({
        names: NAMES,
        rules,
        matches: pairs.map(([home, away], index) => {
          const [h = 0, a = 0] = scores[index] ?? [];
          return { home, away, score: { home: h, away: a } };
        }),
      });
      if (!kernel) throw new Error('the chain compiles');
      const matches: Match[] = pairs.map(([home, away], index) => {
        const [h = 0, a = 0] = scores[index] ?? [];
        return {
          home: NAMES[home] ?? '',
          away: NAMES[away] ?? '',
          status: 'played',
          score: { home: h, away: a },
        };
      });
      const engine = computeStandings({ matches, rules }).rows.map((row) => row.club);
      const ranked = Array.from(kernel.play(1, 0).order, (club) => NAMES[club]);
      expect(ranked).toEqual(engine);
    },
  );

  test.prop(
    [fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: CHAINS.length - 1 })],
    { numRuns: 200 },
  )('ranks the seasons it draws as the engine ranks the same scores', (seed, chain) => {
    const rules = CHAINS[chain] as RuleSet;
    // Low-scoring matches, half of them played already: ties are frequent.
    const chances = scoreDistribution(0.7, 0.6, 0);
    const pairs: [number, number][] = [];
    for (let h = 0; h < NAMES.length; h += 1)
      for (let a = 0; a < NAMES.length; a += 1) if (h !== a) pairs.push([h, a]);
    const kernel = LeagueKernel.compile({
      names: NAMES,
      rules,
      matches: pairs.map(([home, away], index) =>
        index % 2 === 0
          ? { home, away, score: { home: index % 3, away: 1 } }
          : { home, away, chances },
      ),
    });
    if (!kernel) throw new Error('the chain compiles');
    const ranked = Array.from(kernel.play(seed, 0).order, (club) => NAMES[club]);
    const { home, away } = kernel.scores();
    const matches: Match[] = pairs.map(([h, a], index) => ({
      home: NAMES[h] ?? '',
      away: NAMES[a] ?? '',
      status: 'played',
      score: { home: home[index] ?? 0, away: away[index] ?? 0 },
    }));
    expect(ranked).toEqual(computeStandings({ matches, rules }).rows.map((row) => row.club));
  });

  test('draws scores as often as their chances say', () => {
    const chances = scoreDistribution(1.45, 1.15, -0.05);
    const kernel = LeagueKernel.compile({
      names: ['A', 'B'],
      rules: CHAINS[1] as RuleSet,
      matches: [{ home: 0, away: 1, chances }],
    });
    if (!kernel) throw new Error('compiles');
    let homeGoals = 0;
    let nil = 0;
    const seasons = 200_000;
    for (let index = 0; index < seasons; index += 1) {
      kernel.play(7, index);
      const { home, away } = kernel.scores();
      homeGoals += home[0] ?? 0;
      if (home[0] === 0 && away[0] === 0) nil += 1;
    }
    let mean = 0;
    let square = 0;
    for (let cell = 0; cell < chances.length; cell += 1) {
      mean += Math.floor(cell / 11) * (chances[cell] ?? 0);
      square += Math.floor(cell / 11) ** 2 * (chances[cell] ?? 0);
    }
    // Within four standard errors of the mean the chances give.
    const error = Math.sqrt((square - mean ** 2) / seasons);
    expect(Math.abs(homeGoals / seasons - mean)).toBeLessThan(4 * error);
    const p = chances[0] ?? 0;
    expect(Math.abs(nil / seasons - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / seasons) + 1e-4);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 20 })(
    'plays the same season for the same seed and index, and every place once',
    (seed) => {
      const chances = scoreDistribution(1.4, 1.1, 0);
      const matches = [];
      for (let h = 0; h < 4; h += 1)
        for (let a = 0; a < 4; a += 1) if (h !== a) matches.push({ home: h, away: a, chances });
      const kernel = LeagueKernel.compile({
        names: ['A', 'B', 'C', 'D'],
        rules: CHAINS[1] as RuleSet,
        matches,
      });
      const first = Array.from(kernel?.play(seed, 3).order ?? []);
      expect(Array.from(kernel?.play(seed, 3).order ?? [])).toEqual(first);
      expect([...first].sort()).toEqual([0, 1, 2, 3]);
      const { places } = kernel?.tally(seed, 0, 100) ?? { places: new Int32Array() };
      for (let place = 0; place < 4; place += 1) {
        let total = 0;
        for (let club = 0; club < 4; club += 1) total += places[club * 4 + place] ?? 0;
        expect(total).toBe(100);
      }
    },
  );
});
