import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readEditionFile } from '#adapters/formats/edition/read-edition.ts';
import type { EditionFormat } from '../format/edition-format.ts';
import { mapMatches } from '../format/match-ids.ts';
import { positionRanges } from './certainties.ts';
import {
  exactTally,
  type ForecastResult,
  planForecast,
  ratedMatches,
  simulateRange,
  summarize,
} from './forecast.ts';
import { fitScoreModel } from './score-model.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../../examples/copa-peru-1993/edition.yaml', import.meta.url),
);

/** The 1993 final round with some of its matches not played yet. */
async function finalRoundWith(unplayed: readonly string[]): Promise<EditionFormat> {
  const format = await readEditionFile(EXAMPLE);
  return mapMatches(format, (match, id) => {
    if (!unplayed.includes(id)) return match;
    const { score: _score, ...rest } = match;
    return { ...rest, status: 'scheduled' };
  });
}

/** A forecast of a format, simulated or exact. */
function forecastOf(format: EditionFormat, simulations: number, seed = 1, exact = false) {
  const { model } = fitScoreModel(ratedMatches(format));
  const plan = planForecast(format, model, { seed });
  const tally = exact ? exactTally(plan) : simulateRange(plan, 0, simulations);
  return summarize(plan, tally, positionRanges(plan), { exact });
}

/** Every chance of a forecast, by club. */
function chances(result: ForecastResult): Map<string, number[]> {
  return new Map(
    result.clubs.map((club) => [club.clubId, [...club.positions, ...Object.values(club.outcomes)]]),
  );
}

describe('forecasts', () => {
  test('two matches left: the simulated chances agree with every combination of scores', async () => {
    const format = await finalRoundWith(['final-r5-m1', 'final-r5-m2']);
    const exact = forecastOf(format, 0, 1, true);
    const simulated = forecastOf(format, 20_000, 11);
    expect(exact.exact).toBe(true);
    const truth = chances(exact);
    for (const club of simulated.clubs) {
      const expected = truth.get(club.clubId) ?? [];
      [...club.positions, ...Object.values(club.outcomes)].forEach((p, index) => {
        const q = expected[index] ?? 0;
        // Four standard errors of 20,000 seasons, and the scores left out of the enumeration.
        expect(Math.abs(p - q)).toBeLessThanOrEqual(4 * Math.sqrt((q * (1 - q)) / 20_000) + 2e-3);
      });
    }
  });

  test('an exact forecast ranks each combination by the kernel as the engine would', async () => {
    const format = await finalRoundWith(['final-r5-m1', 'final-r5-m3']);
    const { model } = fitScoreModel(ratedMatches(format));
    const [fast, slow] = [false, true].map((engineOnly) => {
      const plan = planForecast(format, model, { seed: 1, engineOnly });
      expect(plan.kernel === undefined).toBe(engineOnly);
      return summarize(plan, exactTally(plan), positionRanges(plan), { exact: true });
    });
    const truth = chances(slow as ForecastResult);
    for (const club of (fast as ForecastResult).clubs) {
      [...club.positions, ...Object.values(club.outcomes)].forEach((p, index) => {
        expect(p).toBeCloseTo(truth.get(club.clubId)?.[index] ?? -1, 5);
      });
    }
  });

  test('chances are chances: in [0, 1], each club’s places add up to 1, each place is someone’s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(
          [
            'final-r4-m1',
            'final-r4-m2',
            'final-r4-m3',
            'final-r5-m1',
            'final-r5-m2',
            'final-r5-m3',
          ],
          { minLength: 1 },
        ),
        fc.integer({ min: 1, max: 1000 }),
        async (unplayed, seed) => {
          const result = forecastOf(await finalRoundWith(unplayed), 300, seed);
          for (const club of result.clubs) {
            for (const p of [...club.positions, ...Object.values(club.outcomes)]) {
              expect(p).toBeGreaterThanOrEqual(0);
              expect(p).toBeLessThanOrEqual(1);
            }
            expect(club.positions.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
            // Clinched means every season; out of reach means none.
            for (const outcome of club.clinched) expect(club.outcomes[outcome]).toBe(1);
            for (const outcome of club.eliminated) expect(club.outcomes[outcome]).toBe(0);
            // Every place simulated is within the places the club can still reach.
            club.positions.forEach((p, index) => {
              if (p > 0) {
                expect(index + 1).toBeGreaterThanOrEqual(club.positionRange.best);
                expect(index + 1).toBeLessThanOrEqual(club.positionRange.worst);
              }
            });
          }
          const places = result.clubs[0]?.positions.length ?? 0;
          for (let place = 0; place < places; place += 1) {
            expect(
              result.clubs.reduce((sum, club) => sum + (club.positions[place] ?? 0), 0),
            ).toBeCloseTo(1, 5);
          }
          expect(
            result.clubs.reduce((sum, club) => sum + (club.outcomes.champion ?? 0), 0),
          ).toBeCloseTo(1, 5);
        },
      ),
      { numRuns: 8 },
    );
  });

  test('the league kernel and the whole engine give the same chances', async () => {
    const format = await readEditionFile(EXAMPLE);
    const { model } = fitScoreModel(ratedMatches(format, { round: 3 }));
    const seasons = 6000;
    const [fast, slow] = [false, true].map((engineOnly) => {
      const plan = planForecast(format, model, { asOf: { round: 3 }, seed: 3, engineOnly });
      expect(plan.kernel === undefined).toBe(engineOnly);
      return summarize(plan, simulateRange(plan, 0, seasons), positionRanges(plan));
    });
    const slowChances = chances(slow as ForecastResult);
    for (const club of (fast as ForecastResult).clubs) {
      const other = slowChances.get(club.clubId) ?? [];
      [...club.positions, ...Object.values(club.outcomes)].forEach((p, index) => {
        const q = other[index] ?? 0;
        const spread = Math.sqrt((p * (1 - p) + q * (1 - q)) / seasons);
        expect(Math.abs(p - q)).toBeLessThanOrEqual(4.5 * spread + 1e-3);
      });
      expect(club.clinched).toEqual(
        (slow as ForecastResult).clubs.find((c) => c.clubId === club.clubId)?.clinched,
      );
    }
  });

  test('an edition with knockout stages after its table is played through the engine', async () => {
    const format = await readEditionFile(
      fileURLToPath(
        new URL('../../../examples/copa-peru-2009-style/edition.yaml', import.meta.url),
      ),
    );
    const { model } = fitScoreModel(ratedMatches(format, { round: 4 }));
    const plan = planForecast(format, model, { asOf: { round: 4 }, seed: 2 });
    expect(plan.kernel).toBeUndefined();
    const result = summarize(plan, simulateRange(plan, 0, 300), positionRanges(plan));
    expect(result.undecided).toBe(0);
    const champion = result.clubs.reduce((sum, club) => sum + (club.outcomes.champion ?? 0), 0);
    expect(champion).toBeCloseTo(1, 5);
    expect(Object.keys(result.clubs[0]?.outcomes ?? {})).toContain('stage:national');
  });

  test('a table after knockouts gets its fixtures between the clubs each season puts there', async () => {
    const format = await readEditionFile(
      fileURLToPath(
        new URL('../../../examples/copa-peru-2019-style/edition.yaml', import.meta.url),
      ),
    );
    const { model } = fitScoreModel(ratedMatches(format, { round: 3 }));
    const plan = planForecast(format, model, { asOf: { round: 3 }, seed: 4 });
    expect(plan.refill).toEqual([{ stage: 'finalisima', double: false }]);
    const result = summarize(plan, simulateRange(plan, 0, 30), positionRanges(plan));
    expect(result.undecided).toBe(0);
    const sum = (outcome: string) =>
      result.clubs.reduce((total, club) => total + (club.outcomes[outcome] ?? 0), 0);
    expect(sum('champion')).toBeCloseTo(1, 5);
    // Four clubs reach the Finalísima in every season.
    expect(sum('stage:finalisima')).toBeCloseTo(4, 5);
  });

  test('the same seed gives the same forecast; the seasons can be played in any split', async () => {
    const format = await finalRoundWith(['final-r4-m1', 'final-r5-m1', 'final-r5-m2']);
    const { model } = fitScoreModel(ratedMatches(format));
    const plan = planForecast(format, model, { seed: 5 });
    const whole = simulateRange(plan, 0, 600);
    const first = simulateRange(plan, 0, 250);
    const second = simulateRange(plan, 250, 600);
    for (const club of plan.clubs) {
      expect(whole.positions[club]).toEqual(
        first.positions[club]?.map(
          (count, index) => count + (second.positions[club]?.[index] ?? 0),
        ),
      );
    }
  });

  test('as of a round, later results and their places are not known', async () => {
    const format = await readEditionFile(EXAMPLE);
    const { model } = fitScoreModel(ratedMatches(format, { round: 3 }));
    const plan = planForecast(format, model, { asOf: { round: 3 } });
    expect(plan.remaining.map((match) => match.id)).toEqual([
      'final-r4-m1',
      'final-r4-m2',
      'final-r4-m3',
      'final-r5-m1',
      'final-r5-m2',
      'final-r5-m3',
    ]);
    // The final round was played in Lima: no club is at home.
    expect(plan.remaining.every((match) => match.neutral)).toBe(true);
    expect(ratedMatches(format, { round: 3 })).toHaveLength(9);
  });
});
