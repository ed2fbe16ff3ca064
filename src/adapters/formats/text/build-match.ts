import type { ClubId } from '#core/model/club.ts';
import type { Match, Score } from '#core/model/match.ts';
import type { ScoreNotes } from './score-notes.ts';

/** A match as a text line gives it, before it becomes a {@link Match}. */
export interface MatchParts {
  readonly home: ClubId;
  readonly away: ClubId;
  /** The score printed between or after the names; absent for a fixture not played. */
  readonly score?: Score;
  /** The score after 90 minutes, where the line gives it apart from the one after extra time. */
  readonly normalTime?: Score;
  readonly notes: ScoreNotes;
  readonly date?: string;
  readonly round?: number;
}

/**
 * The match a line describes: played, walkover, abandoned, annulled, cancelled (not played),
 * postponed or scheduled, with
 * an awarded score kept apart from the score on the pitch.
 *
 * @example
 * buildMatch({ home: 'a', away: 'b', score: { home: 3, away: 0 }, notes: readScoreNotes('awd') }).status
 * //=> 'walkover'
 */
export function buildMatch(parts: MatchParts): Match {
  const { notes, score } = parts;
  const base: { -readonly [K in keyof Match]: Match[K] } = {
    home: parts.home,
    away: parts.away,
    status: 'scheduled',
  };
  if (parts.date !== undefined) base.date = parts.date;
  if (parts.round !== undefined) base.round = parts.round;
  if (notes.annulled || (notes.cancelled && score)) {
    base.status = 'annulled';
    if (score) base.score = score;
    return base;
  }
  if (notes.cancelled && !score) {
    base.status = 'cancelled';
    return base;
  }
  if (notes.awarded || notes.awardedMark) {
    const awarded = notes.awarded ?? score;
    if (awarded) {
      base.awarded = awarded;
      if (awarded.home !== awarded.away)
        base.forfeitedBy = awarded.home > awarded.away ? 'away' : 'home';
      if (notes.awarded && score && !sameScore(score, notes.awarded)) {
        // Played, then awarded: the score on the pitch stays on record.
        base.status = notes.abandoned ? 'abandoned' : 'played';
        base.score = score;
      } else {
        base.status = notes.abandoned ? 'abandoned' : 'walkover';
      }
      return base;
    }
  }
  if (!score) {
    if (notes.postponed) base.status = 'postponed';
    return base;
  }
  if (notes.abandoned) {
    base.status = 'abandoned';
    base.score = score;
    return base;
  }
  base.status = 'played';
  if (notes.extraTime) {
    base.extraTime = score;
    if (parts.normalTime) base.score = parts.normalTime;
  } else {
    base.score = score;
  }
  if (notes.penalties) base.penalties = notes.penalties;
  return base;
}

/** @internal */
function sameScore(a: Score, b: Score): boolean {
  return a.home === b.home && a.away === b.away;
}
