/**
 * @module The forecast's backtest (`npm run backtest`): every complete English league season of
 * the openfootball data in ../shared, forecast from its table after a quarter, a half and three
 * quarters of its rounds, with ratings fitted only on what was known then (the season so far and
 * the season before in the same division), scored against the table that followed by the Brier
 * score and the ranked probability score, beside two baselines: the table as it stood (all the
 * chance on each club's current place) and equal chances of every place. Prints a Markdown table.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeasonFile } from '../src/adapters/formats/read-season-file.ts';
import { planForecast, ratedMatches, simulateRange } from '../src/core/forecast/forecast.ts';
import { fitScoreModel } from '../src/core/forecast/score-model.ts';
import type { EditionFormat } from '../src/core/format/edition-format.ts';
import { listMatches } from '../src/core/format/match-ids.ts';
import { runEdition } from '../src/core/format/run-edition.ts';
import { rulesForRecord } from '../src/core/records/record-rules.ts';
import { recordToEdition } from '../src/core/records/record-to-edition.ts';

const ROOT = fileURLToPath(new URL('../../shared/data/openfootball-england/', import.meta.url));
const SIMULATIONS = Number(process.env.BACKTEST_SIMULATIONS ?? 2000);
const POINTS = [0.25, 0.5, 0.75] as const;
/** The model's settings, to try others: BACKTEST_K, BACKTEST_PRIOR, BACKTEST_MIN_HISTORY, BACKTEST_HALF_LIFE. */
const SETTINGS = {
  ...(process.env.BACKTEST_K ? { elo: { k: Number(process.env.BACKTEST_K) } } : {}),
  ...(process.env.BACKTEST_PRIOR ? { prior: Number(process.env.BACKTEST_PRIOR) } : {}),
  ...(process.env.BACKTEST_MIN_HISTORY
    ? { minHistory: Number(process.env.BACKTEST_MIN_HISTORY) }
    : {}),
  ...(process.env.BACKTEST_HALF_LIFE
    ? { halfLifeDays: Number(process.env.BACKTEST_HALF_LIFE) }
    : {}),
};
const DIVISIONS = (
  process.env.BACKTEST_DIVISIONS ?? '1-premierleague,2-championship,3-league1,4-league2'
).split(',');

/** A season's edition, or undefined when the file is missing or the season unfinished. */
async function edition(season: string, division: string): Promise<EditionFormat | undefined> {
  try {
    const record = await readSeasonFile(join(ROOT, season, `${division}.txt`));
    const format = recordToEdition(record, rulesForRecord(record));
    const state = runEdition(format);
    return state.stages[0]?.status === 'complete' ? format : undefined;
  } catch {
    return undefined;
  }
}

/** Brier score and ranked probability score of one club's chances of each place. */
function scores(chances: readonly number[], actual: number): { brier: number; rps: number } {
  let brier = 0;
  let rps = 0;
  let predicted = 0;
  let observed = 0;
  chances.forEach((p, place) => {
    const hit = place === actual ? 1 : 0;
    brier += (p - hit) ** 2;
    predicted += p;
    observed += hit;
    if (place < chances.length - 1) rps += (predicted - observed) ** 2;
  });
  return { brier, rps: rps / (chances.length - 1) };
}

type Sums = { brier: number; rps: number; clubs: number };
const zero = (): Sums => ({ brier: 0, rps: 0, clubs: 0 });
const results = new Map<number, { model: Sums; table: Sums; equal: Sums; seasons: number }>(
  POINTS.map((point) => [point, { model: zero(), table: zero(), equal: zero(), seasons: 0 }]),
);

const seasons = (await readdir(ROOT)).filter((name) => /^\d{4}-\d{2}$/.test(name)).sort();
for (const division of DIVISIONS) {
  for (const [index, season] of seasons.entries()) {
    const format = await edition(season, division);
    if (!format) continue;
    const previous = index > 0 ? await edition(seasons[index - 1] ?? '', division) : undefined;
    const final = runEdition(format).stages[0]?.groups[0]?.table ?? [];
    const finalPlace = new Map(final.map((row, place) => [row.clubId, place]));
    const matchdays = Math.max(...listMatches(format).map(({ match }) => match.round ?? 0));
    for (const point of POINTS) {
      const asOf = { round: Math.round(matchdays * point) };
      const history = [...(previous ? ratedMatches(previous) : []), ...ratedMatches(format, asOf)];
      const { model } = fitScoreModel(history, SETTINGS);
      const plan = planForecast(format, model, { asOf, seed: 1 });
      const tally = simulateRange(plan, 0, SIMULATIONS);
      const standing = runEdition(plan.format).stages[0]?.groups[0]?.table ?? [];
      const sums = results.get(point);
      if (!sums) continue;
      sums.seasons += 1;
      for (const [place, row] of standing.entries()) {
        const actual = finalPlace.get(row.clubId);
        if (actual === undefined) continue;
        const counts = tally.positions[row.clubId] ?? [];
        const n = counts.length;
        const model = scores(
          counts.map((count) => count / tally.simulations),
          actual,
        );
        const table = scores(
          Array.from({ length: n }, (_, p) => (p === place ? 1 : 0)),
          actual,
        );
        const equal = scores(new Array<number>(n).fill(1 / n), actual);
        for (const [into, value] of [
          [sums.model, model],
          [sums.table, table],
          [sums.equal, equal],
        ] as const) {
          into.brier += value.brier;
          into.rps += value.rps;
          into.clubs += 1;
        }
      }
    }
    process.stderr.write(`${division} ${season}\n`);
  }
}

const mean = (sums: Sums, key: 'brier' | 'rps') => (sums[key] / Math.max(1, sums.clubs)).toFixed(4);
console.log(
  `Backtest: ${DIVISIONS.join(', ')} (openfootball), ${SIMULATIONS} simulated seasons a forecast; lower is better.`,
);
console.log('');
console.log(
  '| after | seasons | Brier: model | table as it stood | equal chances | RPS: model | table as it stood | equal chances |',
);
console.log(
  '| ----- | ------- | ------------ | ----------------- | ------------- | ---------- | ----------------- | ------------- |',
);
for (const [point, sums] of results) {
  console.log(
    `| ${point * 100} % of the rounds | ${sums.seasons} | ${mean(sums.model, 'brier')} | ${mean(sums.table, 'brier')} | ${mean(sums.equal, 'brier')} | ${mean(sums.model, 'rps')} | ${mean(sums.table, 'rps')} | ${mean(sums.equal, 'rps')} |`,
  );
}
