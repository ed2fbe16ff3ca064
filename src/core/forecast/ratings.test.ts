import { describe, expect, test } from 'vitest';
import { seeded } from '../random.ts';
import { eloRatings, fitGoalModel, type RatedMatch } from './ratings.ts';
import { fitScoreModel, matchExpectation } from './score-model.ts';

/** A Poisson number drawn by counting arrivals. */
function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}

describe('ratings', () => {
  test('the goal model finds the strengths and the home advantage that made the scores', () => {
    const random = seeded(42);
    const attack: Record<string, number> = { a: 1.6, b: 1.2, c: 1, d: 0.8, e: 0.6, f: 1 };
    const defence: Record<string, number> = { a: 0.6, b: 0.9, c: 1, d: 1.1, e: 1.4, f: 1 };
    const clubs = Object.keys(attack);
    const matches: RatedMatch[] = [];
    for (let season = 0; season < 40; season += 1) {
      for (const home of clubs) {
        for (const away of clubs) {
          if (home === away) continue;
          matches.push({
            home,
            away,
            homeGoals: poisson(1.1 * 1.35 * (attack[home] ?? 1) * (defence[away] ?? 1), random),
            awayGoals: poisson(1.1 * (attack[away] ?? 1) * (defence[home] ?? 1), random),
          });
        }
      }
    }
    const model = fitGoalModel(matches, { prior: 0 });
    expect(model.home).toBeGreaterThan(1.25);
    expect(model.home).toBeLessThan(1.45);
    const fitted = clubs.map((club) => model.attack.get(club) ?? 0);
    // The order of the attacks, and each within 15 % of the truth (relative to the average).
    const truthMean = clubs.reduce((sum, club) => sum + (attack[club] ?? 0), 0) / clubs.length;
    clubs.forEach((club, index) => {
      const truth = (attack[club] ?? 0) / truthMean;
      expect(Math.abs((fitted[index] ?? 0) / truth - 1)).toBeLessThan(0.15);
    });
    expect(Math.abs(model.rho)).toBeLessThan(0.1);
  });

  test('with no match played the goal model keeps the usual level: a season not started is no 0-0', () => {
    const model = fitGoalModel([]);
    expect(model.home).toBeCloseTo(1.3);
    // 1.3 goals a side on average, the home side's share raised by the home advantage.
    expect(model.base * (1 + model.home)).toBeCloseTo(2.6);
    const forecast = matchExpectation(fitScoreModel([]).model, 'a', 'b', false);
    expect(forecast.goals[0]).toBeGreaterThan(forecast.goals[1]);
    expect(forecast.goals[1]).toBeGreaterThan(0.5);
  });

  test('Elo: a win moves points from the loser to the winner, a bigger win more, and says which match', () => {
    const one = eloRatings([{ home: 'a', away: 'b', homeGoals: 1, awayGoals: 0, neutral: true }]);
    const four = eloRatings([{ home: 'a', away: 'b', homeGoals: 4, awayGoals: 0, neutral: true }]);
    const gainOne = (one.rating.get('a') ?? 0) - 1500;
    // K 20, an even match at a neutral ground: half of K for a win by one, (11 + 4)/8 times it by four.
    expect(gainOne).toBeCloseTo(10, 5);
    expect((one.rating.get('b') ?? 0) - 1500).toBeCloseTo(-10, 5);
    expect((four.rating.get('a') ?? 0) - 1500).toBeCloseTo(10 * (15 / 8), 5);
    expect(one.moves.get('a')?.[0]).toEqual({ match: 'a 1-0 b', change: gainOne });
    // At home a draw costs the stronger home side: it was expected to win.
    const draw = eloRatings([{ home: 'a', away: 'b', homeGoals: 1, awayGoals: 1 }]);
    expect(draw.rating.get('a') ?? 0).toBeLessThan(1500);
  });
});
