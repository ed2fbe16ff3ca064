import type { ClubId } from './club.ts';

/**
 * Where a match stands.
 * - `scheduled`, `postponed`: not played; nothing counts.
 * - `played`: the score counts.
 * - `walkover`: not played (W.O.); the awarded score counts.
 * - `abandoned`: stopped; nothing counts unless a score was awarded.
 * - `annulled`: declared void; nothing counts.
 * - `cancelled`: not played, and not to be (called off, or left out when the stage ended); nothing
 *   counts, and nothing waits for it.
 */
export const MATCH_STATUSES = [
  'scheduled',
  'played',
  'walkover',
  'abandoned',
  'annulled',
  'cancelled',
  'postponed',
] as const;

/** One of {@link MATCH_STATUSES}. */
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Goals of the home and the away club. */
export interface Score {
  readonly home: number;
  readonly away: number;
}

/** Which side lost a match by forfeit. */
export type ForfeitSide = 'home' | 'away' | 'both';

/**
 * A match between two clubs. The score on the pitch and an awarded score are kept apart: a ruling
 * or a walkover sets `awarded`, and the played `score` stays on record.
 *
 * @example
 * const match: Match = {
 *   home: 'aurich-canana', away: 'aurora', status: 'played',
 *   score: { home: 2, away: 2 }, date: '1994-01-16', round: 5, neutral: true,
 * };
 */
export interface Match {
  readonly id?: string;
  readonly home: ClubId;
  readonly away: ClubId;
  readonly status: MatchStatus;
  /** The score after normal time as played (for an abandoned match: when it stopped). */
  readonly score?: Score;
  /** The score after extra time, goals of normal time included. */
  readonly extraTime?: Score;
  /** The penalty shoot-out, apart from the score. */
  readonly penalties?: Score;
  /** The score the organiser awarded (walkover, forfeit, ruling); it counts instead of `score`. */
  readonly awarded?: Score;
  /** Who forfeited, for a walkover or an awarded match. */
  readonly forfeitedBy?: ForfeitSide;
  /** ISO date, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Kick-off, local time at the venue, `HH:MM`. */
  readonly time?: string;
  /** The ground, where the record or the calendar names it. */
  readonly venue?: string;
  /** The round (Spanish *fecha*) the match belongs to, from 1. */
  readonly round?: number;
  /** Played at a ground of neither club: no home advantage, no away goals. */
  readonly neutral?: boolean;
  /** Who scored, where known. */
  readonly goals?: readonly Goal[];
}

/**
 * A goal: the side it counts for and who scored it. An own goal counts for `side` but was scored
 * by a player of the other club.
 */
export interface Goal {
  readonly side: 'home' | 'away';
  readonly player: string;
  readonly minute?: number;
  readonly penalty?: boolean;
  readonly ownGoal?: boolean;
}

/**
 * The score that counts for a match: the awarded one where there is one (`match.awarded`), else
 * the score as played, after extra time; `undefined` when nothing counts (not played, annulled,
 * abandoned without an awarded score).
 *
 * @example
 * countedScore({ home: 'a', away: 'b', status: 'walkover', awarded: { home: 3, away: 0 } })
 * //=> { home: 3, away: 0 }
 */
export function countedScore(match: Match): Score | undefined {
  if (match.awarded) return match.awarded;
  switch (match.status) {
    case 'played': {
      const score = match.extraTime ?? match.score;
      if (!score) throw new Error(`Played match ${describeMatch(match)} has no score`);
      return score;
    }
    case 'walkover':
      throw new Error(`Walkover ${describeMatch(match)} has no awarded score`);
    default:
      return undefined;
  }
}

/**
 * A short human description of a match, for messages.
 *
 * @example
 * describeMatch({ home: 'Aurora', away: 'CNI', status: 'played', score: { home: 1, away: 0 }, date: '1994-01-05' })
 * //=> 'Aurora v CNI (1994-01-05)'
 */
export function describeMatch(match: Match): string {
  return `${match.home} v ${match.away}${match.date ? ` (${match.date})` : ''}`;
}

/**
 * A match without what was played: its score, extra time, shoot-out, awarded score, forfeit and
 * goals; its clubs, day, ground and status stay.
 *
 * @example
 * withoutResult({ home: 'a', away: 'b', status: 'played', score: { home: 1, away: 0 } })
 * //=> { home: 'a', away: 'b', status: 'played' }
 */
export function withoutResult(match: Match): Match {
  const {
    score: _score,
    extraTime: _extraTime,
    penalties: _penalties,
    awarded: _awarded,
    forfeitedBy: _forfeitedBy,
    goals: _goals,
    ...rest
  } = match;
  return rest;
}
