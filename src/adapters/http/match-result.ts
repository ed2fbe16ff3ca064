import type { z } from 'zod';
import { InputError, makeIssue } from '#core/errors.ts';
import { type Match, withoutResult } from '#core/model/match.ts';
import type { ResultBodySchema } from './body-schemas.ts';

/** @module A result as the API and the editor's page enter it. */

/** @internal */
function toScore(value: string | { home: number; away: number } | undefined) {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const [home = 0, away = 0] = value.split(/[-–]/).map((part) => Number(part.trim()));
  return { home, away };
}

/** A match with a result entered; what is not given is left as it was, the played score kept. @internal */
export function withResult(match: Match, input: z.infer<typeof ResultBodySchema>): Match {
  const score = toScore(input.score);
  const awarded = toScore(input.awarded);
  const extraTime = toScore(input.extraTime);
  const penalties = toScore(input.penalties);
  const status = input.status ?? (awarded ? 'walkover' : score ? 'played' : match.status);
  if (status === 'played' && !score && !match.score && !extraTime) {
    throw new InputError([makeIssue('result', 'body.score', 'a score for a played match', 'none')]);
  }
  if (status === 'walkover' && !awarded && !match.awarded) {
    throw new InputError([
      makeIssue('result', 'body.awarded', 'an awarded score for a walkover', 'none'),
    ]);
  }
  // A match to play, postponed or not to be played has no result: one it had goes (the audit log
  // keeps it).
  const kept =
    status === 'scheduled' || status === 'postponed' || status === 'cancelled'
      ? withoutResult(match)
      : match;
  return {
    ...kept,
    status,
    ...(score ? { score } : {}),
    ...(extraTime ? { extraTime } : {}),
    ...(penalties ? { penalties } : {}),
    ...(awarded ? { awarded } : {}),
    ...(input.forfeitedBy ? { forfeitedBy: input.forfeitedBy } : {}),
    ...(input.goals ? { goals: input.goals.map((goal) => dropUndefinedKeys(goal)) } : {}),
  };
}

/** An object without its undefined keys (optional fields as the model wants them). */
export function dropUndefinedKeys<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
