import type { ClubId } from '../model/club.ts';
import type { HeadToHeadCriterion, PointsForResult, Tiebreaker } from '../model/rule-set.ts';
import { type ClubRecord, type CountedMatch, tallyMatches } from './club-record.ts';
import {
  type CriterionKey,
  type CriterionWording,
  compareNames,
  criterionWording,
  evaluateCriterion,
  evaluateHeadToHead,
  findDecision,
  type Language,
  type ScoredClub,
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
  /** For a head-to-head criterion: the clubs whose matches made the mini-league, by name. */
  readonly among?: readonly ClubId[];
}

/** Why a club stands where it does relative to the club below it. */
export interface Explanation extends Separation {
  /** The club just below. */
  readonly below: ClubId;
  /** The sentence: "level on 40 points; ahead on goal average 1.795 to 1.667". */
  readonly text: string;
}

/** Clubs in order: bands of clubs that share a place, and why each band is above the next. */
export interface Ranking {
  readonly bands: readonly (readonly ClubId[])[];
  /** `explanations[i]` is why the last club of `bands[i]` ranks above the first of `bands[i + 1]`. */
  readonly explanations: readonly Explanation[];
  /** What the clubs of each shared band are level on, by band index. */
  readonly sharedOn: ReadonlyMap<number, readonly string[]>;
}

/** What ranking needs besides the chain. @internal */
export interface RankContext extends ValueContext {
  /** The language explanations are written in (English). */
  readonly language?: Language;
  readonly matches: readonly CountedMatch[];
  /** Sets of clubs that a ruling ranks level: once the chain has them alone, they share. */
  readonly sharedPlaces: readonly (readonly ClubId[])[];
  readonly pointsForResult: PointsForResult;
}

type HeadToHead = Extract<Tiebreaker, { kind: 'headToHead' }>;

/**
 * What a group of clubs is level on so far, newest first. Facts become words only when a
 * separation or a shared place shows them: most never do.
 * @internal
 */
interface Level {
  readonly parent: Level | undefined;
  readonly wording: CriterionWording;
  readonly value: number;
}

/** @internal */
function factsOf(level: Level | undefined): string[] {
  const facts: string[] = [];
  for (let at = level; at; at = at.parent) {
    const fact = at.wording.fact(at.value);
    if (fact !== '') facts.push(fact);
  }
  return facts.reverse();
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
  const ranker = new Ranker(chain, context);
  // Start from the order of names, so that nothing depends on the order of the results.
  ranker.rankFrom(
    [...clubs].sort((a, b) => compareNames(ranker.nameOf(a), ranker.nameOf(b))),
    0,
    undefined,
  );
  return { bands: ranker.bands, explanations: ranker.explanations, sharedOn: ranker.sharedOn };
}

/**
 * The state of one ranking as the chain walks down it: bands emitted so far, and the separation
 * waiting for the next band.
 * @internal
 */
class Ranker {
  readonly bands: ClubId[][] = [];
  readonly explanations: Explanation[] = [];
  readonly sharedOn = new Map<number, readonly string[]>();
  #pending: Separation | undefined;
  readonly #words: Record<CriterionKey, CriterionWording>;
  readonly #language: Language;
  /** Each club's home matches, for head-to-head steps; built on the first one. */
  #homeMatches: Map<ClubId, CountedMatch[]> | undefined;

  constructor(
    private readonly chain: readonly Tiebreaker[],
    private readonly context: RankContext,
  ) {
    this.#language = context.language ?? 'en';
    this.#words = criterionWording(this.#language);
  }

  nameOf(club: ClubId): string {
    return this.context.names.get(club) ?? club;
  }

  rankFrom(clubs: readonly ClubId[], step: number, level: Level | undefined): void {
    const tiebreaker = this.chain[step];
    if (clubs.length <= 1 || !tiebreaker || (step > 0 && this.#isSharedPlace(clubs))) {
      this.#emitBand(clubs, level);
      return;
    }
    if (tiebreaker.kind === 'headToHead') {
      this.#rankHeadToHead(clubs, tiebreaker, step, level);
      return;
    }
    const kind = tiebreaker.kind;
    const wording = this.#words[kind];
    const groups = groupByKey(evaluateCriterion(kind, clubs, this.context));
    for (let index = 0; index < groups.length; index += 1) {
      const group = groups[index] as ScoredGroup;
      if (index > 0) {
        const upper = (groups[index - 1] as ScoredGroup).value;
        this.#pending = {
          criterion: kind,
          levelOn: factsOf(level),
          ahead: this.#describeAhead(kind, wording, upper, group.value, clubs),
        };
      }
      this.rankFrom(group.clubs, step + 1, { parent: level, wording, value: group.value });
    }
  }

  #rankHeadToHead(
    clubs: readonly ClubId[],
    tiebreaker: HeadToHead,
    step: number,
    level: Level | undefined,
  ): void {
    const mini = tallyMatches(this.#matchesAmong(clubs), clubs, this.context.pointsForResult, true);
    this.#byHeadToHeadCriterion(clubs, mini, clubs, tiebreaker, step, 0, level, level);
  }

  #byHeadToHeadCriterion(
    group: readonly ClubId[],
    mini: ReadonlyMap<ClubId, ClubRecord>,
    among: readonly ClubId[],
    tiebreaker: HeadToHead,
    step: number,
    index: number,
    before: Level | undefined,
    level: Level | undefined,
  ): void {
    if (group.length <= 1) {
      this.#emitBand(group, level);
      return;
    }
    const criterion: HeadToHeadCriterion | undefined = tiebreaker.criteria[index];
    if (!criterion) {
      if (tiebreaker.reapply && group.length < among.length) {
        // A new mini-league of their own matches: what they were level on in the larger one no
        // longer describes the comparison, so start again from the facts before it.
        this.#rankHeadToHead(group, tiebreaker, step, before);
      } else {
        this.rankFrom(group, step + 1, level);
      }
      return;
    }
    const key = `headToHead.${criterion}` as const;
    const wording = this.#words[key];
    const groups = groupByKey(evaluateHeadToHead(criterion, group, mini));
    for (let at = 0; at < groups.length; at += 1) {
      const next = groups[at] as ScoredGroup;
      if (at > 0) {
        const upper = (groups[at - 1] as ScoredGroup).value;
        this.#pending = {
          criterion: key,
          levelOn: factsOf(level),
          ahead: `${wording.label} ${wording.show(upper, 0)} ${CONNECTIVES[this.#language].to} ${wording.show(next.value, 0)}`,
          among,
        };
      }
      this.#byHeadToHeadCriterion(next.clubs, mini, among, tiebreaker, step, index + 1, before, {
        parent: level,
        wording,
        value: next.value,
      });
    }
  }

  #emitBand(band: readonly ClubId[], level: Level | undefined): void {
    const sorted =
      band.length > 1
        ? [...band].sort((a, b) => compareNames(this.nameOf(a), this.nameOf(b)))
        : [...band];
    const first = sorted[0];
    if (this.bands.length > 0 && first !== undefined) {
      const separation = this.#pending;
      if (!separation) throw new Error('Two bands of a ranking without a separation between them');
      const explanation: { -readonly [K in keyof Explanation]: Explanation[K] } = {
        criterion: separation.criterion,
        levelOn: separation.levelOn,
        ahead: separation.ahead,
        below: first,
        text: explain(separation, (club) => this.nameOf(club), this.#language),
      };
      if (separation.among) explanation.among = separation.among;
      this.explanations.push(explanation);
    }
    this.#pending = undefined;
    if (band.length > 1) this.sharedOn.set(this.bands.length, factsOf(level));
    this.bands.push(sorted);
  }

  /** The matches between two of `clubs`: the games of their mini-league. */
  #matchesAmong(clubs: readonly ClubId[]): CountedMatch[] {
    let homeMatches = this.#homeMatches;
    if (!homeMatches) {
      homeMatches = new Map();
      for (const match of this.context.matches) {
        const list = homeMatches.get(match.home);
        if (list) list.push(match);
        else homeMatches.set(match.home, [match]);
      }
      this.#homeMatches = homeMatches;
    }
    const among = new Set(clubs);
    const found: CountedMatch[] = [];
    for (const club of clubs) {
      for (const match of homeMatches.get(club) ?? []) {
        if (among.has(match.away)) found.push(match);
      }
    }
    return found;
  }

  #isSharedPlace(clubs: readonly ClubId[]): boolean {
    return this.context.sharedPlaces.some(
      (shared) => shared.length === clubs.length && clubs.every((club) => shared.includes(club)),
    );
  }

  #describeAhead(
    kind: Exclude<Tiebreaker['kind'], 'headToHead'>,
    wording: CriterionWording,
    upper: number,
    lower: number,
    clubs: readonly ClubId[],
  ): string {
    if (kind === 'alphabetical') return wording.label;
    if (kind === 'playOff' || kind === 'drawingOfLots') {
      const decision = findDecision(kind, clubs, this.context.decisions);
      const detail = [decision?.result, decision?.date].filter(Boolean).join(', ');
      return `${wording.label}${detail ? ` (${detail})` : ''}`;
    }
    const [a, b] = showDistinct(wording, upper, lower);
    return `${wording.label} ${a} ${CONNECTIVES[this.#language].to} ${b}`;
  }
}

/** Clubs level on one criterion, with the value they share. @internal */
interface ScoredGroup {
  readonly clubs: ClubId[];
  readonly value: number;
}

/** Groups clubs with equal keys, best key first, keeping the order within a group. @internal */
function groupByKey(scored: ScoredClub[]): ScoredGroup[] {
  // A stable insertion sort: groups are small, and a comparator call per step costs more.
  for (let i = 1; i < scored.length; i += 1) {
    const entry = scored[i] as ScoredClub;
    let j = i - 1;
    while (j >= 0 && (scored[j] as ScoredClub).key < entry.key) {
      scored[j + 1] = scored[j] as ScoredClub;
      j -= 1;
    }
    scored[j + 1] = entry;
  }
  const groups: ScoredGroup[] = [];
  let current: ScoredGroup | undefined;
  let last = 0;
  for (const entry of scored) {
    if (current && entry.key === last) current.clubs.push(entry.club);
    else {
      current = { clubs: [entry.club], value: entry.value };
      groups.push(current);
    }
    last = entry.key;
  }
  return groups;
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

/**
 * The sentence for a separation.
 *
 * @example
 * explain({ criterion: 'goalAverage', levelOn: ['40 points'], ahead: 'goal average 1.795 to 1.667' })
 * //=> 'level on 40 points; ahead on goal average 1.795 to 1.667'
 */
export function explain(
  separation: Separation,
  nameOf: (club: ClubId) => string = (club) => club,
  language: Language = 'en',
): string {
  const words = CONNECTIVES[language];
  const among = separation.among
    ? ` ${words.among} ${joinWords(separation.among.map(nameOf), words.and)}`
    : '';
  const ahead = `${words.aheadOn} ${separation.ahead}${among}`;
  return separation.levelOn.length > 0
    ? `${words.levelOn} ${joinWords(separation.levelOn, words.and)}; ${ahead}`
    : ahead;
}

/** The words that join facts into an explanation, by language. @internal */
const CONNECTIVES: Record<
  Language,
  { levelOn: string; aheadOn: string; among: string; and: string; to: string }
> = {
  en: {
    levelOn: 'level on',
    aheadOn: 'ahead on',
    among: 'in the matches among',
    and: 'and',
    to: 'to',
  },
  es: {
    levelOn: 'igualados en',
    aheadOn: 'delante por',
    among: 'en los partidos entre',
    and: 'y',
    to: 'a',
  },
};

/** "a", "a and b", "a, b and c" (with the language's "and"). @internal */
function joinWords(words: readonly string[], and = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
