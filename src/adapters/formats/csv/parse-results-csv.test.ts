import { describe, expect, test } from 'vitest';
import { inputIssues } from '../../../../tests/input-issues.ts';
import { parseResultsCsv } from './parse-results-csv.ts';
import { readCsv } from './read-csv.ts';

const issuesOf = (text: string): string[] =>
  inputIssues(() => parseResultsCsv(text, 'results.csv'));

describe('readCsv', () => {
  test('reads quoted cells, doubled quotes, line breaks in quotes, CRLF and a byte-order mark', () => {
    const text = '\uFEFFa,b\r\n"Brighton, Hove","say ""hi"""\r\n"two\nlines",3\r\n\r\nx,y';
    expect(readCsv(text, { file: 'f.csv' })).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Brighton, Hove', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', '3'] },
      { line: 6, cells: ['x', 'y'] },
    ]);
  });

  test('reports a quote that is never closed', () => {
    expect(() => readCsv('a,b\n"open,1\n', { file: 'f.csv' })).toThrow(
      'Invalid CSV at f.csv line 2: expected a closing quote ("), received the end of the file',
    );
  });
});

describe('parseResultsCsv', () => {
  test('reads matches with columns found by name, in any order', () => {
    const file = parseResultsCsv(
      'AwayTeam,HomeTeam,FTAG,FTHG,Date\nCNI,Aurora,0,1,1994-01-05\nCNI,Aurich,,,\n',
      'f.csv',
    );
    expect(file.matches).toEqual([
      {
        home: 'Aurora',
        away: 'CNI',
        status: 'played',
        score: { home: 1, away: 0 },
        date: '1994-01-05',
      },
      { home: 'Aurich', away: 'CNI', status: 'scheduled' },
    ]);
    expect(file.clubs.map((club) => club.name)).toEqual(['Aurora', 'CNI', 'Aurich']);
  });

  test('keeps an awarded score for a walkover row', () => {
    const file = parseResultsCsv('home,away,home_goals,away_goals,status\nA,B,3,0,walkover\n', 'f');
    expect(file.matches[0]).toMatchObject({ status: 'walkover', awarded: { home: 3, away: 0 } });
  });

  test('names the missing columns of the header', () => {
    expect(issuesOf('date,home,away\n')).toEqual([
      'Invalid results CSV header at results.csv line 1: expected a column named "home_goals" or "homegoals" or "hgoal" or "fthg" or "home_score" or "hg" or "goals1", received "date", "home", "away"',
      'Invalid results CSV header at results.csv line 1: expected a column named "away_goals" or "awaygoals" or "vgoal" or "ftag" or "away_score" or "ag" or "goals2", received "date", "home", "away"',
    ]);
  });

  test('reports every bad cell with its line and column, and returns nothing', () => {
    const text = [
      'date,home,away,home_goals,away_goals',
      '1994-01-02,Aurora,CNI,1,0',
      '1994-13-02,Aurora,,x,-1',
      '1994-01-09,CNI,CNI,2,2',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'Invalid club at results.csv line 3, column 3: expected a club name, received an empty cell',
      'Invalid score at results.csv line 3, column 4: expected a whole number of goals (0 or more), received "x"',
      'Invalid score at results.csv line 3, column 5: expected a whole number of goals (0 or more), received "-1"',
      'Invalid date at results.csv line 3, column 1: expected a date as YYYY-MM-DD, received "1994-13-02"',
      'Invalid match at results.csv line 4, column 3: expected an away club other than the home club, received "CNI"',
    ]);
  });
});
