import type { ClubId } from '../model/club.ts';
import type { Match, Score } from '../model/match.ts';
import type { TieRule } from './edition-format.ts';
import { type EditionWords, editionWords } from './edition-words.ts';

/** How a tie stands: who went through and why, or why it is not decided yet. */
export interface TieDecision {
  readonly winner: ClubId | null;
  /** "on aggregate 3-2", "on away goals", "on penalties 4-3", "better placed in the Tabla Única". */
  readonly decidedBy: string | null;
  /** Goals over the legs, the first club's first; extra time counted where it was played. */
  readonly aggregate: readonly [number, number];
}

/** What deciding a tie needs besides its matches. */
export interface DecideTieOptions {
  readonly rules: readonly TieRule[];
  /** How many legs the tie has. */
  readonly legs: 1 | 2;
  /** No away side anywhere: the away-goals rule does not apply. */
  readonly singleVenue: boolean;
  /** The clubs' positions in an earlier stage, for `betterPlaced`; the stage's name for the words. */
  readonly placeIn: (
    stage: string,
    club: ClubId,
  ) => { position: number; stageName: string } | undefined;
  /** A recorded drawing of lots between the two clubs: the club it favoured. */
  readonly lots?: { readonly winner: ClubId; readonly date?: string };
  /** The words of `decidedBy` (English). */
  readonly words?: EditionWords;
}

/** @internal */
export interface Tally {
  goals: [number, number];
  points: [number, number];
  away: [number, number];
}

/**
 * Decides a tie between `a` (at home in the first leg) and `b` by an ordered chain of rules:
 * aggregate or points first, then goal difference, away goals, the better-placed club, an extra
 * match, extra time, penalties, lots. A tie whose legs are not all played is not decided.
 *
 * @example
 * decideTie('a', 'b', [leg1, leg2], undefined, { rules: [{ kind: 'aggregate' }, { kind: 'awayGoals' }], legs: 2, singleVenue: false, placeIn: () => undefined })
 * //=> { winner: 'b', decidedBy: 'on away goals (2-1), 3-3 on aggregate', aggregate: [3, 3] }
 */
export function decideTie(
  a: ClubId,
  b: ClubId,
  matches: readonly Match[],
  extraMatch: Match | undefined,
  options: DecideTieOptions,
): TieDecision {
  const played = matches.filter((match) => scoreOf(match) !== undefined);
  const normal = tally(a, played, false);
  const withExtra = tally(a, played, true);
  const pending = { winner: null, decidedBy: null, aggregate: withExtra.goals } as const;
  if (played.length < options.legs) return pending;

  const last = played[played.length - 1];
  const pick = (first: number, second: number): ClubId | undefined =>
    first > second ? a : second > first ? b : undefined;
  const words = (options.words ?? editionWords()).tie;
  const aggregateText = (winner: ClubId): string =>
    words.aggregate(score(normal.goals, winner === a));
  for (const rule of options.rules) {
    switch (rule.kind) {
      case 'aggregate': {
        const winner = pick(normal.goals[0], normal.goals[1]);
        if (winner)
          return decided(
            winner,
            options.legs === 1
              ? words.won(score(normal.goals, winner === a))
              : words.onAggregate(score(normal.goals, winner === a)),
            normal.goals,
          );
        break;
      }
      case 'points': {
        const winner = pick(normal.points[0], normal.points[1]);
        if (winner)
          return decided(
            winner,
            words.onPoints(score(normal.points, winner === a), aggregateText(winner)),
            normal.goals,
          );
        break;
      }
      case 'goalDifference': {
        const winner = pick(normal.goals[0] - normal.goals[1], normal.goals[1] - normal.goals[0]);
        if (winner)
          return decided(winner, words.onGoalDifference(aggregateText(winner)), normal.goals);
        break;
      }
      case 'awayGoals': {
        if (options.singleVenue || played.every((match) => match.neutral)) break;
        const winner = pick(normal.away[0], normal.away[1]);
        if (winner)
          return decided(
            winner,
            words.onAwayGoals(score(normal.away, winner === a), aggregateText(winner)),
            normal.goals,
          );
        break;
      }
      case 'betterPlaced': {
        const placeA = options.placeIn(rule.stage, a);
        const placeB = options.placeIn(rule.stage, b);
        if (!placeA || !placeB || placeA.position === placeB.position) break;
        const winner = placeA.position < placeB.position ? a : b;
        const [better, worse] = winner === a ? [placeA, placeB] : [placeB, placeA];
        return decided(
          winner,
          words.betterPlaced(
            placeA.stageName,
            better.position,
            worse.position,
            aggregateText(winner),
          ),
          normal.goals,
        );
      }
      case 'extraMatch': {
        const extra = extraMatch ? scoreOf(extraMatch, true) : undefined;
        if (!extraMatch || !extra) break;
        const mine = extraMatch.home === a ? [extra.home, extra.away] : [extra.away, extra.home];
        const penalties = extraMatch.penalties;
        // Scores are told from the winner's side, as every other reason is.
        let winner = pick(mine[0] ?? 0, mine[1] ?? 0);
        let reason = words.wonExtraMatch(score([mine[0] ?? 0, mine[1] ?? 0], winner === a));
        if (!winner && penalties) {
          const shoot =
            extraMatch.home === a
              ? [penalties.home, penalties.away]
              : [penalties.away, penalties.home];
          winner = pick(shoot[0] ?? 0, shoot[1] ?? 0);
          reason = words.wonExtraMatchOnPenalties(
            score([shoot[0] ?? 0, shoot[1] ?? 0], winner === a),
          );
        }
        if (winner) return decided(winner, reason, normal.goals);
        break;
      }
      case 'extraTime': {
        if (!last?.extraTime) break;
        const winner = pick(withExtra.goals[0], withExtra.goals[1]);
        if (winner)
          return decided(
            winner,
            words.afterExtraTime(`${withExtra.goals[0]}-${withExtra.goals[1]}`),
            withExtra.goals,
          );
        break;
      }
      case 'penalties': {
        const shootOut = last?.penalties;
        if (!last || !shootOut) break;
        const mine =
          last.home === a ? [shootOut.home, shootOut.away] : [shootOut.away, shootOut.home];
        const winner = pick(mine[0] ?? 0, mine[1] ?? 0);
        if (winner)
          return decided(
            winner,
            words.onPenalties(score([mine[0] ?? 0, mine[1] ?? 0], winner === a)),
            withExtra.goals,
          );
        break;
      }
      case 'lots': {
        if (options.lots) {
          return decided(options.lots.winner, words.byLots(options.lots.date), withExtra.goals);
        }
        break;
      }
    }
  }
  return pending;
}

/** @internal */
function decided(
  winner: ClubId,
  decidedBy: string,
  aggregate: readonly [number, number],
): TieDecision {
  return { winner, decidedBy, aggregate };
}

/** "3-2" from the winner's side. @internal */
function score(pair: readonly [number, number], firstWon: boolean): string {
  return firstWon ? `${pair[0]}-${pair[1]}` : `${pair[1]}-${pair[0]}`;
}

/** The score that counts, before (or with) extra time; an awarded score wins. @internal */
function scoreOf(match: Match, withExtraTime = false): Score | undefined {
  if (match.awarded) return match.awarded;
  if (match.status !== 'played') return undefined;
  return withExtraTime ? (match.extraTime ?? match.score) : (match.score ?? match.extraTime);
}

/**
 * Goals, points (3 a win) and away goals of `a` and its opponent over a tie's matches, each from
 * `a`'s side: the engine's count, and what a ties table prints beside a tie.
 *
 * @example
 * tally('a', [{ home: 'a', away: 'b', status: 'played', score: { home: 2, away: 1 } }], false).points
 * //=> [3, 0]
 */
export function tally(a: ClubId, matches: readonly Match[], withExtraTime: boolean): Tally {
  const result: Tally = { goals: [0, 0], points: [0, 0], away: [0, 0] };
  for (const match of matches) {
    const counted = scoreOf(match, withExtraTime);
    if (!counted) continue;
    const aHome = match.home === a;
    const forA = aHome ? counted.home : counted.away;
    const forB = aHome ? counted.away : counted.home;
    result.goals[0] += forA;
    result.goals[1] += forB;
    result.points[0] += forA > forB ? 3 : forA === forB ? 1 : 0;
    result.points[1] += forB > forA ? 3 : forA === forB ? 1 : 0;
    if (!match.neutral) {
      if (aHome) result.away[1] += forB;
      else result.away[0] += forA;
    }
  }
  return result;
}
