import type { ClubId } from './club.ts';
import type { ForfeitSide, Score } from './match.ts';
import type { Source } from './source.ts';

/** What every ruling records: when it was taken, why, and who says so. */
interface RulingBase {
  /** ISO date the ruling took effect; a table "as of" an earlier date ignores it. */
  readonly date?: string;
  readonly reason: string;
  /** Who decided: "Comisión de Justicia de la FPF", "the Football League". */
  readonly authority?: string;
  readonly sources?: readonly Source[];
}

/**
 * Points taken from (negative) or given to (positive) a club, outside its results.
 *
 * @example
 * const deduction: PointAdjustment = { kind: 'pointAdjustment', club: 'T-117', points: -19, reason: 'illegal payments' };
 */
export interface PointAdjustment extends RulingBase {
  readonly kind: 'pointAdjustment';
  readonly club: ClubId;
  readonly points: number;
}

/**
 * A club that left the competition. `expunged`: its results are removed and it leaves the table;
 * `kept`: its results stand and it stays in the table; `forfeitRemaining`: its results stand and
 * every match it had not played is a walkover lost 3-0 (Lima departmental bases, art. 21).
 */
export interface Withdrawal extends RulingBase {
  readonly kind: 'withdrawal';
  readonly club: ClubId;
  readonly results: 'expunged' | 'kept' | 'forfeitRemaining';
}

/**
 * One club takes over another's record: every result of `from` counts for `to`.
 * (Port Vale took over Leeds City's record in the 1919-20 Second Division.)
 */
export interface RecordTransfer extends RulingBase {
  readonly kind: 'recordTransfer';
  readonly from: ClubId;
  readonly to: ClubId;
}

/** Names one match: by id, or by its clubs (and date where they met more than once). */
export interface MatchRef {
  readonly id?: string;
  readonly home?: ClubId;
  readonly away?: ClubId;
  readonly date?: string;
}

/**
 * A result decided at the table: the awarded score counts instead of the played one, which is kept.
 */
export interface AwardedResult extends RulingBase {
  readonly kind: 'awardedResult';
  readonly match: MatchRef;
  readonly score: Score;
  readonly forfeitedBy?: ForfeitSide;
}

/**
 * A decision outside the table between clubs level in it: a play-off match or a drawing of lots.
 * `order` lists the clubs it ranked, best first; clubs of `clubs` not in `order` stay level after it.
 * (Tacna 2014: lots named the champion among three clubs; a play-off then ranked the other two.)
 */
export interface TableDecision extends RulingBase {
  readonly kind: 'playOff' | 'drawingOfLots';
  readonly clubs: readonly ClubId[];
  readonly order: readonly ClubId[];
  /** The play-off's result, for the explanation ("won the play-off 1-0"). */
  readonly result?: string;
}

/**
 * Clubs that the competition ranks level, sharing one place, where the tiebreakers would otherwise
 * separate them (the published 1954-55 Third Division South has Brentford and Norwich City both
 * 11th on an equal goal average).
 */
export interface SharedPlace extends RulingBase {
  readonly kind: 'sharedPlace';
  readonly clubs: readonly ClubId[];
}

/** A ruling: a dated, sourced decision that changes what the results alone would give. */
export type Ruling =
  | PointAdjustment
  | Withdrawal
  | RecordTransfer
  | AwardedResult
  | TableDecision
  | SharedPlace;

/**
 * Whether a ruling is about clubs of a set: the club it adjusts or withdraws, the club whose record
 * moves, both clubs of an awarded match it names, or every club of a decision.
 *
 * @example
 * rulingConcerns({ kind: 'pointAdjustment', club: 'a', points: -3, reason: 'W.O.' }, new Set(['a'])) //=> true
 */
export function rulingConcerns(ruling: Ruling, clubs: { has(club: ClubId): boolean }): boolean {
  switch (ruling.kind) {
    case 'pointAdjustment':
    case 'withdrawal':
      return clubs.has(ruling.club);
    case 'recordTransfer':
      return clubs.has(ruling.from);
    case 'awardedResult':
      return (
        (ruling.match.home === undefined || clubs.has(ruling.match.home)) &&
        (ruling.match.away === undefined || clubs.has(ruling.match.away))
      );
    default:
      return ruling.clubs.every((club) => clubs.has(club));
  }
}
