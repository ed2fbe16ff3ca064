import type { Match, Score } from './match.ts';

/** A result as entered: the score after normal time, and extra time and penalties if played. */
export interface ResultEntry {
  readonly score: Score;
  readonly extraTime?: Score;
  readonly penalties?: Score;
}

/**
 * The match with its result entered: played, with the score (and extra time and penalties where
 * given); everything else about the match is kept. The match given is not changed.
 *
 * @example
 * recordResult({ home: 'Aurora', away: 'CNI', status: 'scheduled', round: 2 }, { score: { home: 1, away: 0 } })
 * //=> { home: 'Aurora', away: 'CNI', status: 'played', round: 2, score: { home: 1, away: 0 } }
 */
export function recordResult(match: Match, entry: ResultEntry): Match {
  if (match.home === match.away) throw new Error(`A club cannot play itself: ${match.home}`);
  const played: { -readonly [K in keyof Match]: Match[K] } = {
    home: match.home,
    away: match.away,
    status: 'played',
  };
  if (match.id !== undefined) played.id = match.id;
  if (match.date !== undefined) played.date = match.date;
  if (match.round !== undefined) played.round = match.round;
  if (match.neutral !== undefined) played.neutral = match.neutral;
  played.score = entry.score;
  if (entry.extraTime) played.extraTime = entry.extraTime;
  if (entry.penalties) played.penalties = entry.penalties;
  return played;
}
