import { describe, expect, test } from 'vitest';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { parseResultsJson } from './parse-results-json.ts';

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
