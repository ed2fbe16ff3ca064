import type { ClubId } from '../model/club.ts';
import type { PointsForResult, Tiebreaker } from '../model/rule-set.ts';
import { type CountedMatch, tallyMatches } from './club-record.ts';
import {
  CRITERION_WORDING,
  type CriterionValue,
  type CriterionWording,
  compareNames,
  evaluateCriterion,
  evaluateHeadToHead,
  findDecision,
  type ValueContext,
} from './tiebreaker-values.ts';

/**
 * Why one club ranks above the next: the criterion that separated them, both values, and what they
 * were level on before it.
 */
export interface Separation {
  /** The tiebreaker kind; `headToHead.points` and the like for a head-to-head criterion. */
  readonly criterion: string;
  /** What the two clubs were level on before this criterion. */
  readonly levelOn: readonly string[];
  /** "goal average 1.795 to 1.667"; "the play-off (Juan Aurich 1-0 U.P.A.O.)". */
  readonly ahead: string;
  /** For a head-to-head criterion: the clubs whose matches made the mini-league. */
  readonly among?: readonly ClubId[];
}

/** Clubs in order: bands of clubs that share a place, and why each band is above the next. */
export interface Ranking {
  readonly bands: readonly (readonly ClubId[])[];
  /** `separations[i]` is why `bands[i]` ranks above `bands[i + 1]`. */
  readonly separations: readonly Separation[];
  /** For each band, what its clubs are level on (useful when a band is shared). */
  readonly bandLevelOn: readonly (readonly string[])[];
}

/** What ranking needs besides the chain. @internal */
export interface RankContext extends ValueContext {
  readonly matches: readonly CountedMatch[];
  /** Sets of clubs that a ruling ranks level: once the chain has them alone, they share. */
  readonly sharedPlaces: readonly (readonly ClubId[])[];
  readonly pointsForResult: PointsForResult;
}

/**
 * Ranks clubs by an ordered tiebreaker chain. Each criterion splits only the clubs that all earlier
 * ones left level; a head-to-head step builds a mini-league of the matches among the level clubs
 * (re-applied to a still-level subset when the rules say so). Clubs that nothing separates share a
 * band, listed by name.
 * @internal
 */
export function rankClubs(
  clubs: readonly ClubId[],
  chain: readonly Tiebreaker[],
  context: RankContext,
): Ranking {
  const bands: ClubId[][] = [];
  const separations: Separation[] = [];
  const bandLevelOn: string[][] = [];
  let pending: Separation | undefined;

  const emitBand = (band: readonly ClubId[], levelOn: readonly string[]): void => {
    if (bands.length > 0) {
      if (!pending) throw new Error('Two bands of a ranking without a separation between them');
      separations.push(pending);
    }
    pending = undefined;
    bands.push(
      band.length > 1 ? [...band].sort((a, b) => compareNames(nameOf(a), nameOf(b))) : [...band],
    );
    bandLevelOn.push([...levelOn]);
  };
  const nameOf = (club: ClubId): string => context.names.get(club) ?? club;
  // Head-to-head steps look only at the matches of the level clubs: index them once, on demand.
  let byClub: Map<ClubId, CountedMatch[]> | undefined;
  const matchesAmong = (clubs: readonly ClubId[]): CountedMatch[] => {
    if (!byClub) {
      byClub = new Map();
      for (const match of context.matches) {
        for (const club of [match.home, match.away]) {
          const list = byClub.get(club);
          if (list) list.push(match);
          else byClub.set(club, [match]);
        }
      }
    }
    const among = new Set(clubs);
    const found: CountedMatch[] = [];
    for (const club of clubs) {
      for (const match of byClub.get(club) ?? []) {
        // Each match is found from both clubs: keep it once, from its home club.
        if (match.home === club && among.has(match.away)) found.push(match);
      }
    }
    return found;
  };
  const isSharedPlace = (clubs: readonly ClubId[]): boolean =>
    context.sharedPlaces.some(
      (shared) => shared.length === clubs.length && clubs.every((club) => shared.includes(club)),
    );

  /** Splits clubs by their values, best first, and hands each group to `next`. */
  const split = (
    clubs: readonly ClubId[],
    values: ReadonlyMap<ClubId, CriterionValue>,
    criterion: string,
    wording: CriterionWording,
    levelOn: readonly string[],
    next: (group: readonly ClubId[], levelOn: readonly string[]) => void,
    describeAhead: (upper: number, lower: number) => string,
    among?: readonly ClubId[],
  ): void => {
    const groups = groupByKey(clubs, values);
    groups.forEach((group, index) => {
      const value = valueAt(values, group);
      if (index > 0) {
        const upper = valueAt(values, groups[index - 1] ?? []);
        pending = {
          criterion,
          levelOn,
          ahead: describeAhead(upper, value),
          ...(among ? { among } : {}),
        };
      }
      const fact = wording.fact(value);
      next(group, fact === '' ? levelOn : [...levelOn, fact]);
    });
  };

  const rankFrom = (clubs: readonly ClubId[], step: number, levelOn: readonly string[]): void => {
    const tiebreaker = chain[step];
    if (clubs.length <= 1 || !tiebreaker || (step > 0 && isSharedPlace(clubs))) {
      emitBand(clubs, levelOn);
      return;
    }
    if (tiebreaker.kind === 'headToHead') {
      rankHeadToHead(clubs, tiebreaker, step, levelOn);
      return;
    }
    const kind = tiebreaker.kind;
    const wording = CRITERION_WORDING[kind];
    const values = evaluateCriterion(kind, clubs, context);
    split(
      clubs,
      values,
      kind,
      wording,
      levelOn,
      (group, next) => rankFrom(group, step + 1, next),
      (upper, lower) => describeAhead(kind, wording, upper, lower, clubs),
    );
  };

  const rankHeadToHead = (
    clubs: readonly ClubId[],
    tiebreaker: Extract<Tiebreaker, { kind: 'headToHead' }>,
    step: number,
    levelOn: readonly string[],
  ): void => {
    const mini = tallyMatches(matchesAmong(clubs), clubs, context.pointsForResult, true);
    const byCriterion = (
      group: readonly ClubId[],
      index: number,
      facts: readonly string[],
    ): void => {
      const criterion = tiebreaker.criteria[index];
      if (group.length <= 1) {
        emitBand(group, facts);
        return;
      }
      if (!criterion) {
        if (tiebreaker.reapply && group.length < clubs.length) {
          // A new mini-league of their own matches: what they were level on in the larger one
          // no longer describes the comparison, so start again from the facts before it.
          rankHeadToHead(group, tiebreaker, step, levelOn);
        } else {
          rankFrom(group, step + 1, facts);
        }
        return;
      }
      const key = `headToHead.${criterion}` as const;
      const wording = CRITERION_WORDING[key];
      split(
        group,
        evaluateHeadToHead(criterion, group, mini),
        key,
        wording,
        facts,
        (next, nextFacts) => byCriterion(next, index + 1, nextFacts),
        (upper, lower) => `${wording.label} ${wording.show(upper, 0)} to ${wording.show(lower, 0)}`,
        clubs,
      );
    };
    byCriterion(clubs, 0, levelOn);
  };

  const describeAhead = (
    kind: Exclude<Tiebreaker['kind'], 'headToHead'>,
    wording: CriterionWording,
    upper: number,
    lower: number,
    clubs: readonly ClubId[],
  ): string => {
    if (kind === 'alphabetical') return 'alphabetical order';
    if (kind === 'playOff' || kind === 'drawingOfLots') {
      const decision = findDecision(kind, clubs, context.decisions);
      const detail = [decision?.result, decision?.date].filter(Boolean).join(', ');
      return `${wording.label}${detail ? ` (${detail})` : ''}`;
    }
    const [a, b] = showDistinct(wording, upper, lower);
    return `${wording.label} ${a} to ${b}`;
  };

  // Start from the order of names, so that nothing depends on the order of the results.
  rankFrom(
    [...clubs].sort((a, b) => compareNames(nameOf(a), nameOf(b))),
    0,
    [],
  );
  return { bands, separations, bandLevelOn };
}

/** Groups clubs with equal keys, best key first. @internal */
function groupByKey(
  clubs: readonly ClubId[],
  values: ReadonlyMap<ClubId, CriterionValue>,
): ClubId[][] {
  // Infinity - Infinity is NaN: `|| 0` keeps two infinite keys level.
  const sorted = [...clubs].sort((a, b) => keyOf(values, b) - keyOf(values, a) || 0);
  const groups: ClubId[][] = [];
  let last: number | undefined;
  for (const club of sorted) {
    const key = keyOf(values, club);
    const current = groups[groups.length - 1];
    if (current && key === last) current.push(club);
    else groups.push([club]);
    last = key;
  }
  return groups;
}

/** @internal */
function keyOf(values: ReadonlyMap<ClubId, CriterionValue>, club: ClubId): number {
  const value = values.get(club);
  if (!value) throw new Error(`No tiebreaker value for club "${club}"`);
  return value.key;
}

/** @internal */
function valueAt(values: ReadonlyMap<ClubId, CriterionValue>, group: readonly ClubId[]): number {
  const first = group[0];
  const value = first === undefined ? undefined : values.get(first);
  if (!value) throw new Error('Empty group in a ranking');
  return value.value;
}

/**
 * Shows two different values so that they read differently: ratios get more decimals until they do.
 * @internal
 */
function showDistinct(wording: CriterionWording, upper: number, lower: number): [string, string] {
  if (!wording.ratio) return [wording.show(upper, 0), wording.show(lower, 0)];
  for (let decimals = 3; decimals < 12; decimals += 1) {
    const a = wording.show(upper, decimals);
    const b = wording.show(lower, decimals);
    if (a !== b) return [a, b];
  }
  return [wording.show(upper, 12), wording.show(lower, 12)];
}
