import type { ClubId } from '../model/club.ts';
import {
  type EloRatings,
  eloRatings,
  expectedGoals,
  fitGoalModel,
  type GoalModel,
  type RatedMatch,
  tau,
} from './ratings.ts';

/** Scores beyond this many goals a side are not drawn (their chance is given to the rest). */
export const MAX_GOALS = 10;

/**
 * What a forecast plays matches with: a Dixon–Coles model where both clubs have history enough,
 * Elo (turned into expected goals at the model's levels) where one has not. Plain data, so that
 * it can be sent to worker threads.
 */
export interface ScoreModel {
  readonly base: number;
  readonly home: number;
  readonly rho: number;
  /** [attack, defence, weight of history, Elo rating, Elo matches] by club. */
  readonly clubs: Readonly<Record<ClubId, readonly [number, number, number, number, number]>>;
  /** History a club needs (matches, time-weighted) before its own strengths are trusted. */
  readonly minHistory: number;
  readonly eloHome: number;
}

/** How a score model is fitted. */
export interface ScoreModelOptions {
  readonly asOf?: string;
  readonly halfLifeDays?: number;
  /** Virtual average matches each club's strengths start from (2). */
  readonly prior?: number;
  readonly minHistory?: number;
  readonly elo?: { readonly k?: number; readonly homeAdvantage?: number };
}

/** Fits the score model on the played matches Torneo holds. */
export function fitScoreModel(
  matches: readonly RatedMatch[],
  options: ScoreModelOptions = {},
): { readonly model: ScoreModel; readonly goals: GoalModel; readonly elo: EloRatings } {
  const goals = fitGoalModel(matches, {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}),
    ...(options.prior !== undefined ? { prior: options.prior } : {}),
  });
  const elo = eloRatings(matches, options.elo ?? {});
  const clubs: Record<ClubId, [number, number, number, number, number]> = {};
  for (const club of new Set([...goals.attack.keys(), ...elo.rating.keys()])) {
    clubs[club] = [
      goals.attack.get(club) ?? 1,
      goals.defence.get(club) ?? 1,
      goals.weight.get(club) ?? 0,
      elo.rating.get(club) ?? 1500,
      elo.matches.get(club) ?? 0,
    ];
  }
  return {
    model: {
      base: goals.base,
      home: goals.home,
      rho: goals.rho,
      clubs,
      minHistory: options.minHistory ?? 30,
      eloHome: options.elo?.homeAdvantage ?? 80,
    },
    goals,
    elo,
  };
}

/** How a match's expected goals were found. */
export type ModelUsed = 'dixon-coles' | 'elo';

/**
 * The expected goals of a match: the Dixon–Coles strengths when both clubs have history enough,
 * else the Elo difference (plus the home advantage) spread around the model's goal levels — a
 * club 190 points better scores about 2.2 times what it concedes.
 */
export function matchExpectation(
  model: ScoreModel,
  home: ClubId,
  away: ClubId,
  neutral: boolean,
): { readonly goals: [number, number]; readonly used: ModelUsed } {
  const h = model.clubs[home];
  const a = model.clubs[away];
  if (h && a && h[2] >= model.minHistory && a[2] >= model.minHistory) {
    const goals: GoalModel = {
      attack: new Map([
        [home, h[0]],
        [away, a[0]],
      ]),
      defence: new Map([
        [home, h[1]],
        [away, a[1]],
      ]),
      base: model.base,
      home: model.home,
      rho: model.rho,
      weight: new Map(),
    };
    return { goals: expectedGoals(goals, home, away, neutral), used: 'dixon-coles' };
  }
  const difference = (h?.[3] ?? 1500) - (a?.[3] ?? 1500) + (neutral ? 0 : model.eloHome);
  const expected = 1 / (1 + 10 ** (-difference / 400));
  const level = neutral ? Math.sqrt(model.home) : 1;
  const mean = (model.base * (neutral ? 2 * level : 1 + model.home)) / 2;
  const spread = Math.exp(1.6 * (expected - 0.5));
  return { goals: [mean * spread, mean / spread], used: 'elo' };
}

/**
 * The chance of every score of a match, home goals by away goals (0…MAX_GOALS each), under
 * Poisson goals with Dixon and Coles's low-score correction, normalised to sum to 1.
 */
export function scoreDistribution(homeGoals: number, awayGoals: number, rho: number): Float64Array {
  const size = MAX_GOALS + 1;
  const poisson = (mean: number) => {
    const p = new Float64Array(size);
    p[0] = Math.exp(-mean);
    for (let k = 1; k < size; k += 1) p[k] = ((p[k - 1] ?? 0) * mean) / k;
    return p;
  };
  const ph = poisson(homeGoals);
  const pa = poisson(awayGoals);
  const table = new Float64Array(size * size);
  let total = 0;
  for (let x = 0; x < size; x += 1) {
    for (let y = 0; y < size; y += 1) {
      const p = Math.max(0, (ph[x] ?? 0) * (pa[y] ?? 0) * tau(x, y, homeGoals, awayGoals, rho));
      table[x * size + y] = p;
      total += p;
    }
  }
  for (let i = 0; i < table.length; i += 1) table[i] = (table[i] ?? 0) / total;
  return table;
}

/** The chances of a home win, a draw and an away win in a score distribution. */
export function resultChances(table: Float64Array): { home: number; draw: number; away: number } {
  const size = MAX_GOALS + 1;
  let home = 0;
  let draw = 0;
  let away = 0;
  for (let x = 0; x < size; x += 1) {
    for (let y = 0; y < size; y += 1) {
      const p = table[x * size + y] ?? 0;
      if (x > y) home += p;
      else if (x === y) draw += p;
      else away += p;
    }
  }
  return { home, draw, away };
}

/** A score drawn from a distribution with a number in [0, 1). */
export function drawScore(table: Float64Array, u: number): { home: number; away: number } {
  const size = MAX_GOALS + 1;
  let sum = 0;
  for (let i = 0; i < table.length; i += 1) {
    sum += table[i] ?? 0;
    if (u < sum) return { home: Math.floor(i / size), away: i % size };
  }
  return { home: MAX_GOALS, away: MAX_GOALS };
}
