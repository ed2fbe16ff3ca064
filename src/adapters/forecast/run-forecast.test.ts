import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { positionRanges } from '#core/forecast/certainties.ts';
import { planForecast, ratedMatches } from '#core/forecast/forecast.ts';
import { fitScoreModel } from '#core/forecast/score-model.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';
import { readEditionFile } from '../formats/edition/read-edition.ts';
import { readSeasonFile } from '../formats/read-season-file.ts';
import { forecastEdition } from './run-forecast.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../../examples/copa-peru-1993/edition.yaml', import.meta.url),
);
const ENGLAND = fileURLToPath(
  new URL('../../../../shared/data/openfootball-england/', import.meta.url),
);

describe('forecasts over worker threads', () => {
  test('give the same answer on one thread and on two', async () => {
    const format = await readEditionFile(EXAMPLE);
    const options = { asOf: { round: 3 }, simulations: 2500, seed: 9 } as const;
    const one = await forecastEdition(format, { ...options, workers: 1 });
    const two = await forecastEdition(format, { ...options, workers: 2 });
    expect(two).toEqual(one);
    expect(one.simulations).toBe(2500);
  });

  test('stop early once precise enough, at the same point whatever the threads', async () => {
    const format = await readEditionFile(EXAMPLE);
    const options = { asOf: { round: 4 }, simulations: 50_000, seed: 2, precision: 0.01 } as const;
    const one = await forecastEdition(format, options);
    expect(one.simulations).toBeLessThan(50_000);
    expect(Math.max(...one.clubs.map((club) => club.standardError))).toBeLessThanOrEqual(0.01);
    expect(await forecastEdition(format, { ...options, workers: 2 })).toEqual(one);
  });

  test('refuse an exact forecast with too many combinations, and say how many', async () => {
    const format = await readEditionFile(EXAMPLE);
    await expect(forecastEdition(format, { asOf: { round: 2 }, exact: true })).rejects.toThrow(
      /combinations of scores; the 9 matches left have/,
    );
  });
});

describe('the places a club can still reach, against the seasons that followed', () => {
  const seasons = ['2000-01', '2003-04', '2006-07', '2009-10', '2012-13'];
  test.each(seasons)(
    'Premier League %s: with 20 and with 10 matches left, every club ends where it could',
    async (season) => {
      const record = await readSeasonFile(`${ENGLAND}${season}/1-premierleague.txt`);
      const format = recordToEdition(record, rulesForRecord(record));
      const final = runEdition(format).stages[0]?.groups[0]?.table ?? [];
      expect(final).toHaveLength(20);
      for (const round of [36, 37]) {
        const { model } = fitScoreModel(ratedMatches(format, { round }));
        const plan = planForecast(format, model, { asOf: { round } });
        const ranges = positionRanges(plan);
        for (const row of final) {
          const range = ranges[row.clubId];
          expect({ club: row.club, round, position: row.position, range }).toEqual({
            club: row.club,
            round,
            position: expect.any(Number),
            range: expect.objectContaining({
              best: expect.toSatisfy((best: number) => best <= row.position),
              worst: expect.toSatisfy((worst: number) => worst >= row.position),
            }),
          });
        }
      }
    },
  );
});

describe('clinched and out of reach, against the seasons that followed', () => {
  test.each(['2001-02', '2004-05', '2008-09', '2011-12', '2013-14'])(
    'Premier League %s, two and one matchdays from the end: the marks say what happened',
    async (season) => {
      const record = await readSeasonFile(`${ENGLAND}${season}/1-premierleague.txt`);
      const format = recordToEdition(record, rulesForRecord(record));
      const champion = runEdition(format).champion;
      let marks = 0;
      for (const round of [36, 37]) {
        const result = await forecastEdition(format, {
          asOf: { round },
          simulations: 400,
          seed: round,
        });
        for (const club of result.clubs) {
          if (club.clinched.includes('champion')) expect(club.clubId).toBe(champion);
          if (club.eliminated.includes('champion')) expect(club.clubId).not.toBe(champion);
          marks += club.clinched.length + club.eliminated.length;
        }
      }
      // The marks are there to check: most clubs are out of the title race by then.
      expect(marks).toBeGreaterThan(20);
    },
  );
});
