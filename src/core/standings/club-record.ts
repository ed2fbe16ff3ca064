import type { ClubId } from '../model/club.ts';
import type { PointsForResult } from '../model/rule-set.ts';

/**
 * A result as it counts in a table, after rulings: the awarded score where there is one.
 * @internal
 */
export interface CountedMatch {
  readonly home: ClubId;
  readonly away: ClubId;
  readonly homeGoals: number;
  readonly awayGoals: number;
  /** Whether the goals go into goals for and against (an awarded score's may not). */
  readonly goalsCount: boolean;
  /** No away side at a neutral venue: away goals and away wins do not apply. */
  readonly neutral: boolean;
}

/** What a club did in a set of matches. */
export interface ClubRecord {
  readonly club: ClubId;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  awayGoalsFor: number;
  awayWins: number;
  /** Points from results only, before adjustments. */
  resultPoints: number;
}

/**
 * Tallies matches into one record per club. Clubs listed in `clubs` get a record even without a
 * match; with `onlyAmong`, only matches between two of those clubs count (a head-to-head table).
 *
 * @example
 * tallyMatches([{ home: 'a', away: 'b', homeGoals: 2, awayGoals: 1, goalsCount: true, neutral: false }], ['a', 'b'], { win: 3, draw: 1, loss: 0 }).get('a')?.resultPoints
 * //=> 3
 */
export function tallyMatches(
  matches: readonly CountedMatch[],
  clubs: readonly ClubId[],
  points: PointsForResult,
  onlyAmong = false,
): Map<ClubId, ClubRecord> {
  const records = new Map<ClubId, ClubRecord>();
  for (const club of clubs) records.set(club, emptyRecord(club));
  for (const match of matches) {
    let home = records.get(match.home);
    let away = records.get(match.away);
    if (onlyAmong && (!home || !away)) continue;
    if (!home) {
      home = emptyRecord(match.home);
      records.set(match.home, home);
    }
    if (!away) {
      away = emptyRecord(match.away);
      records.set(match.away, away);
    }
    addResult(home, match.homeGoals, match.awayGoals, match, points, false);
    addResult(away, match.awayGoals, match.homeGoals, match, points, !match.neutral);
  }
  return records;
}

/** @internal */
function emptyRecord(club: ClubId): ClubRecord {
  return {
    club,
    played: 0,
    won: 0,
    drawn: 0,
    lost: 0,
    goalsFor: 0,
    goalsAgainst: 0,
    awayGoalsFor: 0,
    awayWins: 0,
    resultPoints: 0,
  };
}

/** @internal */
function addResult(
  record: ClubRecord,
  scored: number,
  conceded: number,
  match: CountedMatch,
  points: PointsForResult,
  isAway: boolean,
): void {
  record.played += 1;
  if (scored > conceded) {
    record.won += 1;
    record.resultPoints += points.win;
    if (isAway) record.awayWins += 1;
  } else if (scored === conceded) {
    record.drawn += 1;
    record.resultPoints += points.draw;
  } else {
    record.lost += 1;
    record.resultPoints += points.loss;
  }
  if (match.goalsCount) {
    record.goalsFor += scored;
    record.goalsAgainst += conceded;
    if (isAway) record.awayGoalsFor += scored;
  }
}
