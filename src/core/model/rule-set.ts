import type { Source } from './source.ts';

/** A criterion of the mini-league among clubs level in the table. */
export type HeadToHeadCriterion =
  | 'points'
  | 'goalDifference'
  | 'goalsFor'
  | 'awayGoalsFor'
  | 'wins';

/**
 * One step of the ordered chain that ranks clubs. The first step is the ranking basis (points, or
 * points per game); each later step separates only clubs that every earlier step left level.
 */
export type Tiebreaker =
  | { readonly kind: 'points' }
  | { readonly kind: 'pointsPerGame' }
  | { readonly kind: 'goalDifference' }
  /** Goals for divided by goals against; a club that conceded none ranks above any average. */
  | { readonly kind: 'goalAverage' }
  | { readonly kind: 'goalsFor' }
  /** Fewer goals conceded ranks higher. */
  | { readonly kind: 'goalsAgainst' }
  | { readonly kind: 'awayGoalsFor' }
  | { readonly kind: 'wins' }
  | { readonly kind: 'awayWins' }
  /**
   * The mini-league of the matches among the level clubs, its criteria in order. With `reapply`, a
   * subset still level after every criterion gets a mini-league of its own matches before the chain
   * moves on.
   */
  | {
      readonly kind: 'headToHead';
      readonly criteria: readonly HeadToHeadCriterion[];
      readonly reapply: boolean;
    }
  /** Fewer fair-play points (cards) ranks higher. */
  | { readonly kind: 'fairPlay' }
  /** The rank of each club in an earlier table (a first phase), better rank higher. */
  | { readonly kind: 'earlierRank' }
  /** A recorded play-off outside the table. */
  | { readonly kind: 'playOff' }
  /** A recorded drawing of lots; never drawn at compute time. */
  | { readonly kind: 'drawingOfLots' }
  /** The order of names, where a competition lists level clubs so. */
  | { readonly kind: 'alphabetical' };

/** The kind of a tiebreaker. */
export type TiebreakerKind = Tiebreaker['kind'];

/** Points a club gets for a result. */
export interface PointsForResult {
  readonly win: number;
  readonly draw: number;
  readonly loss: number;
}

/**
 * The rules that turn results into a table. A rule set is data: presets build them, and an edition
 * or a stage may carry its own.
 *
 * @example
 * const rules: RuleSet = {
 *   name: 'copa-peru 1993',
 *   points: { win: 2, draw: 1, loss: 0 },
 *   tiebreakers: [{ kind: 'points' }, { kind: 'goalDifference' }, { kind: 'goalsFor' }],
 *   awardedGoalsCount: true,
 *   walkoverDeduction: 0,
 * };
 */
export interface RuleSet {
  readonly name: string;
  readonly points: PointsForResult;
  readonly tiebreakers: readonly Tiebreaker[];
  /** Whether the goals of an awarded score count in goals for and against (the win always counts). */
  readonly awardedGoalsCount: boolean;
  /** Points deducted from a club that forfeits a match, on top of losing it. */
  readonly walkoverDeduction: number;
  readonly sources?: readonly Source[];
}
