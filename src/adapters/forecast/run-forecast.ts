import type { Worker } from 'node:worker_threads';
import { typescriptWorker } from '#adapters/threads/typescript-worker.ts';
import { RuleError } from '#core/errors.ts';
import { positionRanges } from '#core/forecast/certainties.ts';
import {
  addTally,
  emptyTally,
  exactCombinations,
  exactTally,
  type ForecastPlan,
  type ForecastResult,
  type ForecastTally,
  planForecast,
  ratedMatches,
  simulateRange,
  summarize,
} from '#core/forecast/forecast.ts';
import { type Needs, whatClubNeeds } from '#core/forecast/needs.ts';
import { fitScoreModel } from '#core/forecast/score-model.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import type { AsOf } from '#core/standings/apply-rulings.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';

/** How a forecast is run. */
export interface ForecastOptions {
  readonly asOf?: AsOf;
  readonly simulations?: number;
  readonly seed?: number;
  /** Worker threads (1: in this thread). The answer is the same whatever the number. */
  readonly workers?: number;
  /** Stop once every chance's standard error is at most this (checked after each 1,000 seasons). */
  readonly precision?: number;
  readonly stage?: string;
  /** One group of the stage followed, its clubs alone forecast (`planForecast`'s `group`). */
  readonly group?: string;
  /** Groups of a stage a forecast plays at most (`planForecast`'s `maxGroups`). */
  readonly maxGroups?: number;
  /** Other editions whose played matches the ratings learn from. */
  readonly history?: readonly EditionFormat[];
  /** Every combination of scores instead of simulations (league stages, few matches left). */
  readonly exact?: boolean;
  /** Half-life of a match's weight in the ratings, in days (none: every match counts the same). */
  readonly halfLifeDays?: number;
}

/** Combinations of scores an exact forecast goes through at most through the whole engine. */
export const MAX_EXACT_COMBINATIONS = 2_000_000;

/** Seasons played between two looks at the precision. */
const BATCH = 1000;

/**
 * Forecasts an edition: ratings fitted on its played matches (as of the moment) and on the
 * history given, the remaining matches played `simulations` times through the edition's engine,
 * spread over worker threads by ranges of seasons, and the places each club can still reach.
 */
export async function forecastEdition(
  format: EditionFormat,
  options: ForecastOptions = {},
): Promise<ForecastResult> {
  const asOf = options.asOf;
  const history = [
    ...(options.history ?? []).flatMap((other) =>
      ratedMatches(other).filter(
        (match) => asOf?.date === undefined || match.date === undefined || match.date <= asOf.date,
      ),
    ),
    ...ratedMatches(format, asOf),
  ];
  const { model, elo, goals } = fitScoreModel(history, {
    ...(asOf?.date ? { asOf: asOf.date } : {}),
    ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}),
  });
  const plan = planForecast(format, model, {
    ...(asOf ? { asOf } : {}),
    ...(options.stage ? { stage: options.stage } : {}),
    ...(options.group ? { group: options.group } : {}),
    ...(options.maxGroups ? { maxGroups: options.maxGroups } : {}),
    seed: options.seed ?? 1,
  });
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  const ratings = plan.clubs
    .map((club) => ({
      club: plan.names[club] ?? club,
      clubId: club,
      elo: round(elo.rating.get(club) ?? 1500, 1),
      attack: round(goals.attack.get(club) ?? 1, 3),
      defence: round(goals.defence.get(club) ?? 1, 3),
      matches: elo.matches.get(club) ?? 0,
      movedMost: (elo.moves.get(club) ?? []).map((move) => ({
        match: move.match,
        change: round(move.change, 1),
      })),
    }))
    .sort((a, b) => b.elo - a.elo);
  if (options.exact) {
    const combinations = exactCombinations(plan);
    // The league kernel ranks a combination in microseconds, the whole engine in a fraction of a
    // millisecond: ten times as many are gone through with the kernel.
    const most = plan.kernel ? 10 * MAX_EXACT_COMBINATIONS : MAX_EXACT_COMBINATIONS;
    if (combinations > most) {
      throw new RuleError(
        'exact forecast',
        `at most ${most.toLocaleString('en')} combinations of scores; the ${plan.remaining.length} matches left have ${combinations.toExponential(1)} (simulate instead)`,
      );
    }
    return {
      ...summarize(plan, exactTally(plan), positionRanges(plan), { exact: true }),
      ratings,
    };
  }
  const tally = await runSimulations(plan, options.simulations ?? 10_000, options);
  return { ...summarize(plan, tally, positionRanges(plan)), ratings };
}

/** Plays the seasons of a plan in batches, over workers, until done or precise enough. */
export async function runSimulations(
  plan: ForecastPlan,
  simulations: number,
  options: { readonly workers?: number; readonly precision?: number } = {},
): Promise<ForecastTally> {
  const tally = emptyTally(plan);
  const count = Math.max(1, Math.min(options.workers ?? 1, 64));
  const pool =
    count > 1
      ? Array.from({ length: count }, () =>
          typescriptWorker(new URL('./forecast-worker.ts', import.meta.url), plan),
        )
      : [];
  const ask = (worker: Worker, from: number, to: number) =>
    new Promise<ForecastTally>((resolve, reject) => {
      const done = (part: ForecastTally) => {
        worker.off('error', fail);
        resolve(part);
      };
      const fail = (error: Error) => {
        worker.off('message', done);
        reject(error);
      };
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage({ from, to });
    });
  try {
    for (let from = 0; from < simulations; from += BATCH) {
      const to = Math.min(simulations, from + BATCH);
      if (pool.length === 0) {
        addTally(tally, simulateRange(plan, from, to));
      } else {
        const share = Math.ceil((to - from) / pool.length);
        const parts = await Promise.all(
          pool.map((worker, index) => {
            const start = from + index * share;
            const end = Math.min(to, start + share);
            return start < end ? ask(worker, start, end) : Promise.resolve(emptyTally(plan));
          }),
        );
        for (const part of parts) addTally(tally, part);
      }
      if (options.precision !== undefined && largestError(tally) <= options.precision) break;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return tally;
}

/** The largest standard error of any chance in a tally. @internal */
function largestError(tally: ForecastTally): number {
  const n = Math.max(1, tally.simulations - tally.undecided);
  let largest = 0;
  for (const counts of [...Object.values(tally.positions), ...Object.values(tally.outcomes)]) {
    for (const count of counts) {
      const p = count / n;
      largest = Math.max(largest, Math.sqrt((p * (1 - p)) / n));
    }
  }
  return largest;
}

/** What a club needs for an outcome, from the edition as it stood (ratings as for a forecast). */
export async function clubNeeds(
  format: EditionFormat,
  club: string,
  outcome: string,
  options: {
    readonly asOf?: AsOf;
    readonly history?: readonly EditionFormat[];
    readonly language?: Language;
  } = {},
): Promise<Needs> {
  const asOf = options.asOf;
  const history = [
    ...(options.history ?? []).flatMap((other) => ratedMatches(other)),
    ...ratedMatches(format, asOf),
  ];
  const { model } = fitScoreModel(history, asOf?.date ? { asOf: asOf.date } : {});
  const plan = planForecast(format, model, { ...(asOf ? { asOf } : {}), engineOnly: true, club });
  return whatClubNeeds(plan, club, outcome, options.language ?? 'en');
}
