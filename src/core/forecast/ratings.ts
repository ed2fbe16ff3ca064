import type { ClubId } from '../model/club.ts';

/** A played match as the ratings learn from it. */
export interface RatedMatch {
  readonly id?: string;
  readonly home: ClubId;
  readonly away: ClubId;
  readonly homeGoals: number;
  readonly awayGoals: number;
  /** ISO date; matches without one count as played in the order given. */
  readonly date?: string;
  readonly neutral?: boolean;
  /** Where it was played, for the explanations ("Copa Perú 1993, Round 2"). */
  readonly where?: string;
  /** The clubs' names, for the explanations. */
  readonly homeName?: string;
  readonly awayName?: string;
}

/** A change of a club's Elo rating, and the match that made it. */
export interface RatingMove {
  readonly match: string;
  readonly change: number;
}

/** Elo ratings with a goal-difference multiplier and a home advantage. */
export interface EloRatings {
  readonly rating: ReadonlyMap<ClubId, number>;
  readonly matches: ReadonlyMap<ClubId, number>;
  /** For each club, the matches that moved its rating most, largest first. */
  readonly moves: ReadonlyMap<ClubId, readonly RatingMove[]>;
}

/** Elo's settings: eloratings.net's for national sides, Torneo's defaults for clubs. */
export interface EloOptions {
  readonly initial?: number;
  readonly k?: number;
  readonly homeAdvantage?: number;
  /** Ratings already known (carried from earlier editions and competitions). */
  readonly start?: ReadonlyMap<ClubId, number>;
}

/**
 * Elo ratings over matches in date order (the World Football Elo formula): a club gains
 * K·G·(W − E), where W is 1, ½ or 0, E = 1 / (1 + 10^(−d/400)) with d the rating difference plus
 * the home advantage (none at a neutral ground), and G = 1 for a win by one goal, 1.5 by two,
 * (11 + N)/8 by N ≥ 3.
 *
 * @example
 * eloRatings([{ home: 'a', away: 'b', homeGoals: 2, awayGoals: 0 }]).rating.get('a') // > 1500
 */
export function eloRatings(matches: readonly RatedMatch[], options: EloOptions = {}): EloRatings {
  const initial = options.initial ?? 1500;
  const k = options.k ?? 20;
  const home = options.homeAdvantage ?? 80;
  const rating = new Map<ClubId, number>(options.start ?? []);
  const played = new Map<ClubId, number>();
  const moves = new Map<ClubId, RatingMove[]>();
  const ordered = matches
    .map((match, index) => ({ match, index }))
    .sort((a, b) => (a.match.date ?? '').localeCompare(b.match.date ?? '') || a.index - b.index);
  for (const { match } of ordered) {
    const rh = rating.get(match.home) ?? initial;
    const ra = rating.get(match.away) ?? initial;
    const expected = 1 / (1 + 10 ** (-(rh - ra + (match.neutral ? 0 : home)) / 400));
    const margin = Math.abs(match.homeGoals - match.awayGoals);
    const multiplier = margin <= 1 ? 1 : margin === 2 ? 1.5 : (11 + margin) / 8;
    const result =
      match.homeGoals > match.awayGoals ? 1 : match.homeGoals === match.awayGoals ? 0.5 : 0;
    const change = k * multiplier * (result - expected);
    rating.set(match.home, rh + change);
    rating.set(match.away, ra - change);
    const label =
      `${match.where ? `${match.where}: ` : ''}${match.homeName ?? match.home} ${match.homeGoals}-${match.awayGoals} ${match.awayName ?? match.away}` +
      (match.date ? ` (${match.date})` : '');
    for (const [club, delta] of [
      [match.home, change],
      [match.away, -change],
    ] as const) {
      played.set(club, (played.get(club) ?? 0) + 1);
      const list = moves.get(club) ?? [];
      list.push({ match: label, change: delta });
      moves.set(club, list);
    }
  }
  for (const [club, list] of moves) {
    moves.set(club, [...list].sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, 5));
  }
  return { rating, matches: played, moves };
}

/** Attack and defence strengths of a Poisson model of scores, with the low-score correction. */
export interface GoalModel {
  /** Goals a club scores relative to the average (1). */
  readonly attack: ReadonlyMap<ClubId, number>;
  /** Goals a club lets in relative to the average (1). */
  readonly defence: ReadonlyMap<ClubId, number>;
  /** Goals of an average away side against an average home side. */
  readonly base: number;
  /** How many times more a side scores at home. */
  readonly home: number;
  /** Dixon and Coles's correction of 0-0, 1-0, 0-1 and 1-1 (0: plain Poisson). */
  readonly rho: number;
  /** Matches each club's strengths were fitted on (weighted by time decay). */
  readonly weight: ReadonlyMap<ClubId, number>;
}

/** How the goal model is fitted. */
export interface GoalModelOptions {
  /** The day the model looks back from (ISO); the latest match otherwise. */
  readonly asOf?: string;
  /** Half-life of a match's weight, in days (Dixon and Coles's ξ = ln 2 / half-life); none by default. */
  readonly halfLifeDays?: number;
  /** Virtual matches against an average side each club starts with: strengths of clubs with little history stay near average. */
  readonly prior?: number;
}

/**
 * Fits a Dixon–Coles model by maximum likelihood: home goals ~ Poisson(base·home·attack·defence),
 * away goals ~ Poisson(base·attack·defence), the four low scores corrected by τ(ρ), each match
 * weighted by exp(−ξ·age). Strengths by the fixed-point equations of the Poisson likelihood
 * (shrunk towards the average by `prior` virtual matches), then ρ by a golden-section search.
 */
export function fitGoalModel(
  matches: readonly RatedMatch[],
  options: GoalModelOptions = {},
): GoalModel {
  const prior = options.prior ?? 2;
  const last =
    options.asOf ??
    matches.reduce(
      (latest, match) => (match.date && match.date > latest ? match.date : latest),
      '',
    );
  const xi = options.halfLifeDays ? Math.LN2 / options.halfLifeDays : 0;
  const weights = matches.map((match) =>
    xi > 0 && match.date && last
      ? Math.exp(-xi * Math.max(0, (Date.parse(last) - Date.parse(match.date)) / 86_400_000))
      : 1,
  );
  const clubs = [...new Set(matches.flatMap((match) => [match.home, match.away]))];
  const attack = new Map(clubs.map((club) => [club, 1]));
  const defence = new Map(clubs.map((club) => [club, 1]));
  const weight = new Map(clubs.map((club) => [club, 0]));
  let totalWeight = 0;
  let allGoals = 0;
  let homeGoals = 0;
  let awayGoals = 0;
  matches.forEach((match, index) => {
    const w = weights[index] ?? 1;
    totalWeight += w;
    allGoals += w * (match.homeGoals + match.awayGoals);
    if (!match.neutral) {
      homeGoals += w * match.homeGoals;
      awayGoals += w * match.awayGoals;
    }
    weight.set(match.home, (weight.get(match.home) ?? 0) + w);
    weight.set(match.away, (weight.get(match.away) ?? 0) + w);
  });
  // Home advantage from matches with a home side; about 1.3 (the usual) when none has one.
  let home = homeGoals > 0 && awayGoals > 0 ? Math.max(homeGoals / awayGoals, 0.5) : 1.3;
  const meanGoals = totalWeight > 0 ? Math.max(allGoals / totalWeight / 2, 0.2) : 1.3;
  let base = (2 * meanGoals) / (1 + home);
  // One block of parameters at a time, each set to its best given the others (the likelihood
  // cannot go down): attack, defence, home advantage, level.
  const levels = (match: RatedMatch): [number, number] =>
    match.neutral ? [Math.sqrt(home), Math.sqrt(home)] : [home, 1];
  // With no matches there are no strengths to average: the level stays the usual one.
  const mean = (values: Map<ClubId, number>) =>
    clubs.length === 0
      ? 1
      : clubs.reduce((sum, club) => sum + (values.get(club) ?? 1), 0) / clubs.length;
  const pseudo = prior * meanGoals;
  for (let iteration = 0; iteration < 500; iteration += 1) {
    let change = 0;
    for (const [strengths, others, own] of [
      [attack, defence, 'for'],
      [defence, attack, 'against'],
    ] as const) {
      const goals = new Map(clubs.map((club) => [club, pseudo]));
      const exposure = new Map(clubs.map((club) => [club, pseudo]));
      matches.forEach((match, index) => {
        const w = weights[index] ?? 1;
        const [lh, la] = levels(match);
        // The home club's goals for (or against) and what the model expects of them.
        const homeGoalsOwn = own === 'for' ? match.homeGoals : match.awayGoals;
        const awayGoalsOwn = own === 'for' ? match.awayGoals : match.homeGoals;
        const homeLevel = own === 'for' ? lh : la;
        const awayLevel = own === 'for' ? la : lh;
        goals.set(match.home, (goals.get(match.home) ?? 0) + w * homeGoalsOwn);
        goals.set(match.away, (goals.get(match.away) ?? 0) + w * awayGoalsOwn);
        exposure.set(
          match.home,
          (exposure.get(match.home) ?? 0) + w * base * homeLevel * (others.get(match.away) ?? 1),
        );
        exposure.set(
          match.away,
          (exposure.get(match.away) ?? 0) + w * base * awayLevel * (others.get(match.home) ?? 1),
        );
      });
      for (const club of clubs) {
        const value = (goals.get(club) ?? 0) / (exposure.get(club) ?? 1);
        change = Math.max(change, Math.abs(value - (strengths.get(club) ?? 1)));
        strengths.set(club, value);
      }
      // Strengths average 1; the level goes into the base.
      const average = mean(strengths);
      for (const club of clubs) strengths.set(club, (strengths.get(club) ?? 1) / average);
      base *= average;
    }
    let homeScored = 0;
    let homeExpected = 0;
    let allScored = 0;
    let allExpected = 0;
    matches.forEach((match, index) => {
      const w = weights[index] ?? 1;
      const [lh, la] = levels(match);
      const eh = (attack.get(match.home) ?? 1) * (defence.get(match.away) ?? 1);
      const ea = (attack.get(match.away) ?? 1) * (defence.get(match.home) ?? 1);
      if (!match.neutral) {
        homeScored += w * match.homeGoals;
        homeExpected += w * base * eh;
      }
      allScored += w * (match.homeGoals + match.awayGoals);
      allExpected += w * (lh * eh + la * ea);
    });
    if (homeExpected > 0 && homeScored > 0) {
      const next = homeScored / homeExpected;
      change = Math.max(change, Math.abs(next - home));
      home = next;
    }
    if (allExpected > 0 && allScored > 0) {
      const next = allScored / allExpected;
      change = Math.max(change, Math.abs(next - base));
      base = next;
    }
    if (change < 1e-7) break;
  }
  const partial = { attack, defence, base, home, rho: 0, weight };
  const rho = goldenSection(
    (candidate) =>
      matches.reduce((sum, match, index) => {
        const [lh, la] = expectedGoals(partial, match.home, match.away, match.neutral ?? false);
        const t = tau(match.homeGoals, match.awayGoals, lh, la, candidate);
        return sum + (weights[index] ?? 1) * Math.log(Math.max(t, 1e-12));
      }, 0),
    -0.2,
    0.2,
  );
  return { ...partial, rho: matches.length > 0 ? rho : 0 };
}

/**
 * The expected goals of each side in a match under a goal model; at a neutral ground both sides
 * get the geometric middle of the home and away levels.
 */
export function expectedGoals(
  model: GoalModel,
  home: ClubId,
  away: ClubId,
  neutral: boolean,
): [number, number] {
  const homeLevel = neutral ? Math.sqrt(model.home) : model.home;
  const awayLevel = neutral ? Math.sqrt(model.home) : 1;
  return [
    model.base * homeLevel * (model.attack.get(home) ?? 1) * (model.defence.get(away) ?? 1),
    model.base * awayLevel * (model.attack.get(away) ?? 1) * (model.defence.get(home) ?? 1),
  ];
}

/** Dixon and Coles's τ: the four low scores made more or less likely than Poisson says. */
export function tau(x: number, y: number, lh: number, la: number, rho: number): number {
  if (x === 0 && y === 0) return 1 - lh * la * rho;
  if (x === 0 && y === 1) return 1 + lh * rho;
  if (x === 1 && y === 0) return 1 + la * rho;
  if (x === 1 && y === 1) return 1 - rho;
  return 1;
}

/** The maximum of a unimodal function on an interval. @internal */
function goldenSection(f: (x: number) => number, low: number, high: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = low;
  let b = high;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let step = 0; step < 40; step += 1) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
