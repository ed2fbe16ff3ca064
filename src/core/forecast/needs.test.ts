import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readEditionFile } from '#adapters/formats/edition/read-edition.ts';
import { mapMatches } from '../format/match-ids.ts';
import { runEdition } from '../format/run-edition.ts';
import { planForecast, ratedMatches } from './forecast.ts';
import { type Result, whatClubNeeds } from './needs.ts';
import { fitScoreModel } from './score-model.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../../examples/copa-peru-1993/edition.yaml', import.meta.url),
);

/** Scores that stand for each result, a narrow and a wide one. */
const SCORES: Record<Result, { home: number; away: number }[]> = {
  H: [
    { home: 1, away: 0 },
    { home: 5, away: 0 },
  ],
  D: [
    { home: 0, away: 0 },
    { home: 3, away: 3 },
  ],
  A: [
    { home: 0, away: 1 },
    { home: 0, away: 5 },
  ],
};

describe('what a club needs', () => {
  test.each([3, 4])(
    'as of round %i: every condition given makes Aurich-Cañaña champion, whatever else happens',
    async (round) => {
      const format = await readEditionFile(EXAMPLE);
      const { model } = fitScoreModel(ratedMatches(format, { round }));
      const plan = planForecast(format, model, { asOf: { round }, engineOnly: true });
      const needs = whatClubNeeds(plan, 'aurich-canana', 'champion');
      expect(needs.status).toBe('open');
      expect(needs.conditions.length).toBeGreaterThan(0);
      const ids = plan.remaining.map((match) => match.id);
      for (const condition of needs.conditions) {
        // Every other match any result, with a narrow or a wide score.
        const choices = ids.map((id) => {
          const fixed = condition.find((requirement) => requirement.match === id);
          return (fixed ? fixed.results : (['H', 'D', 'A'] as Result[])).flatMap(
            (result) => SCORES[result],
          );
        });
        const walk = (at: number, chosen: Map<string, { home: number; away: number }>) => {
          if (at === ids.length) {
            const played = mapMatches(plan.format, (match, id) => {
              const score = chosen.get(id);
              return score ? { ...match, status: 'played', score } : match;
            });
            expect(runEdition(played).champion).toBe('aurich-canana');
            return;
          }
          for (const score of choices[at] ?? []) {
            chosen.set(ids[at] ?? '', score);
            walk(at + 1, chosen);
          }
        };
        walk(0, new Map());
      }
      if (round === 4) expect(needs.text).toEqual(['not lose v Aurora']);
    },
  );

  test('a club that can no longer get it needs nothing, and one that has it too', async () => {
    const format = await readEditionFile(EXAMPLE);
    const { model } = fitScoreModel(ratedMatches(format, { round: 4 }));
    const plan = planForecast(format, model, { asOf: { round: 4 }, engineOnly: true });
    expect(whatClubNeeds(plan, 'cni', 'champion').status).toBe('eliminated');
    const done = planForecast(format, model, { engineOnly: true });
    expect(() => whatClubNeeds(done, 'aurich-canana', 'relegated')).toThrow(
      /an outcome of this edition/,
    );
    expect(whatClubNeeds(done, 'aurich-canana', 'champion').status).toBe('clinched');
  });
});
