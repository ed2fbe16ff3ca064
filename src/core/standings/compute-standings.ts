import type { Club, ClubId } from '../model/club.ts';
import type { Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type { Ruling } from '../model/ruling.ts';
import { type AsOf, applyRulings } from './apply-rulings.ts';
import { tallyMatches } from './club-record.ts';
import { type Explanation, rankClubs } from './rank-clubs.ts';
import type { Language } from './tiebreaker-values.ts';
import { pointsPerGame } from './tiebreaker-values.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What a table is computed from. */
export interface ComputeStandingsOptions {
  readonly matches: readonly Match[];
  readonly rules: RuleSet;
  /** Registered clubs: named, and in the table even before their first match. */
  readonly clubs?: readonly Club[];
  /** Deductions, withdrawals, record transfers, awarded results, play-offs, lots, shared places. */
  readonly rulings?: readonly Ruling[];
  /** The table as it stood at the end of a date or a round. */
  readonly asOf?: AsOf;
  /** Fair-play points per club (fewer is better), for a `fairPlay` tiebreaker. */
  readonly fairPlay?: Readonly<Record<ClubId, number>>;
  /** Each club's rank in an earlier table, for an `earlierRank` tiebreaker. */
  readonly earlierRanks?: Readonly<Record<ClubId, number>>;
  /** The language of the explanations (English). */
  readonly language?: Language;
  /**
   * The clubs the table ranks, where not every club of the matches is in it: the others' matches
   * count for the clubs they played (a table that carries over every result of its clubs).
   */
  readonly ranked?: readonly ClubId[];
}

/** One line of a table. */
export interface StandingRow {
  readonly position: number;
  /** True when nothing the rules rank by separates this club from a neighbour. */
  readonly shared: boolean;
  readonly club: ClubId;
  readonly name: string;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  /** Points after adjustments. */
  readonly points: number;
  /** The sum of point adjustments (negative for deductions). */
  readonly pointAdjustment: number;
  readonly pointsPerGame: number;
  readonly awayGoalsFor: number;
  readonly withdrawn: boolean;
  /** Why this club is above the next one, or why it shares its place; none for the last row. */
  readonly explanation?: Explanation;
  /** What a shared place is level on. */
  readonly sharedOn?: readonly string[];
}

/** A computed table. */
export interface Standings {
  readonly rules: string;
  readonly rows: readonly StandingRow[];
  /** Ties that a criterion after the ranking basis broke, in table order. */
  readonly tiesBroken: readonly Explanation[];
  /** Rulings in force for this table. */
  readonly rulings: readonly Ruling[];
  /** Things the computation could not use, said plainly. */
  readonly warnings: readonly string[];
}

/**
 * Computes a table from results, a rule set and rulings. Every row says why it stands above the
 * next; clubs that nothing separates share their place.
 *
 * @example
 * const table = computeStandings({
 *   matches: [{ home: 'A', away: 'B', status: 'played', score: { home: 2, away: 0 } }],
 *   rules: { name: 'demo', points: { win: 3, draw: 1, loss: 0 }, tiebreakers: [{ kind: 'points' }],
 *            awardedGoalsCount: true, walkoverDeduction: 0 },
 * });
 * table.rows.map((row) => `${row.position} ${row.club} ${row.points}`)
 * //=> ['1 A 3', '2 B 0']
 */
export function computeStandings(options: ComputeStandingsOptions): Standings {
  const { rules } = options;
  const rulings = options.rulings ?? [];
  const registered = (options.clubs ?? []).map((club) => club.id);
  const season = applyRulings(options.matches, rulings, rules, registered, options.asOf);

  const records = tallyMatches(season.matches, season.clubs, rules.points);
  const adjustmentOf = new Map<ClubId, number>();
  for (const adjustment of season.adjustments) {
    adjustmentOf.set(adjustment.club, (adjustmentOf.get(adjustment.club) ?? 0) + adjustment.points);
  }
  const points = new Map<ClubId, number>();
  for (const [club, record] of records) {
    points.set(club, record.resultPoints + (adjustmentOf.get(club) ?? 0));
  }
  const names = new Map<ClubId, string>();
  for (const club of options.clubs ?? []) names.set(club.id, club.name);

  const inTable = options.ranked ? new Set(options.ranked) : undefined;
  const ranking = rankClubs(
    [...records.keys()].filter((club) => inTable?.has(club) ?? true),
    rules.tiebreakers,
    {
      records,
      points,
      names,
      decisions: season.decisions,
      sharedPlaces: season.sharedPlaces,
      fairPlay: options.fairPlay ?? {},
      earlierRanks: options.earlierRanks ?? {},
      ...(options.language ? { language: options.language } : {}),
      matches: season.matches,
      pointsForResult: rules.points,
    },
  );

  const rows: StandingRow[] = [];
  const tiesBroken: Explanation[] = [];
  const basis = rules.tiebreakers[0]?.kind;
  let position = 1;
  for (let bandIndex = 0; bandIndex < ranking.bands.length; bandIndex += 1) {
    const band = ranking.bands[bandIndex] ?? [];
    const explanation = ranking.explanations[bandIndex];
    const sharedOn = ranking.sharedOn.get(bandIndex);
    for (const club of band) {
      const record = records.get(club);
      if (!record) throw new Error(`No record for club "${club}"`);
      const clubPoints = points.get(club) ?? record.resultPoints;
      const row: Mutable<StandingRow> = {
        position,
        shared: band.length > 1,
        club,
        name: names.get(club) ?? club,
        played: record.played,
        won: record.won,
        drawn: record.drawn,
        lost: record.lost,
        goalsFor: record.goalsFor,
        goalsAgainst: record.goalsAgainst,
        goalDifference: record.goalsFor - record.goalsAgainst,
        points: clubPoints,
        pointAdjustment: adjustmentOf.get(club) ?? 0,
        pointsPerGame: pointsPerGame(clubPoints, record.played),
        awayGoalsFor: record.awayGoalsFor,
        withdrawn: season.withdrawn.has(club),
      };
      if (explanation && club === band[band.length - 1]) {
        row.explanation = explanation;
        if (explanation.criterion !== basis) tiesBroken.push(explanation);
      }
      if (sharedOn) row.sharedOn = sharedOn;
      rows.push(row);
    }
    position += band.length;
  }

  return {
    rules: rules.name,
    rows,
    tiesBroken,
    rulings: season.rulings,
    warnings: season.warnings,
  };
}
