import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { expectedValue, parseResultsJson, zodIssues } from './parse-results-json.ts';

const issuesOf = (text: string): string[] => inputIssues(() => parseResultsJson(text, 'r.json'));

describe('parseResultsJson', () => {
  test('reads a document with clubs, a preset, a season and rulings', () => {
    const file = parseResultsJson(
      JSON.stringify({
        rules: 'copa-peru',
        season: 1993,
        clubs: [
          { id: 'aurora', name: 'Aurora' },
          { id: 'cni', name: 'CNI' },
        ],
        matches: [{ home: 'aurora', away: 'cni', score: { home: 1, away: 0 }, round: 2 }],
        rulings: [{ kind: 'pointAdjustment', club: 'cni', points: -3, reason: 'W.O.' }],
      }),
      'r.json',
    );
    expect(file).toMatchObject({ rules: 'copa-peru', season: 1993 });
    expect(file.matches[0]).toEqual({
      home: 'aurora',
      away: 'cni',
      status: 'played',
      score: { home: 1, away: 0 },
      round: 2,
    });
    expect(file.rulings).toHaveLength(1);
  });

  test('reads a bare array of matches', () => {
    expect(parseResultsJson('[{"home":"A","away":"B"}]', 'r.json').matches[0]?.status).toBe(
      'scheduled',
    );
  });

  test('says where the JSON is malformed', () => {
    expect(issuesOf('{\n  "matches": [,]\n}')).toEqual([
      'Invalid JSON at r.json line 2, column 15: expected well-formed JSON, received ",]\\n}"',
    ]);
    expect(issuesOf('{"matches": [')).toEqual([
      'Invalid JSON at r.json line 1, column 14: expected well-formed JSON, received the end of the text',
    ]);
  });

  test('reports every invalid value with its path', () => {
    expect(
      issuesOf(
        JSON.stringify({
          matches: [
            { home: 'A', away: 'B', score: { home: -1, away: 0 } },
            { home: 'A', away: 'B', date: '5 Jan 1994' },
            { home: 'A', away: 'B', score: '1-0' },
          ],
        }),
      ),
    ).toEqual([
      'Invalid value at r.json matches[0].score.home: expected no fewer than 0 goals, received -1',
      'Invalid value at r.json matches[1].date: expected a date as YYYY-MM-DD, received "5 Jan 1994"',
      'Invalid value at r.json matches[2].score: expected a score: { "home": goals, "away": goals }, received "1-0"',
    ]);
  });

  test('refuses a played match without a score and a walkover without an awarded score', () => {
    expect(
      issuesOf(
        '[{"home":"A","away":"B","status":"played"},{"home":"A","away":"B","status":"walkover"}]',
      ),
    ).toEqual([
      'Invalid match at r.json [0].score: expected a score for a played match, received none',
      'Invalid match at r.json [1].awarded: expected an awarded score for a walkover, received none',
    ]);
  });
});

describe('zodIssues with expectedValue', () => {
  test("says in the project's words what a check without words of its own expected", () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      round: z.int().min(1).max(60).optional(),
      share: z.number().gt(0).optional(),
      clubs: z.array(z.string()).min(2).optional(),
      final: z.boolean().optional(),
      kind: z.enum(['groups', 'knockout']).optional(),
      keep: z.literal('region').optional(),
      either: z.union([z.array(z.number()), z.string()]).optional(),
      stage: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('groups') }),
          z.object({ kind: z.literal('knockout') }),
        ])
        .optional(),
      pair: z.union([z.array(z.number()), z.object({ a: z.number() })]).optional(),
    });
    const messages = (data: unknown) => {
      const parsed = schema.safeParse(data, { error: expectedValue });
      return parsed.success ? [] : zodIssues(parsed.error, 'f.json', data).map((i) => i.message);
    };
    expect(
      messages({
        name: '',
        round: 61,
        share: 0,
        clubs: ['Aurora'],
        final: 'yes',
        kind: 'league',
        keep: 'city',
        either: true,
        stage: { kind: 'league' },
        pair: { a: 'x' },
        colour: 'red',
      }),
    ).toEqual([
      'Invalid value at f.json name: expected a text, not empty, received ""',
      'Invalid value at f.json round: expected a number of at most 60, received 61',
      'Invalid value at f.json share: expected a number above 0, received 0',
      'Invalid value at f.json clubs: expected at least 2 items, received ["Aurora"]',
      'Invalid value at f.json final: expected true or false, received "yes"',
      'Invalid value at f.json kind: expected one of "groups", "knockout", received "league"',
      'Invalid value at f.json keep: expected "region", received "city"',
      'Invalid value at f.json either: expected a list or a text, received true',
      'Invalid value at f.json stage.kind: expected one of "groups", "knockout", received "league"',
      'Invalid value at f.json pair: expected a value of one of the forms this place takes, received {"a":"x"}',
      'Invalid value at f.json colour: expected no such key here, received "red"',
    ]);
    // A value too long to quote whole is cut, so that the message stays readable.
    const [long] = messages({ name: 7, round: 2.5, clubs: 'x'.repeat(200) }).slice(-1);
    expect(long).toMatch(/^Invalid value at f\.json clubs: expected a list, received "x{78}…$/);
    expect(messages({ name: 7 })).toEqual([
      'Invalid value at f.json name: expected a text, received 7',
    ]);
    expect(messages({ name: 'A', round: 2.5 })).toEqual([
      'Invalid value at f.json round: expected a whole number, received 2.5',
    ]);
  });
});
