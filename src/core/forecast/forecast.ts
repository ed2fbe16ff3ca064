import { RuleError } from '../errors.ts';
import { type PlannedFixtures, planFixtures, roundsToFormat } from '../fixtures/plan-fixtures.ts';
import type {
  EditionFormat,
  KnockoutStageFormat,
  StageFormat,
  TieFormat,
} from '../format/edition-format.ts';
import type { EditionState, StageState, TieState } from '../format/edition-state.ts';
import { listMatches, mapMatches } from '../format/match-ids.ts';
import { runEdition } from '../format/run-edition.ts';
import type { ClubId } from '../model/club.ts';
import { type Match, type Score, withoutResult } from '../model/match.ts';
import { seeded, streamSeed } from '../random.ts';
import type { AsOf } from '../standings/apply-rulings.ts';
import { type KernelInput, LeagueKernel } from './league-kernel.ts';
import type { RatedMatch } from './ratings.ts';
import {
  drawScore,
  MAX_GOALS,
  type ModelUsed,
  matchExpectation,
  resultChances,
  type ScoreModel,
  scoreDistribution,
} from './score-model.ts';

/**
 * @module Forecasts: the remaining matches of an edition played many times with scores drawn
 * from the score model, each simulated season run through the edition's own engine (tables with
 * the full tie-break chain, slots, ties with extra time and penalties, rulings known). Plain data
 * in and out, so that simulations can be shared between worker threads.
 */

/** What a forecast is about: the edition as of a moment, its remaining matches and the table followed. */
export interface ForecastPlan {
  /** The edition with every result after the moment taken out. */
  readonly format: EditionFormat;
  readonly model: ScoreModel;
  /** The matches still to play, with their chances. */
  readonly remaining: readonly RemainingMatch[];
  /** The table whose positions are forecast: a stage and, for each club, its group. */
  readonly stage: string;
  readonly clubs: readonly ClubId[];
  readonly names: Readonly<Record<ClubId, string>>;
  /** Each club's group in that stage, and the group's size. */
  readonly groupOf: Readonly<Record<ClubId, { readonly group: number; readonly size: number }>>;
  /** The outcomes followed: champion, promoted, relegated, and reaching each later stage. */
  readonly outcomes: readonly string[];
  readonly seed: number;
  /**
   * The followed stage is a knockout: its rounds in order. A club's place there is 1 when it came
   * through its last tie, else 1 + the rounds from the one it went out in to the last (2 for the
   * final's loser); reaching each round after the first is an outcome (`round:ID`).
   */
  readonly rounds?: readonly { readonly id: string; readonly name: string }[];
  /**
   * Tables after the stage still in play, their fixtures emptied: each simulated season makes them
   * (a round robin, single or double as the real one was) once their clubs are known.
   */
  readonly refill?: readonly { readonly stage: string; readonly double: boolean }[];
  /**
   * When the table followed is a single league that decides everything left (the last stage, no
   * ruling but points deducted or given), the league compiled for simulation and, for each
   * outcome, the places that give it: seasons are then played by the kernel, not the whole engine.
   */
  readonly kernel?: {
    readonly input: KernelInput;
    /** The plan's clubs in the kernel's order. */
    readonly clubs: readonly ClubId[];
    readonly places: readonly (readonly number[])[];
  };
  /**
   * Groups of the groups stage followed that are left out because every match of theirs is
   * played and nothing after the stage draws on it: their places are known ({@link planForecast}).
   */
  readonly settledGroups?: number;
  /** The one group followed ({@link PlanOptions.group}). */
  readonly group?: string;
}

/** A match still to play and what the model expects of it. */
export interface RemainingMatch {
  readonly id: string;
  readonly home: ClubId;
  readonly away: ClubId;
  readonly neutral: boolean;
  readonly expectedGoals: readonly [number, number];
  readonly chances: { readonly home: number; readonly draw: number; readonly away: number };
  readonly model: ModelUsed;
}

/** Sums over simulated seasons: counts, so that parts add up exactly whatever their order. */
export interface ForecastTally {
  simulations: number;
  /** positions[club][p]: seasons the club finished (p + 1)-th in its group. */
  readonly positions: Record<ClubId, number[]>;
  /** outcomes[club][k]: seasons the club got outcome k. */
  readonly outcomes: Record<ClubId, number[]>;
  readonly points: Record<ClubId, number>;
  /** For each outcome, the positions it came from in the followed table (for the certainties). */
  readonly outcomePositions: number[][];
  /** For each outcome, the positions of the followed table seen without it. */
  readonly missedPositions: number[][];
  /** Seasons the engine could not finish (a tie the model could not decide). */
  undecided: number;
}

/** How a forecast is made. */
export interface PlanOptions {
  readonly asOf?: AsOf;
  /** The stage whose table is followed; the first league, table or groups stage still being played otherwise. */
  readonly stage?: string;
  readonly seed?: number;
  /** Play every season through the whole engine even where the league kernel could (for checks). */
  readonly engineOnly?: boolean;
  /** A club whose group is followed even when it is settled ({@link ForecastPlan.settledGroups}). */
  readonly club?: ClubId;
  /**
   * One group of the groups stage followed, by id: the forecast is of its clubs (simulated alone
   * when nothing after the stage draws on it, with the whole edition otherwise).
   */
  readonly group?: string;
  /**
   * Groups of a groups stage a forecast plays at most (a server's limit on its work): a stage with
   * more still playing is refused, to be asked for one group at a time, and so is one group of a
   * stage that a later stage draws on (all its groups are played with it).
   */
  readonly maxGroups?: number;
}

/** The played matches of an edition as the ratings learn from them (as of a moment). */
export function ratedMatches(format: EditionFormat, asOf?: AsOf): RatedMatch[] {
  const found: RatedMatch[] = [];
  eachMatch(format, (match, id, date, round, neutral) => {
    // What was played on the pitch (an awarded result says nothing of strength).
    const score = match.score;
    if (score && match.status === 'played' && !match.awarded && counts(match, date, round, asOf)) {
      const when = match.date ?? date;
      found.push({
        id,
        home: match.home,
        away: match.away,
        homeGoals: score.home,
        awayGoals: score.away,
        ...(when ? { date: when } : {}),
        ...(neutral ? { neutral: true } : {}),
        where: `${format.competition} ${format.edition}`,
        homeName: format.clubs.find((club) => club.id === match.home)?.name ?? match.home,
        awayName: format.clubs.find((club) => club.id === match.away)?.name ?? match.away,
      });
    }
  });
  return found;
}

/**
 * Every match of an edition with its id, round date and number, and whether it was played at a
 * neutral ground (its own say, or a stage played at one venue). @internal
 */
function eachMatch(
  format: EditionFormat,
  visit: (
    match: Match,
    id: string,
    date: string | undefined,
    round: number | undefined,
    neutral: boolean,
  ) => void,
): void {
  for (const stage of format.stages) {
    mapMatches({ ...format, stages: [stage] }, (match, id, date, round) => {
      visit(match, id, date, round, match.neutral === true || stage.singleVenue === true);
      return match;
    });
  }
}

/** Was this match's result known at the moment? @internal */
function counts(match: Match, date: string | undefined, round: number | undefined, asOf?: AsOf) {
  const when = match.date ?? date;
  if (asOf?.date !== undefined && when !== undefined && when > asOf.date) return false;
  // A match's own round (a matchday) wins over its place among the rounds, as in the engine.
  const number = match.round ?? round;
  if (asOf?.round !== undefined && number !== undefined && number > asOf.round) return false;
  return true;
}

/**
 * A table of no rounds of its own that sums other stages (an aggregate of Apertura and Clausura):
 * its matches are theirs, simulated where they are. @internal
 */
function sumsOnly(stage: StageFormat): boolean {
  const summing = (table: { sums?: readonly string[]; rounds: readonly unknown[] }) =>
    table.sums !== undefined && table.rounds.length === 0;
  if (stage.kind === 'groups') return stage.groups.length > 0 && stage.groups.every(summing);
  return (stage.kind === 'league' || stage.kind === 'table') && summing(stage);
}

/**
 * Whether a match counts in a table of a stage (its group at `group`), given the table's clubs:
 * one of the stage's own between two of them, or one of a stage the table sums, between two of
 * them or (where it sums every match of its clubs) with one of them in it.
 */
export function countsInTable(
  format: EditionFormat,
  stageId: string,
  group = 0,
): (
  entry: { readonly stage: string; readonly match: Match },
  clubs: ReadonlySet<ClubId>,
) => boolean {
  const stage = format.stages.find((candidate) => candidate.id === stageId);
  const table =
    stage?.kind === 'groups'
      ? stage.groups[group]
      : stage?.kind === 'league' || stage?.kind === 'table'
        ? stage
        : undefined;
  const sums = new Set(table?.sums ?? []);
  const all = table?.sumsMatches === 'all';
  return ({ stage: from, match }, clubs) => {
    const home = clubs.has(match.home);
    const away = clubs.has(match.away);
    if (from === stageId && home && away) return true;
    return sums.has(from) && (all ? home || away : home && away);
  };
}

/** A match made to be played again: no score, no verdict. @internal */
function unplayed(match: Match): Match {
  return { ...withoutResult(match), status: 'scheduled' };
}

/**
 * The plan of a forecast: the edition as it stood (results after the moment removed), the
 * matches left with the model's chances, the table followed and the outcomes.
 */
export function planForecast(
  format: EditionFormat,
  model: ScoreModel,
  options: PlanOptions = {},
): ForecastPlan {
  const asOf = options.asOf;
  const base = mapMatches(format, (match, _id, date, round) => {
    const known =
      (match.status === 'played' ||
        match.status === 'walkover' ||
        match.status === 'annulled' ||
        match.status === 'cancelled' ||
        match.awarded !== undefined) &&
      counts(match, date, round, asOf);
    return known || match.status === 'annulled' || match.status === 'cancelled'
      ? match
      : unplayed(match);
  });
  // A stage still being played comes before the results of the stages after it: those (a
  // knockout's legs have no round to go by) are not known either.
  const open = new Set<string>();
  eachMatch(base, (match, id) => {
    if (match.status === 'scheduled' || match.status === 'postponed') open.add(id);
  });
  const firstOpen = base.stages.findIndex((stage) =>
    listMatches({ ...base, stages: [stage] }).some((entry) => open.has(entry.id)),
  );
  const refill: { stage: string; double: boolean }[] = [];
  const settled =
    firstOpen < 0
      ? base
      : {
          ...base,
          // A later knockout's ties and a later table's fixtures are made afresh between the clubs
          // the simulation puts in them.
          stages: base.stages.map((stage, index): StageFormat => {
            if (index <= firstOpen || sumsOnly(stage)) return stage;
            if (stage.kind === 'knockout') {
              return {
                ...stage,
                rounds: stage.rounds.map((round) => ({
                  ...round,
                  ties: round.ties.map(({ extraMatch: _extraMatch, ...tie }) => ({
                    ...tie,
                    matches: [],
                  })),
                })),
              };
            }
            const clubs =
              stage.kind === 'groups'
                ? (stage.groups[0]?.entrants.length ?? 0)
                : stage.kind === 'qualification'
                  ? 0
                  : stage.entrants.length;
            const matches = listMatches({ ...base, stages: [stage] }).length;
            const per = stage.kind === 'groups' ? Math.max(1, stage.groups.length) : 1;
            refill.push({ stage: stage.id, double: matches / per >= clubs * (clubs - 1) });
            if (stage.kind === 'groups') {
              return {
                ...stage,
                groups: stage.groups.map((group) => ({ ...group, rounds: [] })),
              };
            }
            if (stage.kind === 'league' || stage.kind === 'table') return { ...stage, rounds: [] };
            return stage;
          }),
        };
  // Rulings made after the moment were not known then.
  const knownRulings = settled.rulings.filter(
    (ruling) => asOf?.date === undefined || ruling.date === undefined || ruling.date <= asOf.date,
  );
  const asItStood: EditionFormat = { ...settled, rulings: knownRulings };
  const remaining: RemainingMatch[] = [];
  eachMatch(asItStood, (match, id, _date, _round, neutral) => {
    if (match.status === 'scheduled' || match.status === 'postponed')
      remaining.push(remainingMatch(model, id, match.home, match.away, neutral));
  });
  const state = runEdition(asItStood);
  const followed = state.stages.filter((stage) => stage.kind !== 'qualification');
  const tables = followed.filter((stage) => stage.kind !== 'knockout');
  // A table in play once its groups' clubs are known; a knockout once a tie has a club.
  const inPlay = (stage: StageState) =>
    stage.status !== 'complete' &&
    stage.status !== 'unknown' &&
    (stage.kind === 'knockout'
      ? stage.ties.some((tie) => tie.home.club !== null || tie.away.club !== null)
      : stage.groups.some((group) => group.entrants.every((slot) => slot.club !== null)));
  const target =
    (options.stage
      ? followed.find((stage) => stage.id === options.stage)
      : (followed.find(inPlay) ?? tables.at(-1) ?? followed.at(-1))) ?? undefined;
  if (!target) {
    throw new RuleError(
      'forecast',
      options.stage
        ? `no league, combined table, groups or knockout stage "${options.stage}" (the stages are ${followed.map((stage) => stage.id).join(', ')})`
        : 'an edition with a league, a combined table, groups or a knockout to forecast',
    );
  }
  // A groups stage some of whose groups are settled (every match played), on which nothing draws
  // (no later stage's places, no table that sums it): the groups still in play are followed alone,
  // the others' places being known. A federation's district stage of 2,300 leagues with one still
  // playing simulates that one, not the 2,299 others with it.
  const targetFormat = asItStood.stages.find((stage) => stage.id === target.id);
  const { group: asked } = options;
  if (asked !== undefined && !target.groups.some((group) => group.id === asked)) {
    throw new RuleError(
      'forecast',
      target.kind === 'groups'
        ? `no group "${asked}" in ${target.name} (its groups are ${target.groups.map((group) => group.id).join(', ')})`
        : `${target.name} has no groups: forecast it without a group`,
    );
  }
  const feeds = drawnOn(asItStood, target.id);
  if (targetFormat?.kind === 'groups' && !feeds) {
    const kept = new Set(
      targetFormat.groups
        .filter((group, index) =>
          asked !== undefined
            ? group.id === asked
            : group.rounds.some((round) =>
                round.matches.some(
                  (match) => match.status === 'scheduled' || match.status === 'postponed',
                ),
              ) || target.groups[index]?.entrants.some((slot) => slot.club === options.club),
        )
        .map((group) => group.id),
    );
    if (kept.size > 0 && kept.size < targetFormat.groups.length) {
      const alone: EditionFormat = {
        ...format,
        stages: format.stages.map((stage) =>
          stage.id === target.id && stage.kind === 'groups'
            ? { ...stage, groups: stage.groups.filter((group) => kept.has(group.id)) }
            : stage,
        ),
      };
      const plan = planForecast(alone, model, { ...options, stage: target.id });
      return asked !== undefined
        ? plan
        : { ...plan, settledGroups: targetFormat.groups.length - kept.size };
    }
  }
  // Every group of the stage is played here (one asked for is played with the others when a later
  // stage draws on them all): beyond the limit, refused.
  if (
    options.maxGroups !== undefined &&
    target.kind === 'groups' &&
    target.groups.length > options.maxGroups
  ) {
    throw new RuleError(
      'forecast',
      feeds
        ? `${target.name}'s ${target.groups.length} groups feed a later stage, so a forecast plays them all, even for one group: more than the ${options.maxGroups} it plays at once`
        : `${target.name} has ${target.groups.length} groups still playing, more than the ${options.maxGroups} a forecast plays at once: ask for one group (its id as group)`,
    );
  }
  const groupOf: Record<ClubId, { group: number; size: number }> = {};
  target.groups.forEach((group, index) => {
    // One group asked for: its clubs alone are followed (the whole edition is still played).
    if (asked !== undefined && group.id !== asked) return;
    for (const slot of group.entrants) {
      if (slot.club !== null) groupOf[slot.club] = { group: index, size: group.entrants.length };
    }
  });
  // A knockout's places: 1 for a club through its last tie, then out in the last round, the one
  // before it, and so on to the first.
  const rounds =
    targetFormat?.kind === 'knockout'
      ? targetFormat.rounds.map((round) => ({ id: round.id, name: round.name }))
      : undefined;
  for (const tie of rounds ? target.ties : []) {
    for (const club of [tie.home.club, tie.away.club]) {
      if (club !== null) groupOf[club] = { group: 0, size: (rounds?.length ?? 0) + 1 };
    }
  }
  const clubs = Object.keys(groupOf);
  if (clubs.length === 0) {
    throw new RuleError(
      'forecast',
      `${target.name} has no club in it yet: forecast an earlier stage`,
    );
  }
  const later = state.stages
    .slice(state.stages.findIndex((stage) => stage.id === target.id) + 1)
    .map((stage) => `stage:${stage.id}`);
  const kernel = options.engineOnly
    ? undefined
    : kernelFor(asItStood, state, target.id, remaining, model);
  return {
    ...(kernel ? { kernel } : {}),
    ...(refill.length > 0 ? { refill } : {}),
    ...(rounds ? { rounds } : {}),
    ...(asked !== undefined ? { group: asked } : {}),
    format: asItStood,
    model,
    remaining,
    stage: target.id,
    clubs,
    names: Object.fromEntries(
      clubs.map((club) => [club, format.clubs.find((entry) => entry.id === club)?.name ?? club]),
    ),
    groupOf,
    // The movements this edition can give (a relegation or promotion ruling can give one too).
    outcomes: [
      'champion',
      ...(['promoted', 'relegated'] as const).filter(
        (movement) =>
          format.stages.some((stage) => stage.outcomes.some((rule) => rule.outcome === movement)) ||
          format.rulings.some(
            (ruling) => ruling.kind === (movement === 'relegated' ? 'relegation' : 'promotion'),
          ),
      ),
      // Reaching each round of a knockout followed, after its first, where its clubs are not all
      // known yet (a round already drawn tells nothing; one of another bracket, the same).
      ...(rounds ?? [])
        .slice(1)
        .filter((round) => {
          const ties = target.ties.filter((tie) => tie.roundId === round.id);
          return (
            ties.length === 0 ||
            ties.some((tie) => tie.home.club === null || tie.away.club === null)
          );
        })
        .map((round) => `round:${round.id}`),
      ...later,
    ],
    seed: options.seed ?? 1,
  };
}

/**
 * Whether anything in the edition draws on a stage besides the stage itself: a place taken from it
 * (a position, the best of a position, a tie, a qualifier, a better-placed rule: anything naming
 * it as its `stage`), or a table that sums its matches.
 */
function drawnOn(format: EditionFormat, stageId: string): boolean {
  const names = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(names);
    if (value === null || typeof value !== 'object') return false;
    return Object.entries(value).some(([key, inner]) =>
      key === 'matches'
        ? false
        : (key === 'stage' && inner === stageId) ||
          (key === 'sums' && Array.isArray(inner) && inner.includes(stageId)) ||
          names(inner),
    );
  };
  return names(format.stages);
}

/** @internal */
function remainingMatch(
  model: ScoreModel,
  id: string,
  home: ClubId,
  away: ClubId,
  neutral: boolean,
): RemainingMatch {
  const { goals, used } = matchExpectation(model, home, away, neutral);
  return {
    id,
    home,
    away,
    neutral,
    expectedGoals: goals,
    chances: resultChances(scoreDistribution(goals[0], goals[1], model.rho)),
    model: used,
  };
}

/** An empty tally for a plan. */
export function emptyTally(plan: ForecastPlan): ForecastTally {
  return {
    simulations: 0,
    positions: Object.fromEntries(
      plan.clubs.map((club) => [club, new Array<number>(plan.groupOf[club]?.size ?? 0).fill(0)]),
    ),
    outcomes: Object.fromEntries(
      plan.clubs.map((club) => [club, new Array<number>(plan.outcomes.length).fill(0)]),
    ),
    points: Object.fromEntries(plan.clubs.map((club) => [club, 0])),
    outcomePositions: plan.outcomes.map(() => []),
    missedPositions: plan.outcomes.map(() => []),
    undecided: 0,
  };
}

/**
 * Adds one tally into another (sums of counts: the order does not matter), its counts weighted
 * (an exact enumeration adds each combination by its chance).
 */
export function addTally(into: ForecastTally, part: ForecastTally, weight = 1): void {
  into.simulations += part.simulations;
  into.undecided += part.undecided;
  for (const club of Object.keys(part.positions)) {
    const positions = into.positions[club];
    const outcomes = into.outcomes[club];
    part.positions[club]?.forEach((count, index) => {
      if (positions) positions[index] = (positions[index] ?? 0) + count * weight;
    });
    part.outcomes[club]?.forEach((count, index) => {
      if (outcomes) outcomes[index] = (outcomes[index] ?? 0) + count * weight;
    });
    into.points[club] = (into.points[club] ?? 0) + (part.points[club] ?? 0) * weight;
  }
  for (const [mine, theirs] of [
    [into.outcomePositions, part.outcomePositions],
    [into.missedPositions, part.missedPositions],
  ] as const) {
    theirs.forEach((positions, index) => {
      for (const position of positions) remember(mine[index], position);
    });
  }
}

/** Score tables of the matches, computed once per pair of clubs. @internal */
class Scores {
  readonly #model: ScoreModel;
  readonly #tables = new Map<string, Float64Array>();
  constructor(model: ScoreModel) {
    this.#model = model;
  }
  table(home: ClubId, away: ClubId, neutral: boolean): Float64Array {
    const key = `${home}\u0000${away}\u0000${neutral ? 1 : 0}`;
    let table = this.#tables.get(key);
    if (!table) {
      const { goals } = matchExpectation(this.#model, home, away, neutral);
      table = scoreDistribution(goals[0], goals[1], this.#model.rho);
      this.#tables.set(key, table);
    }
    return table;
  }
  expected(home: ClubId, away: ClubId, neutral: boolean): [number, number] {
    return matchExpectation(this.#model, home, away, neutral).goals;
  }
}

/**
 * Plays simulated seasons `from` to `to` (exclusive) of a plan; season i draws its numbers from
 * its own stream of the seed, so any split of the range between workers gives the same tally.
 */
export function simulateRange(plan: ForecastPlan, from: number, to: number): ForecastTally {
  if (plan.kernel) return simulateWithKernel(plan, plan.kernel, from, to);
  const tally = emptyTally(plan);
  const scores = new Scores(plan.model);
  for (let index = from; index < to; index += 1) {
    const random = seeded(streamSeed(plan.seed, index));
    const state = playSeason(plan, scores, random);
    tally.simulations += 1;
    if (!state) {
      tally.undecided += 1;
      continue;
    }
    record(plan, state, tally);
  }
  return tally;
}

/** Every score of a plan's remaining matches, as the engine would read them. @internal */
function played(match: Match, score: Score): Match {
  return { ...match, status: 'played', score };
}

/** One simulated season, or undefined when a tie could not be decided. @internal */
function playSeason(
  plan: ForecastPlan,
  scores: Scores,
  random: () => number,
): EditionState | undefined {
  const pending = new Map(plan.remaining.map((match) => [match.id, match]));
  let format = mapMatches(plan.format, (match, id) => {
    const left = pending.get(id);
    return left
      ? played(match, drawScore(scores.table(match.home, match.away, left.neutral), random()))
      : match;
  });
  // Knockout ties whose clubs become known are played as they become known; a tie level after
  // its legs goes to extra time, then penalties, then (where the rules want one) an extra match.
  for (let pass = 0; pass < 64; pass += 1) {
    const state = runEdition(format);
    const next =
      drawLots(format, state, random) ??
      refillTables(plan, format, state, scores, random) ??
      settleTies(format, state, scores, random);
    if (!next) return state;
    format = next;
  }
  return undefined;
}

/**
 * Clubs a table leaves level after its whole chain share a place, and a slot that needs one of
 * them waits for a drawing of lots: the simulation draws it (a ruling of the stage), or says
 * undefined when no table has such clubs. @internal
 */
function drawLots(
  format: EditionFormat,
  state: EditionState,
  random: () => number,
): EditionFormat | undefined {
  const rulings: EditionFormat['rulings'][number][] = [];
  for (const stage of state.stages) {
    for (const group of stage.groups) {
      // A printed table's order is the source's, shared places and all: nothing to draw.
      if (group.printed) continue;
      const rows = group.table;
      for (let start = 0; start < rows.length; ) {
        let end = start + 1;
        while (
          end < rows.length &&
          rows[end]?.shared &&
          rows[end]?.position === rows[start]?.position
        )
          end += 1;
        if (end - start > 1) {
          const clubs = rows.slice(start, end).map((row) => row.clubId);
          const order = [...clubs];
          for (let i = order.length - 1; i > 0; i -= 1) {
            const j = Math.floor(random() * (i + 1));
            [order[i], order[j]] = [order[j] as ClubId, order[i] as ClubId];
          }
          rulings.push({
            kind: 'drawingOfLots',
            clubs,
            order,
            reason: 'drawn in a simulated season',
            stage: stage.id,
          });
        }
        start = end;
      }
    }
  }
  return rulings.length > 0 ? { ...format, rulings: [...format.rulings, ...rulings] } : undefined;
}

/**
 * A later table whose clubs are now known gets its fixtures (the round robin Torneo makes) and
 * their scores; undefined when none is ready. @internal
 */
function refillTables(
  plan: ForecastPlan,
  format: EditionFormat,
  state: EditionState,
  scores: Scores,
  random: () => number,
): EditionFormat | undefined {
  for (const { stage: stageId, double } of plan.refill ?? []) {
    const index = format.stages.findIndex((stage) => stage.id === stageId);
    const stage = format.stages[index];
    const stageState = state.stages[index];
    if (!stage || !stageState) continue;
    const empty =
      stage.kind === 'groups'
        ? stage.groups.every((group) => group.rounds.length === 0)
        : stage.kind === 'league' || stage.kind === 'table'
          ? stage.rounds.length === 0
          : false;
    const ready = stageState.groups.every((group) =>
      group.entrants.every((slot) => slot.club !== null),
    );
    if (!empty || !ready || stageState.groups.length === 0) continue;
    const plans = planFixtures(format, state, { stage: stageId, ...(double ? { double } : {}) });
    const neutral = stage.singleVenue ?? false;
    const withScores = (rounds: PlannedFixtures['rounds']) =>
      roundsToFormat(rounds).map((round) => ({
        ...round,
        matches: round.matches.map((match) =>
          played(match, drawScore(scores.table(match.home, match.away, neutral), random())),
        ),
      }));
    const filled: StageFormat =
      stage.kind === 'groups'
        ? {
            ...stage,
            groups: stage.groups.map((group, g) => ({
              ...group,
              rounds: withScores(plans.find((candidate) => candidate.group === g)?.rounds ?? []),
            })),
          }
        : ({ ...stage, rounds: withScores(plans[0]?.rounds ?? []) } as StageFormat);
    return {
      ...format,
      stages: format.stages.map((candidate, at) => (at === index ? filled : candidate)),
    };
  }
  return undefined;
}

/** The edition with the next undecided ties played on, or undefined when none is left. @internal */
function settleTies(
  format: EditionFormat,
  state: EditionState,
  scores: Scores,
  random: () => number,
): EditionFormat | undefined {
  let changed = false;
  const stages = format.stages.map((stage, s) => {
    if (stage.kind !== 'knockout') return stage;
    const stageState = state.stages[s];
    if (!stageState) return stage;
    let cursor = 0;
    const rounds = stage.rounds.map((round) => {
      const roundTies = stageState.ties.slice(
        cursor,
        cursor + tiesIn(round, stageState.ties, cursor),
      );
      cursor += roundTies.length;
      const ties: TieFormat[] = [...round.ties];
      roundTies.forEach((tie, t) => {
        if (tie.winner !== null || tie.home.club === null || tie.away.club === null) return;
        const given: TieFormat = ties[t] ?? { matches: [] };
        const home = tie.home.club;
        const away = tie.away.club;
        const neutral = stage.singleVenue ?? false;
        if (given.matches.length < round.legs) {
          const legs: Match[] = [...given.matches];
          for (let leg = legs.length; leg < round.legs; leg += 1) {
            const [h, a] = leg === 0 ? [home, away] : [away, home];
            legs.push({
              home: h,
              away: a,
              status: 'played',
              score: drawScore(scores.table(h, a, neutral), random()),
              ...(neutral ? { neutral: true } : {}),
            });
          }
          ties[t] = { ...given, matches: legs };
          changed = true;
          return;
        }
        const last = given.matches.at(-1);
        if (last && last.status === 'played' && last.score && !last.extraTime) {
          // Thirty minutes more: a third of a match's goals.
          const [eh, ea] = scores.expected(last.home, last.away, neutral);
          const extra = drawScore(scoreDistribution(eh / 3, ea / 3, 0), random());
          ties[t] = {
            ...given,
            matches: [
              ...given.matches.slice(0, -1),
              {
                ...last,
                extraTime: {
                  home: last.score.home + extra.home,
                  away: last.score.away + extra.away,
                },
              },
            ],
          };
          changed = true;
          return;
        }
        if (last && !last.penalties) {
          ties[t] = {
            ...given,
            matches: [...given.matches.slice(0, -1), { ...last, penalties: shootout(random) }],
          };
          changed = true;
          return;
        }
        if (!given.extraMatch) {
          const score = drawScore(scores.table(home, away, true), random());
          const level = score.home === score.away;
          ties[t] = {
            ...given,
            extraMatch: {
              home,
              away,
              status: 'played',
              neutral: true,
              score,
              ...(level ? { extraTime: score, penalties: shootout(random) } : {}),
            },
          };
          changed = true;
        }
      });
      return { ...round, ties };
    });
    return { ...stage, rounds } as KnockoutStageFormat;
  });
  return changed ? { ...format, stages } : undefined;
}

/** A shoot-out: an even chance for either side. @internal */
function shootout(random: () => number): Score {
  return random() < 0.5 ? { home: 5, away: 4 } : { home: 4, away: 5 };
}

/** How many of a stage's tie states belong to a round (they come round by round). @internal */
function tiesIn(
  round: KnockoutStageFormat['rounds'][number],
  ties: EditionState['stages'][number]['ties'],
  cursor: number,
): number {
  let count = 0;
  while (ties[cursor + count]?.round === round.name) count += 1;
  return count;
}

/** What a simulated season gave each club. @internal */
function record(plan: ForecastPlan, state: EditionState, tally: ForecastTally): void {
  const stage = state.stages.find((candidate) => candidate.id === plan.stage);
  const promoted = new Set(state.promoted.map((movement) => movement.club));
  const relegated = new Set(state.relegated.map((movement) => movement.club));
  const reached = new Map<string, Set<ClubId>>();
  for (const later of state.stages) {
    const clubs = new Set<ClubId>();
    for (const slot of [
      ...later.entrants,
      ...later.groups.flatMap((group) => group.entrants),
      ...later.ties.flatMap((tie) => [tie.home, tie.away]),
    ]) {
      if (slot.club !== null) clubs.add(slot.club);
    }
    reached.set(`stage:${later.id}`, clubs);
  }
  const positionOf = new Map<ClubId, number>();
  for (const group of stage?.groups ?? []) {
    group.table.forEach((row, index) => {
      // A shared place counts as the place the table lists the club in.
      positionOf.set(row.clubId, index);
      tally.points[row.clubId] = (tally.points[row.clubId] ?? 0) + row.points;
    });
  }
  if (plan.rounds && stage) {
    for (const [club, place] of knockoutPlaces(plan.rounds, stage.ties))
      positionOf.set(club, place);
    for (const tie of stage.ties) {
      const clubs = reached.get(`round:${tie.roundId}`) ?? new Set<ClubId>();
      for (const club of [tie.home.club, tie.away.club]) if (club !== null) clubs.add(club);
      reached.set(`round:${tie.roundId}`, clubs);
    }
  }
  for (const club of plan.clubs) {
    const position = positionOf.get(club);
    const positions = tally.positions[club];
    if (position !== undefined && positions) positions[position] = (positions[position] ?? 0) + 1;
    const outcomes = tally.outcomes[club];
    plan.outcomes.forEach((outcome, k) => {
      const got =
        outcome === 'champion'
          ? state.champion === club
          : outcome === 'promoted'
            ? promoted.has(club)
            : outcome === 'relegated'
              ? relegated.has(club)
              : (reached.get(outcome)?.has(club) ?? false);
      if (got && outcomes) outcomes[k] = (outcomes[k] ?? 0) + 1;
      if (position !== undefined) {
        remember((got ? tally.outcomePositions : tally.missedPositions)[k], position + 1);
      }
    });
  }
}

/**
 * Each club's place in a knockout (0-based: 0 through its last tie, k out in the k-th round from
 * the end), from its last tie by round; a tie not yet decided counts as lost, the worst it can
 * give. @internal
 */
export function knockoutPlaces(
  rounds: readonly { readonly id: string }[],
  ties: readonly TieState[],
): Map<ClubId, number> {
  const order = new Map(rounds.map((round, index) => [round.id, index]));
  const last = new Map<ClubId, { round: number; tie: TieState }>();
  for (const tie of ties) {
    const round = order.get(tie.roundId) ?? 0;
    for (const club of [tie.home.club, tie.away.club]) {
      if (club !== null && round >= (last.get(club)?.round ?? -1)) last.set(club, { round, tie });
    }
  }
  return new Map(
    [...last].map(([club, { round, tie }]) => [
      club,
      tie.winner === club ? 0 : rounds.length - round,
    ]),
  );
}

/**
 * The round a followed knockout's place (1 the first) stands for: the one its club went out in;
 * `undefined` for the first place, through the last tie.
 *
 * @example
 * roundOfPlace([{ name: 'Semi-finals' }, { name: 'Final' }], 2) //=> 'Final'
 */
export function roundOfPlace(
  rounds: readonly { readonly name: string }[],
  place: number,
): string | undefined {
  return place <= 1 ? undefined : rounds[rounds.length - place + 1]?.name;
}

/** Adds a position to a sorted list of positions once. @internal */
function remember(list: number[] | undefined, position: number): void {
  if (!list || list.includes(position)) return;
  list.push(position);
  list.sort((a, b) => a - b);
}

/** The place a club is expected to take, from its chances of each. @internal */
function expectedPlace(club: ClubForecast): number {
  return club.positions.reduce((sum, p, place) => sum + p * place, 0);
}

/** A forecast as Torneo reports it. */
export interface ForecastResult {
  /** Simulated seasons; 0 for an exact forecast. */
  readonly simulations: number;
  /** Whether the chances come from every combination of scores rather than simulations. */
  readonly exact: boolean;
  readonly seed: number;
  readonly stage: string;
  /** Seasons the engine could not finish, left out of the chances. */
  readonly undecided: number;
  /** The ratings the matches were played with, and the matches that moved each club's Elo most. */
  readonly ratings?: readonly ClubRating[];
  /**
   * The score model, enough to rebuild every match's score chances from its expected goals:
   * P(x, y) ∝ Poisson(x; home) · Poisson(y; away) · τ(x, y; rho), x and y from 0 to maxGoals.
   */
  readonly model: { readonly rho: number; readonly maxGoals: number };
  /** The followed stage is a knockout: its rounds, and `positions` are its places (see the plan). */
  readonly rounds?: readonly { readonly id: string; readonly name: string }[];
  readonly matches: readonly (Omit<RemainingMatch, 'home' | 'away'> & {
    readonly home: string;
    readonly away: string;
  })[];
  readonly clubs: readonly ClubForecast[];
  /** Groups left out of a groups stage, settled ({@link ForecastPlan.settledGroups}). */
  readonly settledGroups?: number;
  /** The one group forecast ({@link PlanOptions.group}). */
  readonly group?: string;
}

/** A club's ratings, and why they are what they are. */
export interface ClubRating {
  readonly club: string;
  readonly clubId: ClubId;
  readonly elo: number;
  /** Goals scored and let in relative to the average side (Dixon–Coles), and the history behind them. */
  readonly attack: number;
  readonly defence: number;
  readonly matches: number;
  readonly movedMost: readonly { readonly match: string; readonly change: number }[];
}

/** One club's forecast. */
export interface ClubForecast {
  readonly club: string;
  readonly clubId: ClubId;
  readonly expectedPoints: number;
  /** The chance of each place in its group, first to last; they add up to 1. */
  readonly positions: readonly number[];
  readonly outcomes: Readonly<Record<string, number>>;
  /** The largest standard error of the club's chances. */
  readonly standardError: number;
  readonly positionRange: {
    readonly best: number;
    readonly worst: number;
    /** False when a tie on points at an end could go either way, or a bound was used. */
    readonly exact: boolean;
    /** `every result` (every win, draw and loss of the matches left) or `points bound` (too many). */
    readonly method: 'every result' | 'points bound';
  };
  readonly clinched: readonly string[];
  readonly eliminated: readonly string[];
}

/**
 * The report of a tally: chances with their standard errors, and the clinched and eliminated
 * marks from the places each club can still reach. An outcome is marked only where the places of
 * the followed table decide it (every simulated season that gave it came from places that always
 * give it): clinched when every place the club can reach gives it, eliminated when none does.
 */
export function summarize(
  plan: ForecastPlan,
  tally: ForecastTally,
  ranges: Readonly<
    Record<
      ClubId,
      { best: number; worst: number; exact: boolean; method: 'every result' | 'points bound' }
    >
  >,
  options: { readonly exact?: boolean } = {},
): ForecastResult {
  const n = Math.max(1, tally.simulations - tally.undecided);
  const error = (p: number) => (options.exact ? 0 : Math.sqrt((p * (1 - p)) / n));
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const decided = plan.outcomes.map((_, k) => {
    const got = tally.outcomePositions[k] ?? [];
    const missed = tally.missedPositions[k] ?? [];
    return got.every((position) => !missed.includes(position)) ? { got, missed } : undefined;
  });
  const clubs = plan.clubs.map((club): ClubForecast => {
    const counts = tally.positions[club] ?? [];
    const positions = counts.map((count) => round(count / n));
    const outcomeCounts = tally.outcomes[club] ?? [];
    const outcomes = Object.fromEntries(
      plan.outcomes.map((outcome, k) => [outcome, round((outcomeCounts[k] ?? 0) / n)]),
    );
    const range = ranges[club] ?? {
      best: 1,
      worst: counts.length,
      exact: false,
      method: 'points bound' as const,
    };
    const reachable = Array.from(
      { length: range.worst - range.best + 1 },
      (_, index) => range.best + index,
    );
    const clinched: string[] = [];
    const eliminated: string[] = [];
    plan.outcomes.forEach((outcome, k) => {
      const rule = decided[k];
      if (!rule) return;
      if (reachable.every((position) => rule.got.includes(position))) clinched.push(outcome);
      else if (reachable.every((position) => rule.missed.includes(position)))
        eliminated.push(outcome);
    });
    return {
      club: plan.names[club] ?? club,
      clubId: club,
      expectedPoints: round((tally.points[club] ?? 0) / n),
      positions,
      outcomes,
      standardError: round(
        Math.max(0, ...positions.map(error), ...Object.values(outcomes).map((p) => error(p))),
      ),
      positionRange: {
        best: range.best,
        worst: range.worst,
        exact: range.exact,
        method: range.method,
      },
      clinched,
      eliminated,
    };
  });
  return {
    model: { rho: plan.model.rho, maxGoals: MAX_GOALS },
    simulations: options.exact ? 0 : tally.simulations,
    exact: options.exact ?? false,
    seed: plan.seed,
    stage: plan.stage,
    undecided: tally.undecided,
    matches: plan.remaining.map((match) => ({
      ...match,
      home: plan.names[match.home] ?? match.home,
      away: plan.names[match.away] ?? match.away,
    })),
    ...(plan.rounds ? { rounds: plan.rounds } : {}),
    ...(plan.settledGroups ? { settledGroups: plan.settledGroups } : {}),
    ...(plan.group !== undefined ? { group: plan.group } : {}),
    // A knockout's clubs by how far they are expected to go; a table's by points.
    clubs: clubs.sort(
      (a, b) =>
        (plan.rounds ? expectedPlace(a) - expectedPlace(b) : b.expectedPoints - a.expectedPoints) ||
        a.club.localeCompare(b.club),
    ),
  };
}

/** Scores less likely than this are left out of an exact enumeration (their chance shared out). */
const NEGLIGIBLE = 1e-5;

/** How many combinations of scores an exact forecast would go through. */
export function exactCombinations(plan: ForecastPlan): number {
  const scores = new Scores(plan.model);
  return plan.remaining.reduce(
    (product, match) =>
      product *
      [...scores.table(match.home, match.away, match.neutral)].filter((p) => p >= NEGLIGIBLE)
        .length,
    1,
  );
}

/**
 * The chances of a plan computed over every combination of scores of the remaining matches (each
 * score less likely than 1 in 100,000 left out and the others scaled up to 1), every combination
 * run through the engine and weighted by its chance: the same model as the simulations, without
 * their error. For league stages only (a knockout tie still to be drawn makes the combinations
 * unbounded). The tally's counts are chances; its `simulations` is 1.
 */
export function exactTally(plan: ForecastPlan): ForecastTally {
  if (plan.refill && plan.refill.length > 0) {
    throw new RuleError(
      'exact forecast',
      'a table after the stage in play has fixtures still to be made (use simulations)',
    );
  }
  const tally = emptyTally(plan);
  const scores = new Scores(plan.model);
  const size = Math.round(Math.sqrt(scores.table('', '', false).length));
  // A single league: each combination ranked by the league kernel (the engine's ranking, checked
  // against it), the places turned into outcomes as the plan says.
  const spec = plan.kernel;
  const kernel = spec ? kernelOf(spec) : undefined;
  const kernelSlot = new Map<string, number>();
  if (spec && kernel) {
    const left = new Set(plan.remaining.map((match) => match.id));
    let slot = 0;
    for (const { id } of listMatches(plan.format).filter((entry) => left.has(entry.id))) {
      kernelSlot.set(id, slot);
      slot += 1;
    }
  }
  const homeGoals = new Int32Array(plan.remaining.length);
  const awayGoals = new Int32Array(plan.remaining.length);
  const options = plan.remaining.map((match) => {
    const table = scores.table(match.home, match.away, match.neutral);
    const kept = [...table.keys()].filter((index) => (table[index] ?? 0) >= NEGLIGIBLE);
    const total = kept.reduce((sum, index) => sum + (table[index] ?? 0), 0);
    return kept.map((index) => ({
      score: { home: Math.floor(index / size), away: index % size },
      p: (table[index] ?? 0) / total,
    }));
  });
  const chosen = new Map<string, Score>();
  const walk = (m: number, p: number) => {
    const match = plan.remaining[m];
    if (!match && spec && kernel) {
      const season = kernel.playGiven(homeGoals, awayGoals);
      for (let place = 0; place < spec.clubs.length; place += 1) {
        const c = season.order[place] as number;
        countPlace(plan, spec, tally, c, place, p, (season.points[c] ?? 0) * p);
      }
      return;
    }
    if (!match) {
      const format = mapMatches(plan.format, (candidate, id) => {
        const score = chosen.get(id);
        return score ? played(candidate, score) : candidate;
      });
      const part = emptyTally(plan);
      const state = runEdition(format);
      if (settleTies(format, state, scores, () => 0.5)) {
        throw new RuleError(
          'exact forecast',
          'league stages only: a knockout tie still to be played makes the combinations unbounded (use simulations)',
        );
      }
      record(plan, state, part);
      addTally(tally, part, p);
      return;
    }
    const slot = kernelSlot.get(match.id) ?? m;
    for (const option of options[m] ?? []) {
      chosen.set(match.id, option.score);
      homeGoals[slot] = option.score.home;
      awayGoals[slot] = option.score.away;
      walk(m + 1, p * option.p);
    }
    chosen.delete(match.id);
  };
  walk(0, 1);
  tally.simulations = 1;
  return tally;
}

/**
 * The kernel of a plan, when the table followed decides everything left by places alone: the last
 * stage, a single league, every match played or to play (no walkover, no awarded score), no ruling
 * but points deducted or given. Which places give which outcome is read from the engine's run of
 * one completed season. @internal
 */
function kernelFor(
  format: EditionFormat,
  state: EditionState,
  stageId: string,
  remaining: readonly RemainingMatch[],
  model: ScoreModel,
): ForecastPlan['kernel'] {
  const index = format.stages.findIndex((stage) => stage.id === stageId);
  const stage = format.stages[index];
  const stageState = state.stages[index];
  const group = stageState?.groups[0];
  if (
    !stage ||
    (stage.kind !== 'league' && stage.kind !== 'table') ||
    index !== format.stages.length - 1 ||
    stageState?.groups.length !== 1 ||
    !group ||
    format.rulings.some((ruling) => ruling.kind !== 'pointAdjustment')
  ) {
    return undefined;
  }
  const matches = listMatches(format).filter((entry) => entry.stage === stageId);
  if (matches.length !== listMatches(format).length) return undefined;
  if (
    matches.some(
      ({ match }) =>
        match.awarded !== undefined ||
        !(
          match.status === 'played' ||
          match.status === 'scheduled' ||
          match.status === 'postponed'
        ),
    )
  ) {
    return undefined;
  }
  const clubs = group.table.map((row) => row.clubId);
  const at = new Map(clubs.map((club, position) => [club, position]));
  if (matches.some(({ match }) => !at.has(match.home) || !at.has(match.away))) return undefined;
  const left = new Map(remaining.map((match) => [match.id, match]));
  const scores = new Scores(model);
  const input: KernelInput = {
    names: group.table.map((row) => row.club),
    rules: stage.rules ?? format.rules,
    matches: matches.map(({ id, match }) => {
      const open = left.get(id);
      return open
        ? {
            home: at.get(match.home) ?? 0,
            away: at.get(match.away) ?? 0,
            chances: scores.table(match.home, match.away, open.neutral),
          }
        : {
            home: at.get(match.home) ?? 0,
            away: at.get(match.away) ?? 0,
            score: match.score ?? { home: 0, away: 0 },
          };
    }),
  };
  if (!LeagueKernel.compile(input)) return undefined;
  // Points besides the matches: what the engine's table has that the matches do not give.
  const fromMatches = new Array<number>(clubs.length).fill(0);
  const rules = input.rules;
  for (const { match } of matches) {
    if (match.status !== 'played' || !match.score) continue;
    const h = at.get(match.home) ?? 0;
    const a = at.get(match.away) ?? 0;
    const { home, away } = match.score;
    fromMatches[h] =
      (fromMatches[h] ?? 0) +
      (home > away ? rules.points.win : home === away ? rules.points.draw : rules.points.loss);
    fromMatches[a] =
      (fromMatches[a] ?? 0) +
      (away > home ? rules.points.win : home === away ? rules.points.draw : rules.points.loss);
  }
  const pointOffsets = group.table.map(
    (row, position) => row.points - (fromMatches[position] ?? 0),
  );
  // Which places give which outcome: one season completed (every match left a draw) run through
  // the engine.
  const completed = runEdition(
    mapMatches(format, (match, id) =>
      left.has(id) ? { ...match, status: 'played', score: { home: 0, away: 0 } } : match,
    ),
  );
  const finalTable = completed.stages[index]?.groups[0]?.table ?? [];
  const promoted = new Set(completed.promoted.map((movement) => movement.club));
  const relegated = new Set(completed.relegated.map((movement) => movement.club));
  const places = ['champion', 'promoted', 'relegated'].map((outcome) =>
    finalTable.flatMap((row, position) =>
      (outcome === 'champion' && completed.champion === row.clubId) ||
      (outcome === 'promoted' && promoted.has(row.clubId)) ||
      (outcome === 'relegated' && relegated.has(row.clubId))
        ? [position]
        : [],
    ),
  );
  return { input: { ...input, pointOffsets }, clubs, places };
}

/** Kernels compiled once per plan and thread. @internal */
const kernels = new WeakMap<object, LeagueKernel | undefined>();

/** The compiled kernel of a plan's kernel spec. @internal */
function kernelOf(spec: NonNullable<ForecastPlan['kernel']>): LeagueKernel | undefined {
  if (!kernels.has(spec)) kernels.set(spec, LeagueKernel.compile(spec.input));
  return kernels.get(spec);
}

/**
 * Counts `weight` seasons (or chance) of the kernel's club `c` finishing at `place`, its
 * outcomes as the places give them, and `points` towards its expected points. @internal
 */
function countPlace(
  plan: ForecastPlan,
  spec: NonNullable<ForecastPlan['kernel']>,
  tally: ForecastTally,
  c: number,
  place: number,
  weight: number,
  points: number,
): void {
  const club = spec.clubs[c] as ClubId;
  const positions = tally.positions[club];
  if (positions) positions[place] = (positions[place] ?? 0) + weight;
  tally.points[club] = (tally.points[club] ?? 0) + points;
  const outcomes = tally.outcomes[club];
  plan.outcomes.forEach((outcome, k) => {
    const kind = ['champion', 'promoted', 'relegated'].indexOf(outcome);
    const gives = kind >= 0 && (spec.places[kind] ?? []).includes(place);
    if (gives && outcomes) outcomes[k] = (outcomes[k] ?? 0) + weight;
    remember((gives ? tally.outcomePositions : tally.missedPositions)[k], place + 1);
  });
}

/** Seasons played by a plan's league kernel, as a tally. @internal */
function simulateWithKernel(
  plan: ForecastPlan,
  spec: NonNullable<ForecastPlan['kernel']>,
  from: number,
  to: number,
): ForecastTally {
  const kernel = kernelOf(spec);
  const tally = emptyTally(plan);
  if (!kernel) return tally;
  const n = spec.clubs.length;
  const { places, points } = kernel.tally(plan.seed, from, to);
  tally.simulations = to - from;
  for (let c = 0; c < n; c += 1) {
    for (let place = 0; place < n; place += 1) {
      const count = places[c * n + place] ?? 0;
      if (count > 0) countPlace(plan, spec, tally, c, place, count, 0);
    }
    const club = spec.clubs[c] as ClubId;
    tally.points[club] = (tally.points[club] ?? 0) + (points[c] ?? 0);
  }
  return tally;
}
