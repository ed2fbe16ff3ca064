/**
 * @module What sources write beside a score: extra time, penalties, awarded results, walkovers.
 */
import type { ForfeitSide, Score } from '#core/model/match.ts';

/** What the notes beside a score say. */
export interface ScoreNotes {
  readonly extraTime: boolean;
  readonly penalties?: Score;
  /** An awarded score, printed as `[awarded 3-0]`, or the score itself when marked `awd`/`w/o`. */
  readonly awarded?: Score;
  /** The score marked as awarded without a score of its own: `awd`, `w/o`, `W.O.`, `[awarded]`. */
  readonly awardedMark: boolean;
  readonly forfeitedBy?: ForfeitSide;
  readonly abandoned: boolean;
  readonly annulled: boolean;
  /** Not played, and not to be: `not played`, `cancelled`, `no jugado`. */
  readonly cancelled: boolean;
  readonly postponed: boolean;
  /** Whatever else the brackets held, as written. */
  readonly rest: readonly string[];
}

const SCORE = /(\d+)\s*[-–:]\s*(\d+)/;

/** @internal */
function scoreOf(text: string): Score | undefined {
  const match = SCORE.exec(text);
  return match ? { home: Number(match[1]), away: Number(match[2]) } : undefined;
}

/**
 * Reads the notes around a score.
 *
 * @example
 * readScoreNotes('[awarded 3-0]').awarded //=> { home: 3, away: 0 }
 * readScoreNotes('aet, 4-3 pen').penalties //=> { home: 4, away: 3 }
 */
export function readScoreNotes(text: string): ScoreNotes {
  const lower = text.toLowerCase();
  let penalties: Score | undefined;
  const penaltyMatch =
    /(\d+)\s*[-–:]\s*(\d+)\s*(?:pen|pens|p\b|on penalties|penales)/.exec(lower) ??
    /(?:pen|penalties|penales)\.?\s*(\d+)\s*[-–:]\s*(\d+)/.exec(lower);
  if (penaltyMatch) penalties = { home: Number(penaltyMatch[1]), away: Number(penaltyMatch[2]) };
  const awardedMatch = /(?:awarded|adjudicado)\s*(?:as\s*)?(\d+\s*[-–:]\s*\d+)/.exec(lower);
  const awarded = awardedMatch ? scoreOf(awardedMatch[1] ?? '') : undefined;
  const awardedMark =
    /\bawd\b|\bw\.?\s*\/?\s*o\.?(?![a-z])|\bawarded\b|\badjudicado\b|\bforfeit/.test(lower);
  const rest = [...text.matchAll(/\[([^\]]*)\]|\(([^)]*)\)/g)]
    .map((found) => (found[1] ?? found[2] ?? '').trim())
    .filter(
      (note) =>
        note !== '' &&
        !/^(a\.?e\.?t\.?|awd|w\.?\/?o\.?|awarded.*|played.*|jugado.*|adjudicado.*|\d+\s*[-–:]\s*\d+.*|.*pen.*|abandoned|annulled|postponed|cancell?ed|not played|prórroga|suspendido|anulado|postergado|no jugado)$/i.test(
          note,
        ),
    );
  return {
    extraTime:
      /\ba\.?\s?e\.?\s?t\b|after extra time|\bextra time\b|\bprórroga\b|\btiempo suplementario\b/.test(
        lower,
      ),
    ...(penalties ? { penalties } : {}),
    ...(awarded ? { awarded } : {}),
    awardedMark,
    abandoned: /\babandoned\b|\bsuspendido\b/.test(lower),
    annulled: /\bannulled\b|\banulado\b/.test(lower),
    cancelled: /\bcancell?ed\b|\bnot played\b|\bno jugado\b|\bno se jug[oó]\b/.test(lower),
    postponed: /\bpostponed\b|\bpostergado\b/.test(lower),
    rest,
  };
}

/** A score seen from the other side: `{ home: 1, away: 2 }` for `{ home: 2, away: 1 }`. */
export function turnedScore(score: Score): Score {
  return { home: score.away, away: score.home };
}

/**
 * Notes written beside a two-legged tie, with the first-named club's goals first, as the return
 * leg (at the other club's ground) takes them: its penalties and awarded score turned round.
 */
export function returnLegNotes(notes: ScoreNotes): ScoreNotes {
  return {
    ...notes,
    ...(notes.penalties ? { penalties: turnedScore(notes.penalties) } : {}),
    ...(notes.awarded ? { awarded: turnedScore(notes.awarded) } : {}),
  };
}

/**
 * A cell that opens with a score (`3–3 (4–2 p)`): the score, and the rest for
 * {@link readScoreNotes}.
 *
 * @example
 * leadingScore('2–1 (a.e.t.)') //=> [{ home: 2, away: 1 }, ' (a.e.t.)']
 */
export function leadingScore(text: string): [Score | undefined, string] {
  const found = /^\s*(\d+)\s*[-–:]\s*(\d+)/.exec(text);
  return found
    ? [{ home: Number(found[1]), away: Number(found[2]) }, text.slice(found[0].length)]
    : [undefined, text];
}
