import { NotFoundError } from '../errors.ts';
import type { ClubId } from '../model/club.ts';
import { countedScore, describeMatch, type Match } from '../model/match.ts';
import type { RuleSet } from '../model/rule-set.ts';
import type {
  AwardedResult,
  MatchRef,
  PointAdjustment,
  Ruling,
  TableDecision,
} from '../model/ruling.ts';
import type { CountedMatch } from './club-record.ts';

/** A moment of a season: the end of a date or of a round. */
export interface AsOf {
  /** ISO date `YYYY-MM-DD`: matches and rulings after it are left out. */
  readonly date?: string;
  /** Round number: matches of later rounds are left out. */
  readonly round?: number;
}

/**
 * What a table is computed from once rulings are applied.
 * @internal
 */
export interface RuledSeason {
  /** The rulings in force by the as-of date. */
  readonly rulings: readonly Ruling[];
  readonly matches: readonly CountedMatch[];
  /**
   * Clubs in the table besides those of `matches`: registered clubs, and clubs whose matches have
   * no result yet (withdrawn clubs with expunged results are in neither).
   */
  readonly clubs: readonly ClubId[];
  readonly adjustments: readonly PointAdjustment[];
  readonly decisions: readonly TableDecision[];
  /** Sets of clubs the competition ranks level. */
  readonly sharedPlaces: readonly (readonly ClubId[])[];
  readonly withdrawn: ReadonlySet<ClubId>;
  readonly warnings: readonly string[];
}

/**
 * Applies rulings to results: awarded scores replace played ones, record transfers move results to
 * the club that took them over, expunged clubs leave with their results, walkovers cost the
 * forfeiting club the rules' extra deduction; then keeps what happened by `asOf`.
 * @internal
 */
export function applyRulings(
  matches: readonly Match[],
  rulings: readonly Ruling[],
  rules: RuleSet,
  registered: readonly ClubId[],
  asOf: AsOf | undefined,
): RuledSeason {
  const inForce =
    asOf?.date === undefined ? rulings : rulings.filter((ruling) => isByDate(ruling.date, asOf));
  const warnings: string[] = [];

  let current: readonly Match[] = matches;
  for (const ruling of inForce) {
    if (ruling.kind === 'awardedResult') current = awardResult(current, ruling);
  }
  if (asOf?.date !== undefined || asOf?.round !== undefined) {
    current = current.filter((match) => isByDate(match.date, asOf) && isByRound(match.round, asOf));
  }

  const renamed = new Map<ClubId, ClubId>();
  for (const ruling of inForce) {
    if (ruling.kind === 'recordTransfer') renamed.set(ruling.from, ruling.to);
  }
  const rename = (club: ClubId): ClubId => {
    let target = club;
    const seen = new Set<ClubId>();
    while (renamed.has(target) && !seen.has(target)) {
      seen.add(target);
      target = renamed.get(target) ?? target;
    }
    return target;
  };

  const expunged = new Set<ClubId>();
  const withdrawn = new Set<ClubId>();
  const forfeiting = new Set<ClubId>();
  for (const ruling of inForce) {
    if (ruling.kind !== 'withdrawal') continue;
    withdrawn.add(rename(ruling.club));
    if (ruling.results === 'expunged') expunged.add(rename(ruling.club));
    if (ruling.results === 'forfeitRemaining') forfeiting.add(rename(ruling.club));
  }
  if (forfeiting.size > 0)
    current = current.map((match) => forfeitUnplayed(match, forfeiting, rename));

  const clubs = new Set<ClubId>();
  for (const club of registered) clubs.add(rename(club));
  const counted: CountedMatch[] = [];
  const adjustments: PointAdjustment[] = [];
  for (const match of current) {
    const home = renamed.size === 0 ? match.home : rename(match.home);
    const away = renamed.size === 0 ? match.away : rename(match.away);
    if (expunged.size > 0 && (expunged.has(home) || expunged.has(away))) continue;
    const score = countedScore(match);
    if (!score) {
      clubs.add(home);
      clubs.add(away);
      continue;
    }
    const awarded = match.awarded !== undefined;
    counted.push({
      home,
      away,
      homeGoals: score.home,
      awayGoals: score.away,
      goalsCount: !awarded || rules.awardedGoalsCount,
      neutral: match.neutral === true,
    });
    if (awarded && match.forfeitedBy && rules.walkoverDeduction !== 0) {
      const offenders =
        match.forfeitedBy === 'both' ? [home, away] : [match.forfeitedBy === 'home' ? home : away];
      for (const club of offenders) {
        adjustments.push({
          kind: 'pointAdjustment',
          club,
          points: -rules.walkoverDeduction,
          reason: `forfeited ${describeMatch(match)}`,
          ...(match.date ? { date: match.date } : {}),
        });
      }
    }
  }
  for (const club of expunged) clubs.delete(club);

  for (const ruling of inForce) {
    if (ruling.kind !== 'pointAdjustment') continue;
    const club = rename(ruling.club);
    if (expunged.has(club)) continue;
    if (!clubs.has(club) && !counted.some((match) => match.home === club || match.away === club)) {
      warnings.push(
        `A point adjustment of ${ruling.points} for "${ruling.club}" was left out: the club is not in this table`,
      );
      continue;
    }
    adjustments.push(club === ruling.club ? ruling : { ...ruling, club });
  }

  const decisions = inForce
    .filter(
      (ruling): ruling is TableDecision =>
        ruling.kind === 'playOff' || ruling.kind === 'drawingOfLots',
    )
    .map((decision) => ({
      ...decision,
      clubs: decision.clubs.map(rename),
      order: decision.order.map(rename),
    }));

  const sharedPlaces = inForce
    .filter((ruling) => ruling.kind === 'sharedPlace')
    .map((ruling) => ruling.clubs.map(rename));

  return {
    rulings: inForce,
    matches: counted,
    sharedPlaces,
    clubs: [...clubs],
    adjustments,
    decisions,
    withdrawn: new Set([...withdrawn].filter((club) => !expunged.has(club))),
    warnings,
  };
}

/**
 * A match a withdrawn club had not played, as a walkover it lost 3-0 (both lost 0-0 when both
 * withdrew).
 * @internal
 */
function forfeitUnplayed(
  match: Match,
  forfeiting: ReadonlySet<ClubId>,
  rename: (club: ClubId) => ClubId,
): Match {
  if (match.status !== 'scheduled' && match.status !== 'postponed') return match;
  const home = forfeiting.has(rename(match.home));
  const away = forfeiting.has(rename(match.away));
  if (!home && !away) return match;
  const forfeitedBy = home && away ? 'both' : home ? 'home' : 'away';
  const awarded =
    forfeitedBy === 'both'
      ? { home: 0, away: 0 }
      : home
        ? { home: 0, away: 3 }
        : { home: 3, away: 0 };
  return { ...match, status: 'walkover', awarded, forfeitedBy };
}

/** @internal */
function isByDate(date: string | undefined, asOf: AsOf | undefined): boolean {
  return asOf?.date === undefined || date === undefined || date <= asOf.date;
}

/** @internal */
function isByRound(round: number | undefined, asOf: AsOf | undefined): boolean {
  return asOf?.round === undefined || round === undefined || round <= asOf.round;
}

/** @internal */
function awardResult(matches: readonly Match[], ruling: AwardedResult): Match[] {
  const index = matches.findIndex((match) => isMatch(match, ruling.match));
  const match = matches[index];
  if (!match) throw new NotFoundError('match', describeRef(ruling.match), { hint: ruling.reason });
  const awarded: Match = {
    ...match,
    status: match.status === 'played' || match.status === 'abandoned' ? match.status : 'walkover',
    awarded: ruling.score,
    ...(ruling.forfeitedBy ? { forfeitedBy: ruling.forfeitedBy } : {}),
  };
  return matches.map((other, i) => (i === index ? awarded : other));
}

/** @internal */
function isMatch(match: Match, ref: MatchRef): boolean {
  if (ref.id !== undefined) return match.id === ref.id;
  return (
    (ref.home === undefined || match.home === ref.home) &&
    (ref.away === undefined || match.away === ref.away) &&
    (ref.date === undefined || match.date === ref.date)
  );
}

/** @internal */
function describeRef(ref: MatchRef): string {
  if (ref.id !== undefined) return ref.id;
  return `${ref.home ?? '?'} v ${ref.away ?? '?'}${ref.date ? ` (${ref.date})` : ''}`;
}
